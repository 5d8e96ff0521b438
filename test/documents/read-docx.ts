import { strFromU8, unzipSync } from 'fflate';

/** Reads a generated .docx back: its main XML, its paragraphs' text and its tables' cells. */
export interface DocxContent {
  xml: string;
  paragraphs: string[];
  tables: string[][][];
  files: string[];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1] ?? ''))).join('');
}

export function readDocx(bytes: Uint8Array): DocxContent {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return {
    xml,
    files: Object.keys(files),
    paragraphs: [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0])).filter((t) => t !== ''),
    tables: [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
      [...t[1]!.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0]))),
    ),
  };
}

/** The rows (without header) of the table whose first header cell is `header`. */
export function tableRows(content: DocxContent, header: string): string[][] {
  const table = content.tables.find((t) => t[0]?.[0] === header);
  if (!table) throw new Error(`No table headed "${header}"`);
  return table.slice(1);
}
