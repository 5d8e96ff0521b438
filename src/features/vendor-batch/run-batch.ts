import {
  duplicateProblem,
  matchHeaders,
  refusedRows,
  rowCells,
  rowToDossier,
  summaryEntry,
  type BatchEntry,
  type BatchSummary,
  type RowProblem,
  type Table,
} from '../../domain/batch';
import { todayIso } from '../../domain/dates';
import type { Dossier } from '../../domain/dossier/model';
import { safeFileName } from '../../domain/dossier/file-name';
import { useCaseById } from '../../domain/catalogue/use-cases';
import { buildVerdict } from '../../domain/verdict';
import type { VendorModel } from '../../domain/vendor';
import type { DocumentKind, GeneratedDocument } from '../documents/generate';
import { linksHtml, linksText } from './links';
import { summaryCsv, summaryHtml } from './summary-files';

/**
 * The batch, row after row: each good row's dossier (the .json the app imports), its three
 * documents (through the same generator as the app and `npm run documents`), its DataPass links,
 * then the summary of the whole table. The command line writes the files to a folder, the page
 * into a zip: the same files either way. A refused row, or one whose documents fail, is
 * reported and the next rows are still produced; nothing of a failed row is written.
 */
export interface BatchFile {
  /** Relative to the batch's folder, "/"-separated. */
  path: string;
  bytes: Uint8Array;
}

type RowFile = BatchFile & { label: string };

export interface BatchDeps {
  generate: (kind: DocumentKind, dossier: Dossier) => Promise<GeneratedDocument>;
  /** Throws with a French sentence when the file cannot be written. */
  write: (file: BatchFile) => Promise<void> | void;
  /** After each row. */
  progress?: (done: number, total: number) => void;
  /** Rows produced at once: more than one only helps when `generate` runs on other threads. */
  concurrency?: number;
  now: Date;
  newId: () => string;
}

export interface BatchInput {
  model: VendorModel;
  table: Table;
  tableName: string;
}

export type BatchResult = { ok: true; summary: BatchSummary } | { ok: false; message: string };

export const SUMMARY_FILES = { html: 'synthese.html', csv: 'synthese.csv' } as const;
export const LINKS_FILES = { html: 'liens-datapass.html', txt: 'liens-datapass.txt' } as const;

const DOCUMENT_KINDS: readonly DocumentKind[] = ['deliberation', 'checklist', 'sheet'];
const DOCUMENT_NAMES: Record<DocumentKind, string> = {
  deliberation: 'projet de délibération',
  checklist: 'liste de contrôle',
  sheet: 'fiche de saisie DataPass',
};
const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  deliberation: 'Projet de délibération (.docx)',
  checklist: 'Liste de contrôle (PDF)',
  sheet: 'Fiche de saisie DataPass (.txt)',
};

const encoder = new TextEncoder();

/** "commune-de-saint-exemple-cantine-scolaire"; a second collectivité of the same name gets its SIRET. */
function folderName(d: Dossier, taken: Set<string>): string {
  const useCase = d.useCase.id ? useCaseById(d.useCase.id).label : '';
  const slug = (text: string) => safeFileName(text, 'x').slice(0, -2);
  let name = `${slug(d.organisation.name)}-${slug(useCase)}`;
  if (taken.has(name)) name = `${name}-${d.organisation.siret.replace(/\D/g, '')}`;
  taken.add(name);
  return name;
}

async function rowFiles(d: Dossier, deps: BatchDeps): Promise<{ ok: true; files: RowFile[] } | { ok: false; message: string }> {
  const files: RowFile[] = [
    { path: safeFileName(d.title, 'json'), label: 'Dossier à importer dans l’outil (.json)', bytes: encoder.encode(JSON.stringify(d, null, 2)) },
  ];
  for (const kind of DOCUMENT_KINDS) {
    try {
      const document = await deps.generate(kind, d);
      files.push({ path: document.filename, label: DOCUMENT_LABELS[kind], bytes: document.bytes });
    } catch (error) {
      const detail = error instanceof Error ? error.message || error.name : String(error);
      return { ok: false, message: `la génération du document « ${DOCUMENT_NAMES[kind]} » a échoué (détail technique : ${detail}).` };
    }
  }
  files.push(
    { path: LINKS_FILES.html, label: 'Liens DataPass pré-remplis (page web)', bytes: encoder.encode(linksHtml(d)) },
    { path: LINKS_FILES.txt, label: 'Liens DataPass pré-remplis (texte)', bytes: encoder.encode(linksText(d)) },
  );
  return { ok: true, files };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runBatch(input: BatchInput, deps: BatchDeps): Promise<BatchResult> {
  const match = matchHeaders(input.table.headers);
  if (!match.ok) return match;
  const rows = rowCells(input.table, match.columns);
  if (rows.length === 0) {
    return { ok: false, message: 'Le tableau n’a aucune ligne de collectivité sous la ligne des titres de colonnes.' };
  }

  const today = todayIso(deps.now);
  const problems: RowProblem[] = [];
  let done = 0;
  const rowDone = () => deps.progress?.(++done, rows.length);

  // First every row's dossier, in the table's order: refusals, duplicates and folder names do
  // not depend on which documents are generated first.
  const seen = new Map<string, number>();
  const folders = new Set<string>();
  const accepted: { line: number; dossier: Dossier; folder: string }[] = [];
  for (const row of rows) {
    const result = rowToDossier(input.model, row, { id: deps.newId(), now: deps.now, today });
    const duplicate = result.ok ? duplicateProblem(seen, result.dossier, row.line) : null;
    if (!result.ok) problems.push(...result.problems);
    else if (duplicate) problems.push(duplicate);
    else accepted.push({ line: row.line, dossier: result.dossier, folder: folderName(result.dossier, folders) });
    if (!result.ok || duplicate) rowDone();
  }

  // Then their files, several rows at a time when the documents are generated on several threads.
  const entries: BatchEntry[] = [];
  const produce = async ({ line, dossier, folder }: (typeof accepted)[number]) => {
    const produced = await rowFiles(dossier, deps);
    if (!produced.ok) problems.push({ line, column: null, message: produced.message });
    else {
      try {
        for (const file of produced.files) await deps.write({ path: `${folder}/${file.path}`, bytes: file.bytes });
        entries.push(
          summaryEntry(
            line,
            dossier,
            buildVerdict(dossier, today),
            folder,
            produced.files.map(({ path, label }) => ({ path, label })),
          ),
        );
      } catch (error) {
        problems.push({ line, column: null, message: describe(error) });
      }
    }
    rowDone();
  };
  let next = 0;
  const lane = async () => {
    while (next < accepted.length) await produce(accepted[next++] as (typeof accepted)[number]);
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 1) }, lane));

  entries.sort((a, b) => a.line - b.line);
  const summary: BatchSummary = { entries, refused: refusedRows(problems), ignoredColumns: match.ignored };
  const context = {
    vendorName: input.model.vendorName,
    tableName: input.tableName,
    producedAt: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(deps.now),
  };
  await deps.write({ path: SUMMARY_FILES.html, bytes: encoder.encode(summaryHtml(summary, context)) });
  await deps.write({ path: SUMMARY_FILES.csv, bytes: encoder.encode(summaryCsv(summary)) });
  return { ok: true, summary };
}
