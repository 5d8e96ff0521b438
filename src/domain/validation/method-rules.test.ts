import { describe, expect, it } from 'vitest';
import { cantineWith, stepSays } from '../../../test/fixtures/step-says';
import type { Dossier } from '../dossier/model';

const method = (answers: Partial<Dossier['method']>, useCase: Partial<Dossier['useCase']> = {}) => cantineWith({ method: answers, useCase });
const tranches = (...bounds: [string, string][]) => method({ tranches: bounds.map(([upTo, price]) => ({ upTo, price })) });

describe('the method step', () => {
  it('writes its messages in agreement with what they name: « la limite … doit être supérieure », « le tarif … au moins égal »', () => {
    expect(stepSays('method', tranches(['0', '-1'], ['', '1']))).toBe(
      [
        'erreur · tranches.0.price : Le tarif de la tranche 1 doit être au moins égal à 0.',
        'erreur · tranches.0.upTo : La limite haute du QF de la tranche 1 doit être supérieure à 0.',
        'conseil · tranches : Le dispositif de l’État « cantine à 1 € » demande une grille d’au moins 3 tranches.',
      ].join('\n'),
    );
    expect(stepSays('method', method({ id: 'seuil-ressources', threshold: '0' }))).toBe('erreur · threshold : Le seuil d’éligibilité doit être supérieur à 0.');
  });
});
