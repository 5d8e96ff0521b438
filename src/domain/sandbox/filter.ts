import type { ScopeKey } from '../catalogue/scopes';
import { scopeOpening, type Habilitation } from './habilitation';

/**
 * The habilitation filter: splits a response body into what the dossier's habilitation would
 * return and what the DGFiP would withhold, field by field. A leaf passes only when a ticked
 * scope opens it and the income year is covered; anything unknown is withheld, so the filter
 * can err only on the side of returning less.
 */

export interface WithheldField {
  /** Where it sits in the body ("situationsIR[1].rfr"). */
  path: string;
  value: unknown;
  reason: 'field' | 'year';
  /** The scope that would open it, or null when no DataPass scope does. */
  openedBy: ScopeKey | null;
}

export interface ReturnedField {
  path: string;
  value: unknown;
  openedBy: ScopeKey;
}

export interface FilterResult {
  /** The body as the habilitation would receive it (same structure, fewer fields). */
  returned: unknown;
  returnedFields: ReturnedField[];
  withheld: WithheldField[];
  /** The income year the response is about, when known. */
  year: number | null;
  yearCovered: boolean;
}

/** Arrays whose items are whole situations (IR multiple): fields inside are named as at the top. */
const ENVELOPES: ReadonlySet<string> = new Set(['situationsIR']);

interface Leaf {
  path: string;
  /** The field's keys for the habilitation (["pac", "nbPacF"]), envelopes left out. */
  field: string[];
  keys: (string | number)[];
  value: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * No API answer nests deeper than a few levels; past this one, what is left is one leaf, withheld
 * (no scope opens it), so that a host's absurd body cannot exhaust the stack.
 */
export const MAX_BODY_DEPTH = 32;

function leaves(value: unknown, keys: (string | number)[], field: string[], out: Leaf[]): Leaf[] {
  const path = keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
  if (keys.length >= MAX_BODY_DEPTH) {
    out.push({ path, field, keys, value });
  } else if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) leaves(v, [...keys, k], [...field, k], out);
  } else if (Array.isArray(value) && keys.length === 1 && ENVELOPES.has(String(keys[0]))) {
    value.forEach((item, i) => leaves(item, [...keys, i], [], out));
  } else {
    out.push({ path, field, keys, value });
  }
  return out;
}

/** Own-property writes only: a key such as "__proto__" in a response stays a plain key. */
function setOwn(container: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

function place(target: Record<string, unknown> | unknown[], keys: readonly (string | number)[], value: unknown): void {
  let node: Record<string, unknown> | unknown[] = target;
  keys.forEach((key, i) => {
    const container = node as Record<string | number, unknown>;
    if (i === keys.length - 1) {
      setOwn(container, key, value);
      return;
    }
    if (!Object.prototype.hasOwnProperty.call(container, key)) setOwn(container, key, typeof keys[i + 1] === 'number' ? [] : {});
    node = container[key] as Record<string, unknown> | unknown[];
  });
}

/**
 * The scope that opens a field, itself or through a parent object ("aftDetail" opens
 * "aftDetail.voie"). Keys are compared one by one, so a key that merely contains a dot opens nothing.
 */
function openingScope(habilitation: Habilitation, field: readonly string[]): ScopeKey | null {
  for (const [opened, scope] of habilitation.fields) {
    const parts = opened.split('.');
    // Stryker disable next-line ConditionalExpression: equivalent for the length check → true, an opened path longer than the field has a part the field lacks, and undefined equals no part.
    if (parts.length <= field.length && parts.every((part, i) => field[i] === part)) return scope;
  }
  return null;
}

export interface FilterContext {
  /** The annrev of the call; null for "deux ans", whose body says its year in annRevenu. */
  requestedYear: number | null;
  /** The years the habilitation covers on the (simulated) day of the call. */
  coveredYears: readonly number[];
}

export function filterResponse(body: unknown, habilitation: Habilitation, context: FilterContext): FilterResult {
  const bodyYear = isPlainObject(body) && typeof body.annRevenu === 'number' ? body.annRevenu : null;
  const year = context.requestedYear ?? bodyYear;
  // Stryker disable next-line ConditionalExpression: equivalent for `year !== null` → true, a list of years never includes null.
  const yearCovered = year !== null && context.coveredYears.includes(year);

  // API bodies are objects; anything else is withheld whole.
  const all: Leaf[] = isPlainObject(body)
    ? leaves(body, [], [], []).filter((l) => l.keys.length > 0)
    : body === undefined
      ? []
      : // Stryker disable next-line ArrayDeclaration: equivalent, a body that is not an object is one leaf that no scope opens whatever its field, and keys only place a returned leaf.
        [{ path: '', field: [], keys: [], value: body }];
  const returned: Record<string, unknown> = {};
  const returnedFields: ReturnedField[] = [];
  const withheld: WithheldField[] = [];
  for (const leaf of all) {
    const scope = yearCovered ? openingScope(habilitation, leaf.field) : null;
    if (scope) {
      place(returned, leaf.keys, leaf.value);
      returnedFields.push({ path: leaf.path, value: leaf.value, openedBy: scope });
    } else {
      withheld.push({ path: leaf.path, value: leaf.value, reason: yearCovered ? 'field' : 'year', openedBy: scopeOpening(leaf.field.join('.')) });
    }
  }
  // Keep every situation of an envelope in place, even one with nothing returned.
  for (const key of ENVELOPES) {
    const items = isPlainObject(body) ? body[key] : undefined;
    const kept = returned[key];
    if (Array.isArray(items) && Array.isArray(kept)) {
      const keptRows: readonly unknown[] = kept;
      returned[key] = items.map((_, i) => keptRows[i] ?? {});
    }
  }
  return { returned, returnedFields, withheld, year, yearCovered };
}
