import { useCaseById, type UseCaseId } from '../catalogue/use-cases';
import type { IsoDate } from '../dates';
import type { Dossier, SectionKey } from '../dossier/model';
import { withUseCase } from '../use-case-defaults';
import { normaliseSiret } from '../validators/siret';
import { startsWith, stepOfSection } from '../verdict/finding';
import { validateSection } from '../validation/validate';
import { dossierFromModel, prefilledScopes, type VendorModel } from '../vendor';
import { cellValue } from './cell-values';
import { BATCH_COLUMNS, type BatchColumn } from './columns';
import type { RowCells } from './table';

/**
 * One row of the table turned into a collectivité's dossier: the vendor's model first, as a
 * collectivité starting from it gets it, then the row's values written where the wizard writes
 * them, then judged by the steps' own rules. A value those rules call wrong (a SIRET whose key
 * is false, an e-mail without domain) refuses the row, with its line and column; a value still
 * missing does not: the summary lists it, as the synthesis would.
 */
export interface RowProblem {
  line: number;
  /** The column's header; null for the row as a whole. */
  column: string | null;
  message: string;
}

export interface ParsedRow {
  line: number;
  /** Each filled cell's value, by column key, as the wizard would hold it. */
  values: ReadonlyMap<string, string | readonly { upTo: string; price: string }[]>;
}

export type RowResult = { ok: true; dossier: Dossier } | { ok: false; problems: RowProblem[] };

/** Reads the row's cells; a required cell left empty or a value outside the catalogue is a problem. */
export function parseRow(row: RowCells): { ok: true; row: ParsedRow } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const values = new Map<string, string | { upTo: string; price: string }[]>();
  for (const column of BATCH_COLUMNS) {
    const text = row.cells[column.key];
    if (text === undefined) {
      if (column.required) problems.push({ line: row.line, column: column.header, message: 'cette colonne obligatoire est vide.' });
      continue;
    }
    const value = cellValue(column, text);
    if (value.ok) values.set(column.key, value.value);
    else problems.push({ line: row.line, column: column.header, message: value.message });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, row: { line: row.line, values } };
}

function withVisited(d: Dossier, section: SectionKey): Dossier {
  const step = stepOfSection(section);
  return d.visitedSteps.includes(step) ? d : { ...d, visitedSteps: [...d.visitedSteps, step] };
}

/** Writes one value at its column's place, as the step's form saves it. */
function write(d: Dossier, column: BatchColumn, value: string | readonly { upTo: string; price: string }[]): Dossier {
  // Choosing a use case prefills the project name, description and recipients (use-case step).
  if (column.key === 'useCase') return withUseCase(d, value as UseCaseId);
  const section = structuredClone(d[column.section]) as unknown as Record<string, unknown>;
  let target = section;
  for (const key of column.path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[String(column.path.at(-1))] = structuredClone(value);
  return { ...d, [column.section]: section };
}

/** The title the dossier list shows: "Cantine scolaire – Commune de Saint-Exemple", as the examples. */
export function batchTitle(row: ParsedRow): string {
  const useCase = row.values.get('useCase');
  const name = row.values.get('name');
  return [typeof useCase === 'string' ? useCaseById(useCase as UseCaseId).label : '', typeof name === 'string' ? name : ''].filter(Boolean).join(' – ');
}

/** The row's values over a dossier; the data step opened once, as the wizard does, when the method is known. */
export function applyRow(base: Dossier, row: ParsedRow): Dossier {
  let d = base;
  for (const column of BATCH_COLUMNS) {
    const value = row.values.get(column.key);
    if (value === undefined) continue;
    d = withVisited(write(d, column, value), column.section);
  }
  // Opening the data step ticks the minimum and what the vendor's software needs for the method:
  // without it the deliberation would list no data.
  if (d.method.id !== '' && !d.data.initialised) d = { ...d, data: { ...d.data, initialised: true, scopes: prefilledScopes(d) } };
  return d;
}

/** What the steps' rules call wrong in the values the row wrote. */
export function rowValueProblems(d: Dossier, row: ParsedRow, today: IsoDate): RowProblem[] {
  const written = BATCH_COLUMNS.filter((c) => row.values.has(c.key));
  const sections = [...new Set(written.map((c) => c.section))];
  return sections.flatMap((section) =>
    validateSection(section, d, today)
      .filter((issue) => issue.kind === 'invalid')
      .flatMap((issue) => {
        const column = written.find((c) => c.section === section && startsWith(issue.path, c.path));
        return column ? [{ line: row.line, column: column.header, message: issue.message }] : [];
      }),
  );
}

export interface RowOptions {
  id: string;
  now: Date;
  today: IsoDate;
}

/** A row of the table to a dossier started from the vendor's model, or the reasons it is refused. */
export function rowToDossier(model: VendorModel, cells: RowCells, options: RowOptions): RowResult {
  const parsed = parseRow(cells);
  if (!parsed.ok) return parsed;
  const dossier = applyRow(dossierFromModel(model, { id: options.id, now: options.now, title: batchTitle(parsed.row) }), parsed.row);
  const problems = rowValueProblems(dossier, parsed.row, options.today);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dossier };
}

/**
 * A second row for the same collectivité (same SIRET) and the same use case would overwrite the
 * first one's folder: it is refused, naming the line it repeats.
 */
export function duplicateProblem(seen: Map<string, number>, d: Dossier, line: number): RowProblem | null {
  const key = `${normaliseSiret(d.organisation.siret)}|${d.useCase.id}`;
  const first = seen.get(key);
  if (first !== undefined) {
    return { line, column: null, message: `même SIRET et même cas d’usage qu’à la ligne ${first} : une seule demande par collectivité et par cas d’usage.` };
  }
  seen.set(key, line);
  return null;
}
