import { FALLBACK_YEAR_SCOPE, DEATH_SCOPE, IFI_SCOPE, LEP_SCOPE, YEAR_SCOPES, scopeByKey, type ScopeKey } from './scopes';
import type { OrganisationType } from './organisations';

/**
 * The rules DataPass enforces on the data a request ticks. DataPass skips the combination rules
 * when an "expression de besoin spécifique" already shared with the DGFiP is attached; who may
 * ask for the LEP indicator is an eligibility rule and always applies.
 */
export type ScopeRuleId =
  | 'au-moins-une-annee'
  | 'annee-repli-exclusive'
  | 'combinaison-interdite'
  | 'lep-seul'
  | 'lep-banques'
  | 'banque-lep-uniquement';

export interface ScopeRuleViolation {
  rule: ScopeRuleId;
  message: string;
  /** The ticked scopes the violation is about, to show it beside them. */
  scopes: ScopeKey[];
}

export interface ScopeRuleOptions {
  hasSpecificRequirements: boolean;
  organisationType: OrganisationType | '';
}

const INCOMPATIBLE_LEFT: readonly ScopeKey[] = [FALLBACK_YEAR_SCOPE, DEATH_SCOPE];
const INCOMPATIBLE_RIGHT: readonly ScopeKey[] = [IFI_SCOPE, LEP_SCOPE];

const name = (key: ScopeKey) => `« ${scopeByKey(key).shortLabel} »`;

function combinationViolations(selected: ReadonlySet<ScopeKey>): ScopeRuleViolation[] {
  const violations: ScopeRuleViolation[] = [];
  const ticked = selected.has.bind(selected);

  if (!ticked(LEP_SCOPE) && !YEAR_SCOPES.some(ticked)) {
    violations.push({
      rule: 'au-moins-une-annee',
      message: 'Cochez au moins une année de revenus : N-1, N-2, N-3 ou « N-1 ou N-2 ».',
      scopes: [],
    });
  }

  const exactYears = YEAR_SCOPES.filter((k) => k !== FALLBACK_YEAR_SCOPE && ticked(k));
  if (ticked(FALLBACK_YEAR_SCOPE) && exactYears.length > 0) {
    violations.push({
      rule: 'annee-repli-exclusive',
      message: `L'${scopeByKey(FALLBACK_YEAR_SCOPE).shortLabel} ne peut pas être demandée avec ${exactYears.map((k) => `l'${scopeByKey(k).shortLabel}`).join(', ')} : gardez l'une ou les autres.`,
      scopes: [FALLBACK_YEAR_SCOPE, ...exactYears],
    });
  }

  for (const left of INCOMPATIBLE_LEFT) {
    for (const right of INCOMPATIBLE_RIGHT) {
      if (ticked(left) && ticked(right)) {
        violations.push({
          rule: 'combinaison-interdite',
          message: `${name(left)} et ${name(right)} ne peuvent pas être demandées ensemble.`,
          scopes: [left, right],
        });
      }
    }
  }

  if (ticked(LEP_SCOPE) && selected.size > 1) {
    violations.push({
      rule: 'lep-seul',
      message: `${name(LEP_SCOPE)} doit être la seule donnée demandée : décochez les autres.`,
      scopes: [...selected],
    });
  }
  return violations;
}

function eligibilityViolations(selected: ReadonlySet<ScopeKey>, organisationType: OrganisationType | ''): ScopeRuleViolation[] {
  if (organisationType === 'banque') {
    const others = [...selected].filter((k) => k !== LEP_SCOPE);
    return others.length > 0
      ? [
          {
            rule: 'banque-lep-uniquement',
            message: `Une banque ne peut demander que ${name(LEP_SCOPE)}.`,
            scopes: others,
          },
        ]
      : [];
  }
  return selected.has(LEP_SCOPE)
    ? [{ rule: 'lep-banques', message: `${name(LEP_SCOPE)} est réservé aux établissements bancaires.`, scopes: [LEP_SCOPE] }]
    : [];
}

export function scopeRuleViolations(selected: readonly ScopeKey[], options: ScopeRuleOptions): ScopeRuleViolation[] {
  const set = new Set(selected);
  return [
    ...(options.hasSpecificRequirements ? [] : combinationViolations(set)),
    ...eligibilityViolations(set, options.organisationType),
  ];
}
