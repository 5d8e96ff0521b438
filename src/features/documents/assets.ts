import type { PdfFonts } from './checklist/pdf-writer';

/**
 * What the generators need besides the dossier: the texts of templates/ and the PDF fonts.
 * The browser gets them from the build (browser-assets.ts), the command line from the files
 * (scripts/documents.ts); the generators are the same code.
 */
export interface DocumentTemplates {
  deliberation: string;
  finalites: string;
  checklist: string;
  sheet: string;
}

/** Where each template lives, relative to the repository root. */
export const TEMPLATE_FILES: Record<keyof DocumentTemplates, string> = {
  deliberation: 'templates/deliberation.md',
  finalites: 'templates/finalites.md',
  checklist: 'templates/liste-de-controle.md',
  sheet: 'templates/fiche-datapass.md',
};

export const FONT_FILES: Record<keyof PdfFonts, string> = {
  regular: 'src/features/documents/fonts/DejaVuSans.ttf',
  bold: 'src/features/documents/fonts/DejaVuSans-Bold.ttf',
};
