import { describe, expect, it } from 'vitest';
import { completeCantineDossier, TODAY } from '../../../test/fixtures/dossiers';
import { addDays, addMonths } from '../dates';
import type { Dossier } from '../dossier/model';
import { buildVerdict } from './index';
import { coherenceFindings } from './coherence';
import { cantineWith } from '../../../test/fixtures/step-says';

/**
 * Each rule tying dates across steps, on both sides of its boundary: the day before, the day
 * itself and the day after. The cantine dossier: campaign from 15 May to 30 June 2027, go-live
 * on 1 April 2027, deliberation of 12 June 2026, homologation until 31 August 2029.
 */
const base = completeCantineDossier();
const keysOf = (d: Dossier) => buildVerdict(d, TODAY).findings.map((f) => f.key);
const day = (date: string, offset: number) => addDays(date, offset)!;

function around(boundary: string, make: (date: string) => Dossier, key: string, flagged: { before: boolean; on: boolean; after: boolean }) {
  expect(keysOf(make(day(boundary, -1))).includes(key), 'the day before').toBe(flagged.before);
  expect(keysOf(make(boundary)).includes(key), 'the day itself').toBe(flagged.on);
  expect(keysOf(make(day(boundary, 1))).includes(key), 'the day after').toBe(flagged.after);
}

const plannedSession = (date: string): Dossier => ({
  ...base,
  legal: {
    ...base.legal,
    deliberationStatus: 'a-adopter',
    deliberationDate: '',
    deliberationNumber: '',
    deliberationUrl: '',
    deliberationListsData: '',
    plannedSessionDate: date,
  },
});
const goLive = (date: string): Dossier => ({ ...base, security: { ...base.security, plannedProductionDate: date } });
const securityEnd = (date: string): Dossier => ({ ...base, security: { ...base.security, endDate: date } });

describe('coherence across steps', () => {
  it('wants the council session before go-live', () => {
    around('2027-04-01', plannedSession, 'deliberation-avant-mise-en-production', { before: false, on: true, after: true });
  });

  it('wants the council session before the campaign opens', () => {
    const later = (date: string) => ({ ...plannedSession(date), security: { ...base.security, plannedProductionDate: '2027-07-01' } });
    around('2027-05-15', later, 'deliberation-avant-campagne', { before: false, on: true, after: true });
  });

  it('makes a session after go-live something to do, and links the go-live date', () => {
    const verdict = buildVerdict(plannedSession('2027-04-01'), TODAY);
    const finding = verdict.findings.find((f) => f.key === 'deliberation-avant-mise-en-production')!;
    expect(finding).toMatchObject({ level: 'todo', step: 'cadre-juridique', related: [{ section: 'security', path: ['plannedProductionDate'] }] });
    expect(verdict.steps.securite.involved.map((f) => f.key)).toContain('deliberation-avant-mise-en-production');
  });

  it('wants go-live before the campaign opens', () => {
    around('2027-05-15', goLive, 'mise-en-production-apres-campagne', { before: false, on: true, after: true });
  });

  it('wants the homologation valid at go-live and three months beyond', () => {
    around(
      addMonths('2027-04-01', 3)!,
      (date) => ({ ...securityEnd(date), method: { ...base.method, campaignEnd: '2027-06-30' } }),
      'homologation-mise-en-production',
      {
        before: true,
        on: false,
        after: false,
      },
    );
  });

  it('wants the homologation valid for the whole campaign', () => {
    const withLateCampaign = (date: string): Dossier => ({
      ...securityEnd(date),
      method: { ...base.method, campaignStart: '2027-09-01', campaignEnd: '2028-06-30' },
    });
    around('2028-06-30', withLateCampaign, 'homologation-campagne', { before: true, on: false, after: false });
  });

  it('leaves the security dates alone in a sandbox request', () => {
    const sandbox: Dossier = { ...goLive('2027-06-01'), organisation: { ...base.organisation, software: 'interne', stage: 'bac-a-sable' } };
    expect(keysOf(sandbox)).not.toContain('mise-en-production-apres-campagne');
  });

  it('wants the retention to cover the period the data serve', () => {
    const retention = (months: number): Dossier => ({ ...base, gdpr: { ...base.gdpr, retentionMonths: String(months) } });
    expect(keysOf(retention(11))).toContain('conservation-courte');
    expect(keysOf(retention(12))).not.toContain('conservation-courte');
    const longCampaign: Dossier = { ...retention(13), method: { ...base.method, campaignStart: '2027-01-04', campaignEnd: '2028-03-10' } };
    expect(keysOf(longCampaign)).toContain('conservation-courte');
    expect(keysOf({ ...longCampaign, gdpr: { ...longCampaign.gdpr, retentionMonths: '15' } })).not.toContain('conservation-courte');
  });
});

