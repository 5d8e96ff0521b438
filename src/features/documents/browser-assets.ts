import deliberation from '../../../templates/deliberation.md?raw';
import finalites from '../../../templates/finalites.md?raw';
import checklist from '../../../templates/liste-de-controle.md?raw';
import sheet from '../../../templates/fiche-datapass.md?raw';
import regularUrl from './fonts/DejaVuSans.ttf?url';
import boldUrl from './fonts/DejaVuSans-Bold.ttf?url';
import type { DocumentTemplates } from './assets';
import type { PdfFonts } from './checklist/pdf-writer';

/** Templates are bundled with the document code; fonts are fetched (and cached) when a PDF is asked for. */
export const browserTemplates: DocumentTemplates = { deliberation, finalites, checklist, sheet };

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The fonts, fetched once per page: the PDF writer keeps each parsed font and its text layouts for
 * the same bytes, so a second checklist costs half the first. A failed fetch is forgotten, so that
 * the next click tries again (offline, then back online).
 */
let fonts: Promise<PdfFonts> | null = null;

export function browserFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}
