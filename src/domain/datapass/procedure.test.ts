import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import type { Dossier } from '../dossier/model';
import { INSTRUCTION_TIMES, procedure } from './procedure';
import { projectRequests } from './project-requests';

const TODAY = '2026-11-26';
const steps = (d: Dossier) => procedure(d, projectRequests(d), TODAY);
const statusOf = (d: Dossier) => Object.fromEntries(steps(d).map((s) => [s.id, s.status]));

describe('what comes next', () => {
  const cantine = completeCantineDossier();
  const ownSoftware: Dossier = { ...cantine, organisation: { ...cantine.organisation, software: 'interne', stage: 'bac-a-sable' } };

  it('runs from the vote of the deliberation to the opening of the service, in order', () => {
    expect(steps(ownSoftware).map((s) => s.id)).toEqual(['deliberation', 'deposer-bac-a-sable', 'tester', 'deposer-production', 'mise-en-service']);
    expect(steps(cantine).map((s) => s.id)).toEqual(['deliberation', 'deposer-editeur', 'mise-en-service']);
  });

  it('stands at the first step not done, on what the dossier records', () => {
    expect(statusOf(ownSoftware)).toMatchObject({ deliberation: 'done', 'deposer-bac-a-sable': 'current', tester: 'later' });
    const filed: Dossier = { ...ownSoftware, datapassRequests: { 'impot-bac-a-sable': { number: 'D1', filedOn: '2026-11-20', state: 'en-instruction' } } };
    expect(statusOf(filed)).toMatchObject({ 'deposer-bac-a-sable': 'done', tester: 'current' });
    const draft: Dossier = { ...ownSoftware, datapassRequests: { 'impot-bac-a-sable': { number: 'D1', filedOn: '', state: 'brouillon' } } };
    expect(statusOf(draft)['deposer-bac-a-sable']).toBe('current');
  });

  it('does not count a deliberation still to be voted, or dated after today', () => {
    const toVote = { ...cantine, legal: { ...cantine.legal, deliberationStatus: 'a-adopter' as const } };
    expect(statusOf(toVote).deliberation).toBe('current');
    const future = { ...cantine, legal: { ...cantine.legal, deliberationDate: '2026-12-15' } };
    expect(statusOf(future).deliberation).toBe('current');
  });

  it('puts the FranceConnect habilitation and the API Particulier requests in their place', () => {
    const d: Dossier = {
      ...ownSoftware,
      method: { ...ownSoftware.method, id: 'qf-caf' },
      organisation: { ...ownSoftware.organisation, accessMode: 'france-connect' },
    };
    const ids = steps(d).map((s) => s.id);
    expect(ids.indexOf('france-connect')).toBeLessThan(ids.indexOf('deposer-bac-a-sable'));
    expect(ids).toContain('deposer-api-particulier-qf');
  });

  it('cites a DataPass source for every duration, and asserts no figure it cannot source', () => {
    for (const t of INSTRUCTION_TIMES) expect(t.source).toMatch(/etalab\/data_pass/);
    expect(INSTRUCTION_TIMES.some((t) => /75 jours/.test(t.text))).toBe(false);
  });
});

describe('the procedure, step by step, as the requests page shows it', () => {
  const cantine = completeCantineDossier();
  const read = (d: Dossier, today = TODAY) =>
    procedure(d, projectRequests(d), today)
      .map((s) => `[${s.status}] ${s.label} (${s.id})\n    ${s.detail}`)
      .join('\n');
  const together = (parts: Record<string, Dossier>) =>
    `${Object.entries(parts)
      .map(([what, d]) => `=== ${what}\n${read(d)}`)
      .join('\n\n')}\n`;
  const own = (change: Partial<Dossier['organisation']> = {}): Dossier => ({
    ...cantine,
    organisation: { ...cantine.organisation, software: 'interne', stage: 'bac-a-sable', ...change },
  });
  const tracked = (d: Dossier, requests: Dossier['datapassRequests']): Dossier => ({ ...d, datapassRequests: requests });
  const filed = { number: 'D1', filedOn: '2026-11-20', state: 'en-instruction' } as const;
  const validated = { number: 'D1', filedOn: '2026-11-20', state: 'validee' } as const;

  it('marks each step done on what the dossier records, and stands at the first one not done', async () => {
    await expect(
      together({
        'Avec éditeur, rien de déposé': cantine,
        'Avec éditeur, demande déposée': tracked(cantine, { 'impot-editeur': filed }),
        'Avec éditeur, demande validée': tracked(cantine, { 'impot-editeur': validated }),
        'Bac à sable, FranceConnect à faire valider': own({ accessMode: 'france-connect', hasFranceConnectHabilitation: 'non' }),
        'Bac à sable, FranceConnect validée d’après le suivi': tracked(own({ accessMode: 'france-connect', hasFranceConnectHabilitation: 'non' }), {
          'france-connect': validated,
        }),
        'Bac à sable validé d’après le suivi, recette attestée': tracked(
          { ...own(), security: { ...cantine.security, acceptanceDone: true } },
          {
            'impot-bac-a-sable': validated,
          },
        ),
        'Bac à sable validé d’après le dossier (étape 1), rien d’autre': own({ stage: 'production' }),
        'FranceConnect déjà validée (étape 1)': own({ accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' }),
        'Bac à sable validé d’après le dossier (étape 1), production déposée': tracked(own({ stage: 'production' }), { 'impot-production': filed }),
        'Production validée': tracked(own({ stage: 'production' }), { 'impot-production': validated }),
        'Crèche au QF CAF : deux demandes API Particulier, l’une déposée': tracked(
          { ...cantine, useCase: { ...cantine.useCase, id: 'creche' }, method: { ...cantine.method, id: 'qf-caf' } },
          { 'api-particulier-qf': filed },
        ),
        'Banque : pas de délibération': { ...cantine, organisation: { ...cantine.organisation, type: 'banque' } },
        'Délibération existante sans date': { ...cantine, legal: { ...cantine.legal, deliberationDate: '' } },
        'Délibération datée d’aujourd’hui': { ...cantine, legal: { ...cantine.legal, deliberationDate: TODAY } },
        'Sans cas d’usage : pas encore de demande': { ...cantine, useCase: { ...cantine.useCase, id: '' } },
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/datapass-requests/procedure.txt');
  });
});
