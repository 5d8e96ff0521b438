import { INCOME_BASES, methodById } from '../catalogue/methods';
import { scopeByKey, type ScopeKey } from '../catalogue/scopes';
import type { MethodSection } from '../dossier/model';
import { must } from '../must';
import { simulate, type Household } from '../pricing';

/**
 * The tariff a household would get under the dossier's calculation method, computed from what
 * the habilitation returns (never from withheld fields): the method says which data it needs,
 * the catalogue says which response field holds each.
 */
export interface TariffInput {
  scope: ScopeKey;
  field: string;
  value: number;
}

export type TariffOutcome =
  { ok: true; inputs: TariffInput[]; lines: string[]; result: string; situationNote: string | null } | { ok: false; reason: string; missing: ScopeKey[] };

function valueAt(body: unknown, path: string): unknown {
  // Stryker disable next-line ConditionalExpression: equivalent for `typeof node === 'object'` → true, a truthy text or number has none of the catalogue's field names as a property.
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), body);
}

/** IR multiple returns several periods: the tariff reads the most recent one. */
function situationOf(returned: unknown): { situation: unknown; note: string | null } {
  // Stryker disable next-line ConditionalExpression: equivalent for `typeof returned === 'object'` → true, a truthy text or number has no situationsIR.
  const periods = returned && typeof returned === 'object' ? (returned as Record<string, unknown>).situationsIR : undefined;
  if (Array.isArray(periods) && periods.length > 0) {
    return { situation: periods[periods.length - 1], note: periods.length > 1 ? `Calcul sur la dernière des ${periods.length} périodes de l'année.` : null };
  }
  return { situation: returned, note: null };
}

export function tariffFromResponse(returned: unknown, method: MethodSection): TariffOutcome {
  if (method.id === '') return { ok: false, reason: "Choisissez une méthode de calcul à l'étape 3 pour simuler un tarif.", missing: [] };
  const { situation, note } = situationOf(returned);
  // Which Household input each scope feeds; other needs (the address) are not amounts.
  const role: Partial<Record<ScopeKey, keyof Household>> = {
    [INCOME_BASES[method.incomeBasis].scope]: 'income',
    dgfip_nbpart: 'parts',
    dgfip_pac_nbPac: 'dependants',
  };
  // Inputs the method does not need keep neutral values that simulate() ignores.
  const household: Household = { income: 0, parts: 1, dependants: 0 };
  const inputs: TariffInput[] = [];
  const missing: ScopeKey[] = [];
  for (const need of methodById(method.id).needs(method)) {
    const key = role[need.scope];
    if (!key) continue;
    // Stryker disable next-line StringLiteral: out of reach, every scope of the catalogue names at least one field.
    const field = must(scopeByKey(need.scope).fields[0], `a field of ${need.scope}`);
    const value = valueAt(situation, field);
    // Stryker disable next-line ConditionalExpression: equivalent for the typeof → true, Number.isFinite is false for anything but a number (the typeof is for TypeScript).
    if (typeof value === 'number' && Number.isFinite(value)) {
      household[key] = value;
      inputs.push({ scope: need.scope, field, value });
      // Stryker disable next-line ConditionalExpression: equivalent for `!missing.includes(need.scope)` → true, no method of the catalogue needs the same datum twice.
    } else if (!missing.includes(need.scope)) {
      missing.push(need.scope);
    }
  }
  if (missing.length > 0) {
    const names = missing.map((k) => `« ${scopeByKey(k).shortLabel} »`).join(' et ');
    return { ok: false, reason: `La réponse ne contient pas ${names} : la méthode de calcul ne peut pas s'appliquer à ce foyer.`, missing };
  }
  const simulation = simulate(method, household);
  if (!simulation.ok) return { ok: false, reason: simulation.reason, missing: [] };
  return { ok: true, inputs, lines: simulation.lines, result: simulation.result, situationNote: note };
}
