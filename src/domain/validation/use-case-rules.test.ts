import { describe, expect, it } from 'vitest';
import { cantineWith, stepSaysOf } from '../../../test/fixtures/step-says';
import { TO_COMPLETE_MARKER } from '../catalogue/use-cases';
import type { Dossier } from '../dossier/model';

const useCase = (answers: Partial<Dossier['useCase']>) => cantineWith({ useCase: answers });
const description = (length: number) => 'Calcul du tarif de la cantine '.padEnd(length, 'x');

describe('the use-case step', () => {
  it('says what is missing or wrong in the use case, its name, its description and its volume, at each bound', async () => {
    await expect(
      stepSaysOf('useCase', {
        'Réponses complètes': useCase({}),
        'Rien de renseigné': useCase({ id: '', projectName: ' ', description: '  ', yearlyVolume: '' }),
        'Description laissée avec la mention à compléter': useCase({ description: `${description(200)} ${TO_COMPLETE_MARKER}` }),
        'Description de 79 caractères (espaces autour non comptés)': useCase({ description: `  ${description(79).trim()}  ` }),
        'Description de 80 caractères': useCase({ description: description(80) }),
        'Autre usage, description de 299 caractères': useCase({ id: 'autre', description: description(299) }),
        'Autre usage, description de 300 caractères': useCase({ id: 'autre', description: description(300) }),
        'Volume illisible': useCase({ yearlyVolume: 'beaucoup' }),
        'Volume négatif': useCase({ yearlyVolume: '-1' }),
        'Volume non entier': useCase({ yearlyVolume: '12,5' }),
        'Volume de 0': useCase({ yearlyVolume: '0' }),
        'Volume écrit avec une espace': useCase({ yearlyVolume: '1 200' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/cas-d-usage.txt');
  });
});