describe('the dates across steps, each finding in words', () => {
  const read = (d: Dossier) =>
    coherenceFindings(d)
      .map(
        (f) =>
          `[${f.kind}] ${f.key} à ${f.place.section}.${f.place.path.join('.')} ; liés : ${f.related.map((r) => `${r.section}.${r.path.join('.')}`).join(', ')}\n    ${f.message}`,
      )
      .join('\n') || '(rien)';
  const with_ = (answers: Parameters<typeof cantineWith>[0]) => cantineWith(answers);

  it('says which date comes too late, against which, and what to do, for each kind of dossier', async () => {
    const parts: Record<string, Dossier> = {
      'Dossier cohérent': with_({}),
      'Délibération votée le jour de la mise en production et après l’ouverture': with_({
        legal: { deliberationDate: '2027-04-01' },
        method: { campaignStart: '2027-03-15' },
      }),
      'Séance prévue après la mise en production': with_({ legal: { deliberationStatus: 'a-adopter', plannedSessionDate: '2027-04-02' } }),
      'Séance prévue après l’ouverture de la campagne': with_({ legal: { deliberationStatus: 'a-adopter', plannedSessionDate: '2027-05-20' } }),
      'À adopter sans date de séance': with_({ legal: { deliberationStatus: 'a-adopter', plannedSessionDate: '' } }),
      'Existante sans date': with_({ legal: { deliberationDate: '', plannedSessionDate: '2027-12-01' } }),
      'Banque (pas de délibération), date de délibération tardive': with_({ organisation: { type: 'banque' }, legal: { deliberationDate: '2027-12-01' } }),
      'Mise en production le jour de l’ouverture': with_({ security: { plannedProductionDate: '2027-05-15' } }),
      'Attestation expirée avant la mise en production': with_({ security: { endDate: '2027-03-31' } }),
      'Attestation expirant le jour de la mise en production': with_({ security: { endDate: '2027-04-01' } }),
      'Attestation expirant moins de 3 mois après': with_({ security: { endDate: '2027-06-30' } }),
      'Attestation expirant 3 mois après, jour pour jour, avant la fin de la campagne': with_({
        security: { endDate: '2027-07-01' },
        method: { campaignEnd: '2027-07-02' },
      }),
      'Attestation expirant le jour de la fin de la campagne': with_({ security: { endDate: '2027-07-01' }, method: { campaignEnd: '2027-07-01' } }),
      'Demande de bac à sable : pas de mise en production ni d’attestation jugées': with_({
        organisation: { software: 'interne', stage: 'bac-a-sable' },
        security: { plannedProductionDate: '2027-06-01', endDate: '2027-01-01' },
        method: { campaignEnd: '2027-12-31' },
      }),
      'Sans campagne ni mise en production': with_({ method: { campaignStart: '', campaignEnd: '' }, security: { plannedProductionDate: '' } }),
    };
    const text = Object.entries(parts)
      .map(([what, d]) => `=== ${what}\n${read(d)}`)
      .join('\n\n');
    await expect(`${text}\n`).toMatchFileSnapshot('../../../test/fixtures/verdicts/coherence.txt');
  });

  it('compares no date with one still blank', () => {
    const noCampaignStart: Dossier = { ...base, method: { ...base.method, campaignStart: '' } };
    expect(coherenceFindings(noCampaignStart).map((f) => f.key)).not.toContain('mise-en-production-apres-campagne');
    const noSecurityEnd = securityEnd('');
    expect(coherenceFindings(noSecurityEnd).map((f) => f.key)).toEqual([]);
  });
});
