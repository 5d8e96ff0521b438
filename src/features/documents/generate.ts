import type { Dossier } from '../../domain/dossier/model';
import { safeFileName } from '../../domain/dossier/file-name';
import { useCaseById } from '../../domain/catalogue/use-cases';
import type { DocumentTemplates } from './assets';
import type { PdfFonts } from './checklist/pdf-writer';

/**
 * The three documents, from a dossier. Pure of any browser or Node API, so that the app and
 * `npm run documents` produce exactly the same files. Each document's libraries are imported
 * only when that document is asked for: docx for the deliberation, pdf-lib and fontkit for the
 * checklist.
 */
export const DOCUMENT_KINDS = ['deliberation', 'checklist', 'sheet'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface GeneratedDocument {
  filename: string;
  mimeType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * A document's file name says whose it is and for what: the use case and the organisation
 * ("projet-de-deliberation-cantine-scolaire-commune-de-saint-exemple.docx"), whatever the
 * dossier's title; the title serves while either is missing.
 */
export function documentFileName(prefix: string, dossier: Dossier, extension: string): string {
  const { id } = dossier.useCase;
  const useCase = id === 'autre' ? dossier.useCase.projectName.trim() : id ? useCaseById(id).label : '';
  const organisation = dossier.organisation.name.trim();
  if (!useCase || !organisation) return `${prefix}-${safeFileName(dossier.title, extension)}`;
  // Each part is shortened on its own, so that a long use case never pushes the organisation out.
  const slug = (text: string) => safeFileName(text, 'x').slice(0, -2);
  return `${prefix}-${slug(useCase)}-${slug(organisation)}.${extension}`;
}

export async function generateDeliberation(dossier: Dossier, templates: DocumentTemplates): Promise<GeneratedDocument> {
  const [
    { deliberationView },
    { deliberationBytes, deliberationDocument },
    { deliberationRemarks },
    { parseBlocks },
    { renderTemplate },
    { frenchTypography },
  ] = await Promise.all([
    import('./deliberation/deliberation-view'),
    import('./deliberation/deliberation-docx'),
    import('./deliberation/deliberation-remarks'),
    import('./template/parse-blocks'),
    import('./template/render-template'),
    import('./template/typography'),
  ]);
  const { view, tables } = deliberationView(dossier, templates.finalites);
  const blocks = parseBlocks(frenchTypography(renderTemplate(templates.deliberation, view)));
  const remarks = deliberationRemarks(dossier, blocks);
  const bytes = await deliberationBytes(deliberationDocument(blocks, tables, `Projet de délibération – ${dossier.title}`, remarks));
  return {
    filename: documentFileName('projet-de-deliberation', dossier, 'docx'),
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes,
  };
}

export async function generateChecklist(dossier: Dossier, templates: DocumentTemplates, fonts: PdfFonts, now: Date): Promise<GeneratedDocument> {
  const { checklistPdf } = await import('./checklist/checklist-pdf');
  return {
    filename: documentFileName('liste-de-controle', dossier, 'pdf'),
    mimeType: 'application/pdf',
    bytes: new Uint8Array(await checklistPdf(dossier, templates.checklist, fonts, now)),
  };
}

export async function generateSheet(dossier: Dossier, templates: DocumentTemplates, now: Date): Promise<GeneratedDocument> {
  const { sheetText } = await import('./sheet/sheet-text');
  return {
    filename: documentFileName('fiche-datapass', dossier, 'txt'),
    mimeType: 'text/plain;charset=utf-8',
    bytes: new TextEncoder().encode(sheetText(dossier, templates.sheet, now)),
  };
}

/** Fonts are loaded only for the PDF: the other documents never wait for them. */
export async function generateDocument(
  kind: DocumentKind,
  dossier: Dossier,
  templates: DocumentTemplates,
  loadFonts: () => Promise<PdfFonts>,
  now: Date,
): Promise<GeneratedDocument> {
  switch (kind) {
    case 'deliberation':
      return generateDeliberation(dossier, templates);
    case 'checklist':
      return generateChecklist(dossier, templates, await loadFonts(), now);
    case 'sheet':
      return generateSheet(dossier, templates, now);
  }
}
