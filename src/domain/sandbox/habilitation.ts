import { resourceById, RESOURCES, type ResourceId } from '../api/resources';
import { DEPENDANT_BOXES } from '../catalogue/dependant-boxes';
import { ACCESS_MODES } from '../catalogue/software';
import { DEPENDANTS_DETAIL_SCOPE, FALLBACK_YEAR_SCOPE, SCOPES, type ScopeKey } from '../catalogue/scopes';
import { yearOf, type IsoDate } from '../dates';
import type { Dossier } from '../dossier/model';
import type { AccessModeId } from './routes';

/**
 * What a dossier's habilitation would open at the DGFiP, read from its ticked scopes: the
 * resources (hence the gateway token scopes), the response fields, the income years and the
 * access modes. The DGFiP returns only contracted data; the tester shows the difference.
 */
export interface Habilitation {
  scopes: readonly ScopeKey[];
  /** Response field (dotted path) → the ticked scope that opens it. */
  fields: ReadonlyMap<string, ScopeKey>;
  resources: readonly ResourceId[];
  tokenScopes: readonly string[];
  modes: readonly AccessModeId[];
}

export function habilitationOf(dossier: Pick<Dossier, 'data' | 'organisation'>): Habilitation {
  const ticked = SCOPES.filter((s) => dossier.data.scopes.includes(s.key));
  const fields = new Map<string, ScopeKey>();
  for (const scope of ticked) {
    // The dependants' detail gives only the boxes the dossier named in its expression de besoin.
    const opened =
      scope.key === DEPENDANTS_DETAIL_SCOPE ? DEPENDANT_BOXES.filter((b) => dossier.data.dependantBoxes.includes(b.box)).map((b) => b.field) : scope.fields;
    for (const field of opened) if (!fields.has(field)) fields.set(field, scope.key);
  }
  const opened = new Set(ticked.flatMap((s) => s.resources));
  const resources = RESOURCES.filter((r) => opened.has(r.id)).map((r) => r.id);
  const accessMode = dossier.organisation.accessMode;
  return {
    scopes: ticked.map((s) => s.key),
    fields,
    resources,
    tokenScopes: [...new Set(resources.map((id) => resourceById(id).tokenScope))],
    modes: accessMode === '' ? ACCESS_MODES.map((m) => m.id) : [accessMode],
  };
}

/**
 * How many years before the call's calendar year each year scope reaches. DataPass's "N-1" is
 * the calendar year minus one, taxed or not; "N-1 ou N-2" is whichever of the two is available.
 */
const YEAR_OFFSETS: Partial<Record<ScopeKey, readonly number[]>> = {
  dgfip_annee_n_moins_1: [1],
  dgfip_annee_n_moins_2: [2],
  dgfip_annee_n_moins_3: [3],
  [FALLBACK_YEAR_SCOPE]: [1, 2],
};

/** The income years the habilitation covers for a call made on `day`, most recent first. */
export function coveredYears(habilitation: Habilitation, day: IsoDate): number[] {
  const offsets = habilitation.scopes.flatMap((k) => YEAR_OFFSETS[k] ?? []);
  return [...new Set(offsets)].sort((a, b) => a - b).map((offset) => yearOf(day) - offset);
}

/** Any scope of the catalogue that would open a field, ticked or not (to say what is missing). */
export function scopeOpening(fieldPath: string): ScopeKey | null {
  const covers = (field: string) => fieldPath === field || fieldPath.startsWith(`${field}.`);
  return SCOPES.find((s) => s.fields.some(covers))?.key ?? null;
}
