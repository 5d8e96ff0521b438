import { methodById, RESIDENCE_NEED, type DataNeed } from './catalogue/methods';
import { LEP_SCOPE, SCOPES, YEAR_SCOPES, FALLBACK_YEAR_SCOPE, type ScopeKey } from './catalogue/scopes';
import { adviseYears } from './years';
import type { Dossier } from './dossier/model';

/**
 * Strict minimisation: the data a dossier needs are exactly what its calculation method (with
 * its parameters), its residence criterion and its campaign calendar need. Anything ticked
 * beyond that must be justified in writing; anything needed but unticked breaks the method.
 */
export interface NeededScope {
  scope: ScopeKey;
  /** Each completes "Nécessaire pour : …". */
  purposes: string[];
}

type MinimisationInput = Pick<Dossier, 'organisation' | 'method'>;

function methodNeeds(dossier: MinimisationInput): DataNeed[] {
  const { method, organisation } = dossier;
  if (organisation.type === 'banque') {
    return [{ scope: LEP_SCOPE, purpose: "vérifier l'éligibilité au Livret d'Épargne Populaire" }];
  }
  // Stryker disable next-line ArrayDeclaration: equivalent, an entry that is not a need names no scope of the catalogue, so minimumData drops it.
  const needs: DataNeed[] = [];
  if (method.id) {
    const calculation = methodById(method.id);
    needs.push(...calculation.needs(method).map((need) => ({ ...need, purpose: `${need.purpose} (méthode « ${calculation.label} »)` })));
  }
  if (method.checksResidence && method.id !== 'residence') needs.push(RESIDENCE_NEED);
  return needs;
}

/** The income year the campaign's dates advise; null without both dates, or for a bank, which asks none. */
export function advisedYear(dossier: MinimisationInput): ScopeKey | null {
  if (dossier.organisation.type === 'banque') return null;
  return adviseYears(dossier.method.campaignStart, dossier.method.campaignEnd)?.recommended ?? null;
}

/** The income year to ask for, from the campaign's dates when they are known. */
export function neededYear(dossier: MinimisationInput): DataNeed | null {
  if (dossier.organisation.type === 'banque') return null;
  const advised = advisedYear(dossier);
  if (advised) return { scope: advised, purpose: 'disposer des revenus disponibles pendant la campagne' };
  return { scope: FALLBACK_YEAR_SCOPE, purpose: 'disposer de la dernière année de revenus disponible au jour du calcul' };
}

export function minimumData(dossier: MinimisationInput): NeededScope[] {
  const year = neededYear(dossier);
  // Stryker disable next-line ArrayDeclaration: equivalent, an entry that is not a need names no scope of the catalogue and is dropped below.
  const needs = [...(year ? [year] : []), ...methodNeeds(dossier)];
  const byScope = new Map<ScopeKey, string[]>();
  for (const need of needs) {
    const purposes = byScope.get(need.scope) ?? [];
    // Stryker disable next-line ConditionalExpression: equivalent, no method of the catalogue gives one datum the same purpose twice (residence is not doubled by its own method), so nothing is ever deduplicated.
    if (!purposes.includes(need.purpose)) purposes.push(need.purpose);
    byScope.set(need.scope, purposes);
  }
  // Catalogue order, so that lists read in the same order as the DataPass form.
  return SCOPES.flatMap((s) => {
    const purposes = byScope.get(s.key);
    return purposes ? [{ scope: s.key, purposes }] : [];
  });
}

export interface MinimisationReport {
  needed: NeededScope[];
  /** Ticked although nothing needs them: each needs a written justification. */
  extra: ScopeKey[];
  /** Needed by the method but not ticked (years excepted: any one year will do). */
  missing: NeededScope[];
}

export function compareWithMinimum(dossier: MinimisationInput, selected: readonly ScopeKey[]): MinimisationReport {
  const needed = minimumData(dossier);
  const neededKeys = new Set(needed.map((n) => n.scope));
  const isYear = (k: ScopeKey) => YEAR_SCOPES.includes(k);
  const selectedYears = selected.filter(isYear);
  // One year is always needed; it need not be the advised one, so only years beyond the first
  // (or beyond the advised one, when it is ticked) count as extra.
  const keptYear = selectedYears.find((k) => neededKeys.has(k)) ?? selectedYears[0];
  const extra = selected.filter((k) => (isYear(k) ? k !== keptYear : !neededKeys.has(k)));
  const missing = needed.filter((n) => !isYear(n.scope) && !selected.includes(n.scope));
  return { needed, extra, missing };
}
