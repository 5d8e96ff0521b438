import { describe, expect, it } from 'vitest';
import { completeCantineDossier, TODAY } from '../../../test/fixtures/dossiers';
import { newDossier } from '../dossier/new-dossier';
import type { Dossier } from '../dossier/model';
import { SECTION_KEYS } from '../dossier/model';
import { sectionWarnings, validateSection } from './validate';

const issuesOf = (dossier: Dossier, key: Parameters<typeof validateSection>[0]) =>
  validateSection(key, dossier, TODAY).map((i) => ({ path: i.path.join('.'), kind: i.kind, message: i.message }));

const messageAt = (dossier: Dossier, key: Parameters<typeof validateSection>[0], path: string) => issuesOf(dossier, key).find((i) => i.path === path);

describe('a complete dossier', () => {
  it('has no issue in any step', () => {
    const dossier = completeCantineDossier();
    for (const key of SECTION_KEYS) expect(validateSection(key, dossier, TODAY), key).toEqual([]);
  });
});

describe('organisation step', () => {
  it('explains a SIRET of the wrong length and a SIRET with a wrong key', () => {
    const d = completeCantineDossier();
    const short = { ...d, organisation: { ...d.organisation, siret: '2199000120001' } };
    expect(messageAt(short, 'organisation', 'siret')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('13 chiffres') as string });
    const typo = { ...d, organisation: { ...d.organisation, siret: '21990001200011' } };
    expect(messageAt(typo, 'organisation', 'siret')?.message).toContain('clé de contrôle');
  });

  it('refuses organisations DataPass would refuse and explains FranceConnect’s prerequisite', () => {
    const d = completeCantineDossier();
    const company = { ...d, organisation: { ...d.organisation, type: 'autre-prive' as const } };
    expect(messageAt(company, 'organisation', 'type')?.kind).toBe('invalid');
    const fc = { ...d, organisation: { ...d.organisation, accessMode: 'france-connect' as const, hasFranceConnectHabilitation: 'non' as const } };
    expect(messageAt(fc, 'organisation', 'hasFranceConnectHabilitation')?.message).toContain('habilitation FranceConnect');
  });

  it('asks which request is prepared when the path has two stages', () => {
    const d = completeCantineDossier();
    const internal = { ...d, organisation: { ...d.organisation, software: 'interne' as const } };
    expect(messageAt(internal, 'organisation', 'stage')?.kind).toBe('missing');
  });
});

describe('use-case step', () => {
  it('wants the prefilled description completed, and a long one for another use', () => {
    const d = completeCantineDossier();
    const template = { ...d, useCase: { ...d.useCase, description: 'Calcul du tarif. (A compléter par le demandeur)' } };
    expect(messageAt(template, 'useCase', 'description')?.message).toContain('(A compléter par le demandeur)');
    const other = { ...d, useCase: { ...d.useCase, id: 'autre' as const } };
    expect(messageAt(other, 'useCase', 'description')?.message).toContain('au moins 300 caractères');
  });
});

describe('method step', () => {
  it('checks the tranche grid', () => {
    const d = completeCantineDossier();
    const grid = {
      ...d,
      method: {
        ...d.method,
        tranches: [
          { upTo: '900', price: '1' },
          { upTo: '500', price: 'deux' },
          { upTo: '2000', price: '3' },
        ],
      },
    };
    const issues = issuesOf(grid, 'method');
    expect(issues.find((i) => i.path === 'tranches.1.upTo')?.message).toContain('supérieure à celle de la tranche 1');
    expect(issues.find((i) => i.path === 'tranches.1.price')?.message).toContain('en chiffres');
    expect(issues.find((i) => i.path === 'tranches.2.upTo')?.message).toContain('laissez ce champ vide');
  });

  it('checks the taux d’effort bounds and the campaign dates', () => {
    const d = completeCantineDossier();
    const effort = {
      ...d,
      method: { ...d.method, id: 'taux-effort' as const, rate: '0,36', floor: '4,50', ceiling: '2,60', campaignEnd: '2027-05-01' },
    };
    expect(messageAt(effort, 'method', 'ceiling')?.message).toContain('supérieur au tarif plancher');
    expect(messageAt(effort, 'method', 'campaignEnd')?.message).toContain('après son début');
  });
});

