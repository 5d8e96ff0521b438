import { describe, expect, it } from 'vitest';
import { cantineWith, stepSaysOf } from '../../../test/fixtures/step-says';
import type { Dossier } from '../dossier/model';
import { existingDeliberationSuffices } from './legal-rules';

const legal = (answers: Partial<Dossier['legal']>, organisation: Partial<Dossier['organisation']> = {}, useCase: Partial<Dossier['useCase']> = {}) =>
  cantineWith({ legal: answers, organisation, useCase });
const text = (length: number) => 'Arrêté n° 12, article 3 : '.padEnd(length, 'x');

describe('the legal step', () => {
  it('says what is missing or wrong in a deliberation, existing or to adopt, and what to prepare', async () => {
    await expect(
      stepSaysOf('legal', {
        'Délibération existante complète': legal({}),
        'Statut non choisi': legal({ deliberationStatus: '' }),
        'Statut non choisi, séance prévue en 1949 (non affichée), sans adresse web': legal({
          deliberationStatus: '',
          plannedSessionDate: '1949-01-01',
          deliberationUrl: '',
        }),
        'À adopter, sans adresse web (non demandée)': legal({ deliberationStatus: 'a-adopter', plannedSessionDate: '2027-03-01', deliberationUrl: '' }),
        'Type d’organisation non choisi, statut non choisi': legal({ deliberationStatus: '' }, { type: '' }),
        'À adopter, sans séance': legal({ deliberationStatus: 'a-adopter', plannedSessionDate: '' }),
        'À adopter, séance en 2101': legal({ deliberationStatus: 'a-adopter', plannedSessionDate: '2101-01-01' }),
        'Existante sans date, numéro ni réponse sur les données': legal({ deliberationDate: '', deliberationNumber: ' ', deliberationListsData: '' }),
        'Existante datée de demain': legal({ deliberationDate: '2026-11-27' }),
        'Existante datée d’aujourd’hui, séance prévue en 1949 (non affichée)': legal({ deliberationDate: '2026-11-26', plannedSessionDate: '1949-01-01' }),
        'Existante datée de 1949': legal({ deliberationDate: '1949-12-31' }),
        'Adresse web sans https://': legal({ deliberationUrl: 'www.saint-exemple.fr/deliberation.pdf' }),
        'Sans adresse web': legal({ deliberationUrl: '  ' }),
        'Ne cite pas les données': legal({ deliberationListsData: 'non' }),
        'EPCI, délibération existante': legal({}, { type: 'epci' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/cadre-juridique-deliberation.txt');
  });

  it('asks the organisations without a deliberating body, and every « autre » use, for the text that allows them', async () => {
    await expect(
      stepSaysOf('legal', {
        'Banque, sans texte': legal({ deliberationStatus: '', deliberationDate: '1949-01-01', otherLegalBasis: ' ', otherWithinCrpa: '' }, { type: 'banque' }),
        'Autre administration, texte de 29 caractères': legal({ otherLegalBasis: `  ${text(29)}  `, otherWithinCrpa: 'oui' }, { type: 'autre-administration' }),
        'Éditeur, texte de 30 caractères': legal({ otherLegalBasis: text(30), otherWithinCrpa: 'non' }, { type: 'editeur' }),
        'Banque, une délibération existante sans adresse web (non demandée)': legal(
          { deliberationUrl: '', otherLegalBasis: text(40), otherWithinCrpa: 'oui' },
          { type: 'banque' },
        ),
        'Commune, autre usage, sans texte': legal({ otherLegalBasis: '', otherWithinCrpa: '' }, {}, { id: 'autre' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/cadre-juridique-autre-texte.txt');
  });
});

describe('an existing deliberation that names each datum and its purpose', () => {
  it('is enough for DataPass: only then is the tool’s draft optional', () => {
    expect(existingDeliberationSuffices(legal({}))).toBe(true);
    expect(existingDeliberationSuffices(legal({ deliberationListsData: 'non' }))).toBe(false);
    expect(existingDeliberationSuffices(legal({ deliberationListsData: '' }))).toBe(false);
    expect(existingDeliberationSuffices(legal({ deliberationStatus: 'a-adopter' }))).toBe(false);
    // An organisation without a deliberating body cites its own text instead.
    expect(existingDeliberationSuffices(legal({}, { type: 'banque' }))).toBe(false);
  });
});
