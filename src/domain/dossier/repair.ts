import { prepareDossierValue, readDossierValue } from './read-dossier';
import { newDossier } from './new-dossier';
import { storageProblems } from './storable';
import type { Dossier } from './model';
import { STEPS } from '../steps';
import { summariseDossier } from '../summary';

/**
 * Opening a stored dossier that does not load: which values cannot be read, and the dossier
 * rebuilt from the user's decision on each (keep a corrected text, or drop the value for its
 * blank). Everything else is kept as it is. Pure and total: any stored text gives an answer.
 */
export type Path = readonly (string | number)[];

export interface UnreadableValue {
  path: Path;
  /** The value as stored, as text: what the user sees and corrects. */
  raw: string;
  /** Absent from the file altogether (nothing to show). */
  absent: boolean;
  /** The value is a text: a correction is kept as typed, not read as JSON. */
  isText: boolean;
  message: string;
}

export type Diagnosis =
  | { kind: 'readable'; dossier: Dossier }
  /** Not a dossier that values can fix: not JSON, another file, a newer format… */
  | { kind: 'unrepairable'; message: string }
  | { kind: 'repairable'; base: Record<string, unknown>; problems: UnreadableValue[] };

export type Decision = { action: 'drop' } | { action: 'replace'; text: string };

export const pathKey = (path: Path): string => JSON.stringify(path);

function isContainer(value: unknown): value is Record<string | number, unknown> {
  // Stryker disable next-line ConditionalExpression: out of reach, the paths walked are those the model found in the stored value and their parts, never through a text or a number.
  return typeof value === 'object' && value !== null;
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (!isContainer(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

function asText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, @typescript-eslint/no-base-to-string -- JSON.stringify returns undefined for a function or a symbol, whatever its declared type says: String() names those
  return JSON.stringify(value) ?? String(value);
}

/** A new dossier of this id: what each place holds when blank. Built once per repair, read many times. */
function blankDossier(id: string): unknown {
  return newDossier(id, 'Dossier réparé');
}

function unreadable(base: Record<string, unknown>, blank: unknown): UnreadableValue[] {
  const seen = new Set<string>();
  const problems: UnreadableValue[] = [];
  for (const problem of storageProblems(base)) {
    const key = pathKey(problem.path);
    if (seen.has(key)) continue;
    seen.add(key);
    const value = valueAt(base, problem.path);
    problems.push({
      path: problem.path,
      raw: asText(value),
      absent: value === undefined,
      isText: problem.expectsText || typeof value === 'string' || typeof valueAt(blank, problem.path) === 'string',
      message: problem.message,
    });
  }
  return problems;
}

export function diagnose(text: string, id: string): Diagnosis {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unrepairable', message: "Son contenu n'est pas du JSON lisible : il a sans doute été tronqué ou modifié hors de l'outil." };
  }
  const read = readDossierValue(value);
  if (read.ok) return { kind: 'readable', dossier: read.dossier };
  // Only answers are repaired here; a file of another kind or format is refused as the import does.
  const prepared = prepareDossierValue(value);
  if (!prepared.ok) return { kind: 'unrepairable', message: prepared.message };
  return { kind: 'repairable', base: prepared.value, problems: unreadable(prepared.value, blankDossier(id)) };
}

function removeAt(root: unknown, path: Path): void {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path.at(-1);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: out of reach, the path removed is a non-empty part of a path the model found in the stored value, so its parent is there.
  if (key === undefined || !isContainer(parent)) return;
  // A list is only ever addressed by its indexes (the model's paths give numbers there).
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else Reflect.deleteProperty(parent, key);
}

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path.at(-1);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: out of reach, the path set is a non-empty part of a path the model found in the stored value, so its parent is there.
  if (key !== undefined && isContainer(parent)) parent[key] = value;
}

/**
 * Dropping a value puts back the blank a new dossier has there. Inside a list (a tranche, a
 * ticked datum, a review), there is no blank row: the row itself goes. Inside a part a new
 * dossier holds as null (the vendor's model), the whole part goes.
 */
