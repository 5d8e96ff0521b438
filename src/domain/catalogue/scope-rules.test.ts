import { describe, expect, it } from 'vitest';
import { scopeRuleViolations, type ScopeRuleOptions } from './scope-rules';
import type { ScopeKey } from './scopes';

const commune: ScopeRuleOptions = { hasSpecificRequirements: false, organisationType: 'commune' };
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

  it('refuses each incompatible pair and accepts their compatible neighbours', () => {
    const pairs: [ScopeKey, ScopeKey][] = [
      ['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_indiIFI'],
      ['dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_indiIFI'],
    ];
    for (const [a, b] of pairs) {
      const scopes: ScopeKey[] = a.includes('annee_n') ? [a, b] : ['dgfip_annee_n_moins_1', a, b];
      expect(rulesBroken(scopes)).toEqual(['combinaison-interdite']);
    }
    expect(rulesBroken(['dgfip_annee_n_moins_1', 'dgfip_indiIFI', 'dgfip_rfr'])).toEqual([]);
    expect(rulesBroken(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_df_au_3112_si_deces_ctb_mp'])).toEqual([]);
  });

  it('names both data of a forbidden pair in its message', () => {
    const [violation] = scopeRuleViolations(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_indiIFI'], commune);
    expect(violation!.message).toContain('N-1 ou N-2');
    expect(violation!.message).toContain('Indicateur ISF/IFI');
  });

  it('keeps the LEP indicator for banks, alone', () => {
    const bank: ScopeRuleOptions = { hasSpecificRequirements: false, organisationType: 'banque' };
    expect(rulesBroken(['dgfip_IndLep'], bank)).toEqual([]);
    expect(rulesBroken(['dgfip_IndLep', 'dgfip_annee_n_moins_1'], bank)).toEqual(['lep-seul', 'banque-lep-uniquement']);
    expect(rulesBroken(['dgfip_IndLep'])).toEqual(['lep-banques']);
    expect(rulesBroken(['dgfip_annee_n_moins_1', 'dgfip_rfr'], bank)).toEqual(['banque-lep-uniquement']);
  });

  it('skips the combination rules, not eligibility, with an expression de besoin spécifique', () => {
    const withFile: ScopeRuleOptions = { hasSpecificRequirements: true, organisationType: 'commune' };
    expect(rulesBroken(['dgfip_rfr'], withFile)).toEqual([]);
    expect(rulesBroken(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_n_moins_1'], withFile)).toEqual([]);
    expect(rulesBroken(['dgfip_IndLep'], withFile)).toEqual(['lep-banques']);
  });
});
