import { BATCH_COLUMNS, headerKey, type BatchColumn } from './columns';

/**
 * A table as read from a CSV or XLSX file, before anything is judged: its first row (the
 * headers) and the rows below, each with its line number as the spreadsheet shows it (the
 * headers are line 1), so that a message names the line the vendor sees.
 */
export interface TableRow {
  line: number;
  cells: readonly string[];
}

export interface Table {
  headers: readonly string[];
  rows: readonly TableRow[];
}

/** A row's cells by column key, empty cells left out. */
export interface RowCells {
  line: number;
  cells: Readonly<Partial<Record<string, string>>>;
}

export type HeaderMatch = { ok: true; columns: readonly (BatchColumn | null)[]; ignored: readonly string[] } | { ok: false; message: string };

const quoted = (headers: readonly string[]) => headers.map((h) => `« ${h} »`).join(', ');

/** Spreadsheet column letters: A, B, … Z, AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Which column each header names. Headers are compared without case, accents nor punctuation;
 * a header the tool does not know is ignored (and said), a required column missing or a column
 * given twice stops the table, with a French message naming them.
 */
export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const byKey = new Map<string, BatchColumn>();
  for (const column of BATCH_COLUMNS) for (const name of [column.header, ...column.aliases]) byKey.set(headerKey(name), column);

  const columns = headers.map((h) => byKey.get(headerKey(h)) ?? null);
  const ignored = headers.filter((h, i) => columns[i] === null && h.trim() !== '');

  const twice = BATCH_COLUMNS.flatMap((column) => {
    const at = columns.flatMap((c, i) => (c === column ? [i] : []));
    return at.length > 1 ? [`« ${column.header} » (colonnes ${at.map(columnLetter).join(' et ')})`] : [];
  });
  if (twice.length > 0) {
    return { ok: false, message: `Une même colonne figure deux fois dans le tableau : ${twice.join(', ')}. Gardez-en une seule.` };
  }

  const missing = BATCH_COLUMNS.filter((c) => c.required && !columns.includes(c)).map((c) => c.header);
  if (missing.length > 0) {
    const one = missing.length === 1;
    return {
      ok: false,
      message: `${one ? 'Il manque la colonne obligatoire' : 'Il manque les colonnes obligatoires'} ${quoted(missing)}. La première ligne du tableau doit nommer les colonnes ; celles qui ont été lues : ${headers.length > 0 ? quoted(headers) : 'aucune'}.`,
    };
  }
  return { ok: true, columns, ignored };
}

/** Each row's non-empty cells by column key; rows with no cell at all are left out. */
export function rowCells(table: Table, columns: readonly (BatchColumn | null)[]): RowCells[] {
  return table.rows.flatMap((row) => {
    const cells: Record<string, string> = {};
    row.cells.forEach((cell, i) => {
      const column = columns[i];
      const value = cell.trim();
      if (column && value !== '') cells[column.key] = value;
    });
    return row.cells.some((c) => c.trim() !== '') ? [{ line: row.line, cells }] : [];
  });
}
