import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FONT_FILES, TEMPLATE_FILES, type DocumentTemplates } from './assets';
import type { PdfFonts } from './checklist/pdf-writer';

/** The same templates and fonts as the browser gets, read from the repository (CLI and tests). */
const root = fileURLToPath(new URL('../../../', import.meta.url));

export function nodeTemplates(): DocumentTemplates {
  return Object.fromEntries(Object.entries(TEMPLATE_FILES).map(([key, file]) => [key, readFileSync(root + file, 'utf8')])) as unknown as DocumentTemplates;
}

// eslint-disable-next-line @typescript-eslint/require-await -- the contract of the browser's loader, which fetches: a missing file rejects, it does not throw
export async function nodeFonts(): Promise<PdfFonts> {
  return { regular: new Uint8Array(readFileSync(root + FONT_FILES.regular)), bold: new Uint8Array(readFileSync(root + FONT_FILES.bold)) };
}
