import type { Table, TableRow } from '../../domain/batch';

/**
 * A vendor's table of collectivités, from the file as a spreadsheet saves it: XLSX, or CSV
 * separated by « ; » (Excel in French), « , » or tabs, in UTF-8 with or without BOM or in
 * Windows-1252 (Excel's "CSV (séparateur : point-virgule)" in France). Line numbers are the
 * spreadsheet's: the headers are line 1, and a quoted cell spanning several lines is one line.
 * Nothing here throws: a file that cannot be read is a French sentence.
 */
export type TableResult = { ok: true; table: Table; format: string } | { ok: false; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);
/** Old .xls files, and .xlsx files protected by a password, are OLE compound files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const isOle = (bytes: Uint8Array) => OLE_MAGIC.every((b, i) => bytes[i] === b);

/**
 * Windows-1252's bytes 0x80–0x9F (’ € œ … « smart » quotes). Browsers decode them so, but Node's
 * TextDecoder("windows-1252") reads them as Latin-1 control characters: the CLI would lose the
 * apostrophe of « Type d’organisation ». Characters from the WHATWG Encoding Standard's table.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** UTF-8 when it decodes as such (with or without BOM), else what Excel writes in France. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'UTF-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
    return { text, encoding: 'Windows-1252' };
  }
}

/** The separator of the header line, outside quotes: the most frequent of ; , and tab. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ';';
  for (const [separator, count] of counts) if (count > (counts.get(best) ?? 0)) best = separator;
  return best;
}

function tableOf(records: readonly (readonly string[])[]): Table | null {
  const [headers, ...rest] = records;
  if (!headers || headers.every((h) => h.trim() === '')) return null;
  const rows: TableRow[] = rest.map((cells, i) => ({ line: i + 2, cells }));
  return { headers: headers.map((h) => h.trim()), rows };
}

const EMPTY =
  'Le tableau est vide : sa première ligne doit nommer les colonnes (« Nom de la collectivité », « SIRET »…), et chaque ligne suivante décrire une collectivité.';

export async function readCsv(bytes: Uint8Array): Promise<TableResult> {
  const { default: Papa } = await import('papaparse');
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: detectSeparator(text), skipEmptyLines: false });
  // A quote never closed swallows the rest of the file: say where it opened.
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    return {
      ok: false,
      message: `Le fichier CSV a un guillemet ouvert qui n’est jamais fermé, à la ligne ${(unclosed.row ?? 0) + 1} : corrigez la cellule, ou enregistrez de nouveau le tableau depuis le tableur.`,
    };
  }
  // Papa reads a last line break as one more, empty, record.
  const records = parsed.data.filter((r, i) => !(i === parsed.data.length - 1 && r.length === 1 && r[0] === ''));
  const table = tableOf(records);
  return table
    ? { ok: true, table, format: `CSV, ${encoding}, séparateur « ${detectSeparator(text) === '\t' ? 'tabulation' : detectSeparator(text)} »` }
    : { ok: false, message: EMPTY };
}

/** A cell of the sheet as the text the vendor sees. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : '';
}

export async function readXlsx(bytes: Uint8Array): Promise<TableResult> {
  const { readSheet } = await import('read-excel-file/universal');
  let sheet: unknown[][];
  try {
    const buffer = bytes.slice().buffer;
    // Numbers as written in the file ("21990001200010", "0.35"): no float ever rounds a SIRET;
    // a decimal point becomes the French comma the steps read.
    sheet = await readSheet(buffer, { parseNumber: (text: string) => (/^-?\d+$/.test(text) ? text : text.replace('.', ',')) });
  } catch {
    return {
      ok: false,
      message:
        'Ce fichier XLSX ne se lit pas : il est abîmé, protégé par un mot de passe, ou ce n’est pas un classeur Excel. Enregistrez-le de nouveau depuis le tableur (.xlsx ou .csv).',
    };
  }
  const table = tableOf(sheet.map((row) => row.map(cellText)));
  return table ? { ok: true, table, format: 'XLSX, première feuille' } : { ok: false, message: EMPTY };
}

/** A CSV or an XLSX, told apart by content (an XLSX is a zip), whatever the file's name. */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<TableResult> {
  if (bytes.length === 0) return { ok: false, message: EMPTY };
  if (isZip(bytes)) return readXlsx(bytes);
  if (isOle(bytes) || /\.(xls|ods|numbers)$/i.test(fileName)) {
    return {
      ok: false,
      message:
        'Ce format de tableur n’est pas lu (ancien .xls, classeur protégé par un mot de passe, .ods) : enregistrez le tableau en .xlsx sans mot de passe ou en .csv (« Enregistrer sous »).',
    };
  }
  return readCsv(bytes);
}