function drop(root: Record<string, unknown>, blank: unknown, path: Path): Path | null {
  // A part a new dossier does not have at all (the vendor's model: null) goes as a whole.
  const absentPart = path.findIndex((_, i) => valueAt(blank, path.slice(0, i + 1)) === null);
  if (absentPart >= 0) {
    setAt(root, path.slice(0, absentPart + 1), null);
    return null;
  }
  const blankValue = valueAt(blank, path);
  if (blankValue !== undefined) {
    // A copy: the same blank dossier serves every value of the repair.
    setAt(root, path, structuredClone(blankValue));
    return null;
  }
  // No blank here: the entry goes whole, the child of the deepest part a new dossier has, a row of
  // a list (a tranche, a ticked datum) or an entry of a record (a kept point, a DataPass request).
  // Removing only the unreadable key of an entry left the entry without it, and the dossier
  // unreadable still.
  const deepestKnown = path.findLastIndex((_, i) => valueAt(blank, path.slice(0, i + 1)) !== undefined);
  const removed = path.slice(0, deepestKnown + 2);
  removeAt(root, removed);
  return removed;
}

/** Whether `path` is `row` or lies inside it. */
const isWithin = (path: Path, row: Path): boolean => row.every((key, i) => path[i] === key);

function corrected(problem: UnreadableValue, text: string): unknown {
  if (problem.isText) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Rows removed last to first, so that removing one never shifts the next one's place. */
function byPlaceDescending(a: UnreadableValue, b: UnreadableValue): number {
  return pathKey(b.path).localeCompare(pathKey(a.path), 'en', { numeric: true });
}

export type RepairResult = { ok: true; dossier: Dossier } | { ok: false; problems: UnreadableValue[] };

/** The dossier with each decision applied; what still does not read is returned to decide again. */
export function applyRepairs(
  base: Record<string, unknown>,
  problems: readonly UnreadableValue[],
  decisions: ReadonlyMap<string, Decision>,
  fallbackId: string,
): RepairResult {
  const repaired = structuredClone(base);
  // The blank put back for an unreadable id is the id the dossier is opened under (the stored one, even a
  // string, did not read); no other blank depends on the id.
  const blank = blankDossier(fallbackId);
  // Once a row has gone, the rows after it have moved up: the other decisions about the gone row are moot,
  // and applied at its place they would change the row that took it.
  const removedRows: Path[] = [];
  for (const problem of [...problems].sort(byPlaceDescending)) {
    if (removedRows.some((row) => isWithin(problem.path, row))) continue;
    const decision = decisions.get(pathKey(problem.path));
    if (decision?.action === 'replace') setAt(repaired, problem.path, corrected(problem, decision.text));
    else if (decision?.action === 'drop') {
      const removed = drop(repaired, blank, problem.path);
      if (removed) removedRows.push(removed);
    }
  }
  const read = readDossierValue(repaired);
  if (read.ok) return { ok: true, dossier: read.dossier };
  return { ok: false, problems: unreadable(repaired, blank) };
}

/** Every unreadable value dropped: what the dossier reads as, to show what is kept. */
export function readablePart(base: Record<string, unknown>, problems: readonly UnreadableValue[], fallbackId: string): Dossier | null {
  const dropAll = new Map<string, Decision>(problems.map((p) => [pathKey(p.path), { action: 'drop' }]));
  const result = applyRepairs(base, problems, dropAll, fallbackId);
  return result.ok ? result.dossier : null;
}

const TOP_LEVEL_LABELS: Readonly<Record<string, string>> = {
  id: 'Identifiant du dossier',
  title: 'Titre du dossier',
  createdAt: 'Date de création',
  updatedAt: 'Date de dernière modification',
  visitedSteps: 'Étapes déjà ouvertes',
  version: 'Numéro de version',
  review: 'Relecture par le délégué à la protection des données',
  keptReviews: 'Points à revoir maintenus',
  datapassRequests: 'Suivi des demandes DataPass',
  vendor: "Modèle de l'éditeur",
};

/**
 * Where a value sits, in the words of the step that asks it ("Méthode de calcul et calendrier ›
 * Campagne"), with the technical path when no question names it.
 */
export function labelOf(path: Path, readable: Dossier | null): string {
  const [head, ...rest] = path;
  const step = STEPS.find((s) => s.section === head);
  if (!step) return TOP_LEVEL_LABELS[String(head)] ?? path.join('.');
  // Stryker disable next-line OptionalChaining: out of reach, the summary has a part for every step.
  const rows = readable ? summariseDossier(readable).find((s) => s.step === step.id)?.rows : undefined;
  const row = rows?.find((r) => r.path.join('.') === rest.join('.'));
  return `${step.title} › ${row?.label ?? rest.join('.')}`;
}
