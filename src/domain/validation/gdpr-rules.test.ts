import { describe, expect, it } from 'vitest';
import { cantineWith, stepSaysOf } from '../../../test/fixtures/step-says';
import type { Dossier } from '../dossier/model';

const gdpr = (answers: Partial<Dossier['gdpr']>, organisation: Partial<Dossier['organisation']> = {}) => cantineWith({ gdpr: answers, organisation });
const reason = (length: number) => 'Deux données agrégées, '.padEnd(length, 'x');

describe('the personal data step', () => {
  it('says what is missing or wrong in the recipients, the retention and the information of users', async () => {
    // An assessment done, so that the advice on one judged unnecessary does not come back in each case.
    const gdpr = (answers: Partial<Dossier['gdpr']>, organisation: Partial<Dossier['organisation']> = {}) =>
      cantineWith({ gdpr: { dpia: 'realisee', dpiaDate: '2026-06-01', ...answers }, organisation });
    await expect(
      stepSaysOf('gdpr', {
        'Réponses complètes': gdpr({}),
        'Rien de renseigné': gdpr({
          recipients: ' ',
          retentionMonths: '',
          informationMode: '',
          informationWhere: '',
          alternativeOffered: false,
          noDataRule: '',
          dpia: '',
          inRegister: false,
          dpdInformed: false,
        }),
        'Conservation de 0 mois': gdpr({ retentionMonths: '0' }),
        'Conservation de 601 mois': gdpr({ retentionMonths: '601' }),
        'Conservation de 1,5 mois': gdpr({ retentionMonths: '1,5' }),
        'Conservation de 1 mois': gdpr({ retentionMonths: '1' }),
        'Conservation de 36 mois sans justification': gdpr({ retentionMonths: '36' }),
        'Conservation de 37 mois sans justification': gdpr({ retentionMonths: '37' }),
        'Conservation de 600 mois, justification courte': gdpr({ retentionMonths: '600', retentionJustification: 'Recours.' }),
        'Conservation de 48 mois justifiée': gdpr({ retentionMonths: '48', retentionJustification: 'Durée des recours contentieux sur les tarifs.' }),
        'Numéro fiscal et consentement FranceConnect': gdpr({ informationMode: 'consentement-franceconnect' }),
        'FranceConnect et information préalable': gdpr({}, { accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' }),
        'FranceConnect et consentement FranceConnect': gdpr(
          { informationMode: 'consentement-franceconnect' },
          { accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' },
        ),
        'Modalité d’accès non choisie, consentement FranceConnect': gdpr({ informationMode: 'consentement-franceconnect' }, { accessMode: '' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/traitement-destinataires-conservation.txt');
  });

  it('says what is missing or wrong for families without data and in the impact assessment, and when to ask the DPD', async () => {
    await expect(
      stepSaysOf('gdpr', {
        'Autre règle, non décrite': gdpr({ noDataRule: 'autre', noDataRuleOther: ' ' }),
        'Autre règle, décrite': gdpr({ noDataRule: 'autre', noDataRuleOther: 'Examen en commission.' }),
        'Examen sur pièces': gdpr({ noDataRule: 'examen-sur-pieces' }),
        'AIPD réalisée, sans date': gdpr({ dpia: 'realisee', dpiaDate: '' }),
        'AIPD réalisée en 1949': gdpr({ dpia: 'realisee', dpiaDate: '1949-06-01' }),
        'AIPD réalisée en 2026': gdpr({ dpia: 'realisee', dpiaDate: '2026-06-01' }),
        'AIPD en cours, date de 1949 (non affichée)': gdpr({ dpia: 'en-cours', dpiaDate: '1949-06-01' }),
        'AIPD non nécessaire, sans raison': gdpr({ dpiaReason: '  ' }),
        'AIPD non nécessaire, raison de 39 caractères': gdpr({ dpiaReason: ` ${reason(39)} ` }),
        'AIPD non nécessaire, raison de 40 caractères': gdpr({ dpiaReason: reason(40) }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/traitement-aipd.txt');
  });
});