describe('data step', () => {
  it('asks a justification for each datum beyond the minimum', () => {
    const d = completeCantineDossier();
    const extra = { ...d, data: { ...d.data, scopes: [...d.data.scopes, 'dgfip_sitfam' as const] } };
    expect(messageAt(extra, 'data', 'justifications.dgfip_sitfam')).toMatchObject({ kind: 'missing' });
    const short = { ...extra, data: { ...extra.data, justifications: { dgfip_sitfam: 'utile' } } };
    expect(messageAt(short, 'data', 'justifications.dgfip_sitfam')?.message).toContain('trop courte');
    const justified = { ...extra, data: { ...extra.data, justifications: { dgfip_sitfam: 'Le règlement prévoit un tarif réduit pour les parents isolés.' } } };
    expect(issuesOf(justified, 'data')).toEqual([]);
  });

  it('says what breaks when a needed datum is unticked', () => {
    const d = completeCantineDossier();
    const without = { ...d, data: { ...d.data, scopes: ['dgfip_annee_n_moins_2', 'dgfip_rfr'] as Dossier['data']['scopes'] } };
    expect(messageAt(without, 'data', 'needed.dgfip_nbpart')?.message).toMatch(/Sans « Nombre de parts », impossible de diviser le revenu/);
  });

  it('reports DataPass rule violations and asks which boxes of the dependants’ detail', () => {
    const d = completeCantineDossier();
    const broken = {
      ...d,
      data: { ...d.data, scopes: [...d.data.scopes, 'dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_pac'] as Dossier['data']['scopes'] },
    };
    const paths = issuesOf(broken, 'data').map((i) => i.path);
    expect(paths).toContain('rules.annee-repli-exclusive');
    expect(paths).toContain('dependantBoxes');
    expect(sectionWarnings('data', broken, TODAY).some((w) => w.message.includes('expression de besoin spécifique'))).toBe(true);
  });

  it('labels the tool’s advice as advice, DataPass’s rules not', () => {
    const d = completeCantineDossier();
    const advice = "Conseil de l'outil, que DataPass ne vérifie pas : ";
    const lep = { ...d, data: { ...d.data, scopes: ['dgfip_IndLep'] as Dossier['data']['scopes'] } };
    expect(messageAt(lep, 'data', 'rules.lep-banques')?.message.startsWith(advice)).toBe(true);
    const noYear = { ...d, data: { ...d.data, scopes: ['dgfip_nbpart', 'dgfip_rfr'] as Dossier['data']['scopes'] } };
    expect(messageAt(noYear, 'data', 'rules.au-moins-une-annee')).toMatchObject({ kind: 'missing', message: expect.not.stringContaining(advice) as string });
    const dependants = { ...d, data: { ...d.data, scopes: [...d.data.scopes, 'dgfip_pac'] as Dossier['data']['scopes'] } };
    const warnings = sectionWarnings('data', dependants, TODAY).map((w) => w.message);
    expect(warnings).toContainEqual(expect.stringMatching(/^Conseil de l'outil, que DataPass ne vérifie pas : le « Détail des personnes à charge/));
  });

  it('with an expression de besoin spécifique, checks no DataPass rule but says the file becomes mandatory', () => {
    const d = completeCantineDossier();
    const withFile = {
      ...d,
      data: {
        ...d.data,
        hasSpecificRequirements: true,
        scopes: ['dgfip_IndLep', 'dgfip_annee_n_moins_2', 'dgfip_nbpart', 'dgfip_rfr'] as Dossier['data']['scopes'],
      },
    };
    // Only the advice on the LEP stays.
    expect(
      issuesOf(withFile, 'data')
        .map((i) => i.path)
        .filter((p) => p.startsWith('rules.')),
    ).toEqual(['rules.lep-banques']);
    expect(sectionWarnings('data', withFile, TODAY).map((w) => w.message)).toContainEqual(
      expect.stringContaining("“Document de l'expression de besoin spécifique doit être rempli(e)”"),
    );
  });
});

describe('GDPR step', () => {
  it('needs a justification beyond 36 months and an information mode matching the access mode', () => {
    const d = completeCantineDossier();
    const long = { ...d, gdpr: { ...d.gdpr, retentionMonths: '48', informationMode: 'consentement-franceconnect' as const } };
    expect(messageAt(long, 'gdpr', 'retentionJustification')?.message).toContain('36 mois');
    expect(messageAt(long, 'gdpr', 'informationMode')?.message).toContain('numéro fiscal');
    expect(issuesOf({ ...d, gdpr: { ...d.gdpr, retentionMonths: '36' } }, 'gdpr')).toEqual([]);
  });
});

describe('people step', () => {
  it('validates every contact’s e-mail and phone', () => {
    const d = completeCantineDossier();
    const wrong = { ...d, people: { ...d.people, dpd: { ...d.people.responsableTraitement, email: 'dgs@saint-exemple', phone: '12' } } };
    const paths = issuesOf(wrong, 'people').map((i) => i.path);
    expect(paths).toEqual(['dpd.email', 'dpd.phone']);
  });
});

describe('security step', () => {
  it('wants the end after the beginning', () => {
    const d = completeCantineDossier();
    const reversed = { ...d, security: { ...d.security, endDate: '2026-08-01' } };
    expect(messageAt(reversed, 'security', 'endDate')?.message).toContain('après la date de début');
  });

  it('limits the security questionnaire to three years', () => {
    const d = completeCantineDossier();
    const questionnaire = { ...d, security: { ...d.security, mode: 'questionnaire' as const, beginDate: '2026-01-10', endDate: '2029-06-01' } };
    expect(messageAt(questionnaire, 'security', 'endDate')?.message).toContain('10 janvier 2029');
  });

  it('asks for the volumetry justification above 50 calls per minute and for the recette in production', () => {
    const d = completeCantineDossier();
    const busy = { ...d, security: { ...d.security, callsPerMinute: '200' as const } };
    expect(messageAt(busy, 'security', 'volumetryJustification')?.kind).toBe('missing');
    const production = { ...d, organisation: { ...d.organisation, software: 'interne' as const, stage: 'production' as const } };
    expect(messageAt(production, 'security', 'acceptanceDone')?.kind).toBe('missing');
  });

  it('lets a sandbox request leave the security block empty', () => {
    const d = completeCantineDossier();
    const sandbox = {
      ...d,
      organisation: { ...d.organisation, software: 'interne' as const, stage: 'bac-a-sable' as const },
      security: newDossier('x', 'x').security,
    };
    expect(issuesOf(sandbox, 'security')).toEqual([]);
  });
});
