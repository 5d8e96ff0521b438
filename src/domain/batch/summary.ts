import { useCaseById } from '../catalogue/use-cases';
import type { Dossier } from '../dossier/model';
import { stepById } from '../steps';
import { CHECKLIST_STATUS_LABELS, type Verdict, type VerdictState } from '../verdict';
import type { RowProblem } from './row';

/**
 * What a batch produced, row by row: for each collectivité its verdict, read from the verdict
 * itself (the same function as the synthesis and the checklist), what it still misses, in the
 * verdict's own words, and the files written; for each refused row, its line and reasons.
 */
export interface MissingItem {
  /** "Personnes impliquées". */
  step: string;
  level: 'todo' | 'review';
  message: string;
}

export interface BatchFileName {
  path: string;
  label: string;
}

export interface BatchEntry {
  line: number;
  name: string;
  siret: string;
  useCase: string;
  state: VerdictState;
  counts: Verdict['counts'];
  missing: readonly MissingItem[];
  /** The row's folder, relative to the batch's. */
  folder: string;
  /** The files written, relative to the row's folder, each with what it is ("Projet de délibération (.docx)"). */
  files: readonly BatchFileName[];
}

export interface RefusedRow {
  line: number;
  problems: readonly RowProblem[];
}

export interface BatchSummary {
  entries: readonly BatchEntry[];
  refused: readonly RefusedRow[];
  /** Headers of the table that name no column: their cells were not read. */
  ignoredColumns: readonly string[];
}

export const STATE_LABELS: Record<VerdictState, string> = {
  ready: CHECKLIST_STATUS_LABELS.ready,
  todo: CHECKLIST_STATUS_LABELS.todo,
  review: CHECKLIST_STATUS_LABELS.review,
};

export function summaryEntry(line: number, dossier: Dossier, verdict: Verdict, folder: string, files: readonly BatchFileName[]): BatchEntry {
  return {
    line,
    name: dossier.organisation.name,
    siret: dossier.organisation.siret,
    useCase: dossier.useCase.id ? useCaseById(dossier.useCase.id).label : '',
    state: verdict.state,
    counts: verdict.counts,
    // Every point to do and every point to review not kept with a reason: a point to do is never
    // kept (the verdict only keeps review points), so what is not kept is what is still missing.
    missing: verdict.findings.filter((f) => f.keptReason === null).map((f) => ({ step: stepById(f.step).title, level: f.level, message: f.message })),
    folder,
    files,
  };
}

/** "3 prêts, 12 à compléter (10 à faire, 2 à revoir), 1 ligne refusée". */
export function summaryCounts(summary: BatchSummary): { ready: number; todo: number; review: number; refused: number } {
  const count = (state: VerdictState) => summary.entries.filter((e) => e.state === state).length;
  return { ready: count('ready'), todo: count('todo'), review: count('review'), refused: summary.refused.length };
}

/** Refused rows in line order, each row once with all its reasons. */
export function refusedRows(problems: readonly RowProblem[]): RefusedRow[] {
  const byLine = new Map<number, RowProblem[]>();
  for (const p of problems) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  return [...byLine.entries()].sort(([a], [b]) => a - b).map(([line, list]) => ({ line, problems: list }));
}

/** "Ligne 5, colonne « SIRET » : …". */
export function problemText(p: RowProblem): string {
  return `Ligne ${p.line}${p.column ? `, colonne « ${p.column} »` : ''} : ${p.message}`;
}
