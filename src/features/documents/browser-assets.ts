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

export async function browserFonts(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  return { regular, bold };
}
