import { describe, expect, it } from 'vitest';
import { ADVICE_PREFIX, DATAPASS_WORDINGS, MANDATORY_REVENUE_YEARS, scopeRuleViolations, type ScopeRuleOptions } from './scope-rules';
import { YEAR_SCOPES, type ScopeKey } from './scopes';

/** No campaign typed yet: no year is judged against it. */
const NO_CAMPAIGN = { start: '', end: '' };

const commune: ScopeRuleOptions = { hasSpecificRequirements: false, organisationType: 'commune', campaign: NO_CAMPAIGN };
const rulesBroken = (scopes: ScopeKey[], options = commune) => scopeRuleViolations(scopes, options).map((v) => v.rule);

describe('DataPass scope rules', () => {
  it('asks for at least one year', () => {
    expect(rulesBroken(['dgfip_rfr'])).toEqual(['au-moins-une-annee']);
    expect(rulesBroken(['dgfip_rfr', 'dgfip_annee_n_moins_3'])).toEqual([]);
  });

  it('lets the fallback year stand alone only', () => {
    expect(rulesBroken(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_rfr'])).toEqual([]);
    for (const year of ['dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_2', 'dgfip_annee_n_moins_3'] as const) {
      const violations = scopeRuleViolations(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', year], commune);
      expect(violations.map((v) => v.rule)).toEqual(['annee-repli-exclusive']);
      expect(violations[0]!.scopes).toEqual(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', year]);
    }
  });

  it('refuses each incompatible pair, as one error, and accepts their compatible neighbours', () => {
    const pairs: [ScopeKey, ScopeKey][] = [
      ['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_indiIFI'],
      ['dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_indiIFI'],
    ];
    for (const [a, b] of pairs) {
      const scopes: ScopeKey[] = a.includes('annee_n') ? [a, b] : ['dgfip_annee_n_moins_1', a, b];
      expect(rulesBroken(scopes)).toEqual(['combinaison-interdite']);
    }
    // Both of the first list with the IFI: still one error, shown beside the first of them.
    const both = scopeRuleViolations(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_indiIFI'], commune);
    expect(both.map((v) => v.rule)).toEqual(['combinaison-interdite']);
    expect(both[0]!.scopes).toEqual(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_indiIFI']);
    expect(rulesBroken(['dgfip_annee_n_moins_1', 'dgfip_indiIFI', 'dgfip_rfr'])).toEqual([]);
    expect(rulesBroken(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_df_au_3112_si_deces_ctb_mp'])).toEqual([]);
  });

  it('names the data of a forbidden combination in its message', () => {
    const [violation] = scopeRuleViolations(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_indiIFI'], commune);
    expect(violation!.message).toBe("L'année « N-1 ou N-2 » ne peut pas être demandée avec « Indicateur ISF/IFI » : décochez l'un ou l'autre côté.");
  });

  it('with the LEP ticked, checks only that it is alone, as DataPass does', () => {
    const bank: ScopeRuleOptions = { hasSpecificRequirements: false, organisationType: 'banque', campaign: NO_CAMPAIGN };
    // No year and a fallback year with the décès data: DataPass says only "LEP alone".
    expect(rulesBroken(['dgfip_IndLep', 'dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_df_au_3112_si_deces_ctb_mp'], bank)).toEqual([
      'lep-seul',
      'banque-lep-uniquement',
    ]);
    expect(rulesBroken(['dgfip_IndLep', 'dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_2_si_indispo_n_moins_1'], bank)).toEqual([
      'lep-seul',
      'banque-lep-uniquement',
    ]);
  });

  it('keeps the LEP indicator for banks, alone', () => {
    const bank: ScopeRuleOptions = { hasSpecificRequirements: false, organisationType: 'banque', campaign: NO_CAMPAIGN };
    expect(rulesBroken(['dgfip_IndLep'], bank)).toEqual([]);
    expect(rulesBroken(['dgfip_IndLep', 'dgfip_annee_n_moins_1'], bank)).toEqual(['lep-seul', 'banque-lep-uniquement']);
    expect(rulesBroken(['dgfip_IndLep'])).toEqual(['lep-banques']);
    expect(rulesBroken(['dgfip_annee_n_moins_1', 'dgfip_rfr'], bank)).toEqual(['banque-lep-uniquement']);
  });

  it('skips every DataPass rule, LEP exclusivity included, but not the advice, with an expression de besoin spécifique', () => {
    const withFile: ScopeRuleOptions = { hasSpecificRequirements: true, organisationType: 'commune', campaign: NO_CAMPAIGN };
    expect(rulesBroken(['dgfip_rfr'], withFile)).toEqual([]);
    expect(rulesBroken(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_n_moins_1'], withFile)).toEqual([]);
    expect(rulesBroken(['dgfip_IndLep'], withFile)).toEqual(['lep-banques']);
    const bankWithFile: ScopeRuleOptions = { hasSpecificRequirements: true, organisationType: 'banque', campaign: NO_CAMPAIGN };
    expect(rulesBroken(['dgfip_IndLep', 'dgfip_rfr'], bankWithFile)).toEqual(['banque-lep-uniquement']);
  });

  it('tells DataPass’s rules from the tool’s advice', () => {
    const bank: ScopeRuleOptions = { hasSpecificRequirements: false, organisationType: 'banque', campaign: NO_CAMPAIGN };
    for (const v of [...scopeRuleViolations(['dgfip_IndLep', 'dgfip_rfr'], bank), ...scopeRuleViolations(['dgfip_rfr', 'dgfip_IndLep'], commune)]) {
      if (v.origin === 'datapass') {
        expect(v.datapassWording).toBe(DATAPASS_WORDINGS[v.rule]);
        expect(v.message).not.toContain(ADVICE_PREFIX);
      } else {
        expect(['lep-banques', 'banque-lep-uniquement']).toContain(v.rule);
        expect(v.message.startsWith(ADVICE_PREFIX)).toBe(true);
        expect(v).not.toHaveProperty('datapassWording');
      }
    }
  });

  it('counts DataPass’s four mandatory revenue years, which are the catalogue’s years', () => {
    expect([...MANDATORY_REVENUE_YEARS].sort()).toEqual([...YEAR_SCOPES].sort());
  });
});

describe('the scope rules’ messages', () => {
  const messages = (selected: ScopeKey[], organisationType: Parameters<typeof scopeRuleViolations>[1]['organisationType'] = 'commune') =>
    scopeRuleViolations(selected, { hasSpecificRequirements: false, organisationType, campaign: NO_CAMPAIGN }).map(
      (v) => `${v.rule} [${v.scopes.join(' ')}] ${v.message}`,
    );

  it('name one datum, or several with commas and « et », and agree in number', () => {
    expect(messages(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_n_moins_1'])).toEqual([
      "annee-repli-exclusive [dgfip_annee_n_moins_2_si_indispo_n_moins_1 dgfip_annee_n_moins_1] L'année « N-1 ou N-2 » ne peut pas être demandée avec l'année N-1 : gardez l'une ou les autres.",
    ]);
    expect(messages(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_2', 'dgfip_annee_n_moins_3'])).toEqual([
      "annee-repli-exclusive [dgfip_annee_n_moins_2_si_indispo_n_moins_1 dgfip_annee_n_moins_1 dgfip_annee_n_moins_2 dgfip_annee_n_moins_3] L'année « N-1 ou N-2 » ne peut pas être demandée avec l'année N-1, l'année N-2 et l'année N-3 : gardez l'une ou les autres.",
    ]);
    expect(messages(['dgfip_annee_n_moins_1', 'dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_indiIFI'])).toEqual([
      "combinaison-interdite [dgfip_annee_df_au_3112_si_deces_ctb_mp dgfip_indiIFI] « Données fiscales au 31/12 en cas de décès » ne peut pas être demandée avec « Indicateur ISF/IFI » : décochez l'un ou l'autre côté.",
    ]);
    expect(messages(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_indiIFI'])).toEqual([
      "combinaison-interdite [dgfip_annee_n_moins_2_si_indispo_n_moins_1 dgfip_annee_df_au_3112_si_deces_ctb_mp dgfip_indiIFI] L'année « N-1 ou N-2 » et « Données fiscales au 31/12 en cas de décès » ne peuvent pas être demandées avec « Indicateur ISF/IFI » : décochez l'un ou l'autre côté.",
    ]);
  });

  it('ask for a year when none is ticked, and the LEP alone, naming every other datum ticked', () => {
    expect(messages(['dgfip_rfr'])).toEqual(['au-moins-une-annee [] Cochez au moins une année de revenus : N-1, N-2, N-3 ou « N-1 ou N-2 ».']);
    expect(messages(['dgfip_IndLep', 'dgfip_rfr', 'dgfip_annee_n_moins_1'], 'banque')).toEqual([
      'lep-seul [dgfip_IndLep dgfip_rfr dgfip_annee_n_moins_1] « Indicateur d’éligibilité au LEP » doit être la seule donnée demandée : décochez les autres.',
      "banque-lep-uniquement [dgfip_rfr dgfip_annee_n_moins_1] Conseil de l'outil, que DataPass ne vérifie pas : une banque ne peut demander que « Indicateur d’éligibilité au LEP ».",
    ]);
    expect(messages(['dgfip_IndLep'], 'banque')).toEqual([]);
    const origins = (selected: ScopeKey[], organisationType: 'banque' | 'commune') =>
      scopeRuleViolations(selected, { hasSpecificRequirements: false, organisationType, campaign: NO_CAMPAIGN }).map((v) => v.origin);
    expect(origins(['dgfip_IndLep', 'dgfip_rfr'], 'banque')).toEqual(['datapass', 'conseil']);
    expect(origins(['dgfip_IndLep'], 'commune')).toEqual(['conseil']);
    expect(messages(['dgfip_IndLep'])).toEqual([
      "lep-banques [dgfip_IndLep] Conseil de l'outil, que DataPass ne vérifie pas : « Indicateur d’éligibilité au LEP » est réservé aux établissements bancaires.",
    ]);
  });
});

describe('N-1 alone during a campaign that starts before that income is taxed', () => {
  const during = (start: string, end: string, selected: ScopeKey[] = ['dgfip_annee_n_moins_1', 'dgfip_rfr']) =>
    scopeRuleViolations(selected, { ...commune, campaign: { start, end } })
      .filter((v) => v.rule === 'annee-n1-indisponible')
      .map((v) => `[${v.scopes.join(' ')}] ${v.message}`);

  it('is refused for a May–June campaign, which only N-2 serves', () => {
    expect(during('2027-05-15', '2027-06-30')).toEqual([
      `[dgfip_annee_n_moins_1] ${ADVICE_PREFIX}pendant toute la campagne, les revenus 2026 (N-1) ne seront pas encore disponibles : l'API répondra 410 à chaque demande. Cochez plutôt l'année N-2.`,
    ]);
  });

  it('is refused for the part of a campaign that runs into the next calendar year, with « N-1 ou N-2 » advised', () => {
    const [message] = during('2027-09-01', '2028-02-29');
    expect(message).toContain('du 1er janvier 2028 au 29 février 2028, les revenus 2027 (N-1) ne seront pas encore disponibles');
    expect(message).toMatch(/Cochez plutôt l'.*N-1 ou N-2/);
  });

  it('is accepted after the taxation, with N-2 or « N-1 ou N-2 » beside it, and while no campaign is typed', () => {
    expect(during('2027-09-01', '2027-12-15')).toEqual([]);
    expect(during('2027-05-15', '2027-06-30', ['dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_2'])).toEqual([]);
    expect(during('2027-05-15', '2027-06-30', ['dgfip_annee_n_moins_2'])).toEqual([]);
    expect(during('', '')).toEqual([]);
  });
});
