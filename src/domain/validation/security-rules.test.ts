import { describe, expect, it } from 'vitest';
import { cantineWith, stepSaysOf } from '../../../test/fixtures/step-says';
import type { Dossier } from '../dossier/model';

// The cantine dossier prepares a production request (éditeur already connected); today is 26 November 2026.
const security = (answers: Partial<Dossier['security']>, organisation: Partial<Dossier['organisation']> = {}) =>
  cantineWith({ security: answers, organisation });
const sandbox = { software: 'interne', stage: 'bac-a-sable' } as const;
const justification = (length: number) => 'Pics à la rentrée '.padEnd(length, '.');

describe('the security step', () => {
  it('says what a production request lacks, and what a sandbox request may leave blank', async () => {
    await expect(
      stepSaysOf('security', {
        'Production, réponses complètes': security({}),
        'Production, rien de renseigné': security({ mode: '', plannedProductionDate: '' }),
        'Production, homologation sans autorité, fonction ni dates': security({ authorityName: ' ', authorityFunction: '', beginDate: '', endDate: '' }),
        'Production, questionnaire sans signataire, fonction ni dates': security({
          mode: 'questionnaire',
          authorityName: '',
          authorityFunction: ' ',
          beginDate: '',
          endDate: '',
        }),
        'Bac à sable, rien de renseigné': security({ mode: '', authorityName: '', beginDate: '', endDate: '', plannedProductionDate: '' }, sandbox),
        'Bac à sable, questionnaire sans signataire ni dates': security(
          { mode: 'questionnaire', authorityName: '', authorityFunction: '', beginDate: '', endDate: '' },
          sandbox,
        ),
        'Bac à sable, fin avant le début': security({ beginDate: '2026-09-01', endDate: '2026-08-31' }, sandbox),
        'Production préparée après le bac à sable, recette non attestée': security({ acceptanceDone: false }, { software: 'interne', stage: 'production' }),
        'Production préparée après le bac à sable, recette attestée': security({ acceptanceDone: true }, { software: 'editeur-en-cours', stage: 'production' }),
        'Formulaire avec éditeur, en production, recette non attestée': security({ acceptanceDone: false }, { stage: 'production' }),
        'Production sans logiciel choisi, recette non attestée': security({ acceptanceDone: false }, { software: '', stage: 'production' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/securite-production-et-bac-a-sable.txt');
  });

  it('says what is wrong in the attestation’s dates, at each bound', async () => {
    await expect(
      stepSaysOf('security', {
        'Fin le jour du début': security({ beginDate: '2026-09-01', endDate: '2026-09-01' }),
        'Fin le lendemain du début, passée': security({ beginDate: '2026-09-01', endDate: '2026-09-02' }),
        'Fin aujourd’hui': security({ beginDate: '2026-11-25', endDate: '2026-11-26' }),
        'Fin hier': security({ beginDate: '2026-11-24', endDate: '2026-11-25' }),
        'Questionnaire de 3 ans exactement': security({ mode: 'questionnaire', beginDate: '2026-09-01', endDate: '2029-09-01' }),
        'Questionnaire de 3 ans et un jour': security({ mode: 'questionnaire', beginDate: '2026-09-01', endDate: '2029-09-02' }),
        'Homologation de 3 ans et un jour': security({ beginDate: '2026-09-01', endDate: '2029-09-02' }),
        'Début demain': security({ beginDate: '2026-11-27', endDate: '2029-08-31' }),
        'Début aujourd’hui': security({ beginDate: '2026-11-26', endDate: '2029-08-31' }),
        'Début sans fin': security({ beginDate: '2026-09-01', endDate: '' }, sandbox),
        'Fin passée sans début': security({ beginDate: '', endDate: '2026-10-01' }, sandbox),
        'Années 1949 et 2101, mise en production en 2101': security({ beginDate: '1949-01-01', endDate: '2101-01-01', plannedProductionDate: '2101-01-01' }),
        'Sans attestation : années 1949 (non affichées), mise en production en 1949': security({
          mode: '',
          beginDate: '1949-01-01',
          endDate: '1949-06-01',
          plannedProductionDate: '1949-01-01',
        }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/securite-dates.txt');
  });

  it('asks to justify more than 50 calls a minute, and warns of a go-live within the 75 days of instruction', async () => {
    await expect(
      stepSaysOf('security', {
        '100 appels, sans justification': security({ callsPerMinute: '100', volumetryJustification: ' ' }),
        '100 appels, justification d’un caractère': security({ callsPerMinute: '100', volumetryJustification: 'x' }),
        '100 appels, justification de 19 caractères': security({ callsPerMinute: '100', volumetryJustification: justification(19) }),
        '100 appels, justification de 20 caractères': security({ callsPerMinute: '100', volumetryJustification: justification(20) }),
        '50 appels, sans justification': security({ callsPerMinute: '50', volumetryJustification: '' }),
        'Mise en production hier': security({ plannedProductionDate: '2026-11-25' }),
        'Mise en production aujourd’hui': security({ plannedProductionDate: '2026-11-26' }),
        'Mise en production dans 74 jours': security({ plannedProductionDate: '2027-02-08' }),
        'Mise en production dans 75 jours': security({ plannedProductionDate: '2027-02-09' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/securite-volumetrie-et-delais.txt');
  });
});
