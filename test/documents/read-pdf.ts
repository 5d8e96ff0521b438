import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
  items: PdfTextItem[];
}

/** Each page of a generated PDF with its text, as a reader's tool would extract it. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: PdfPage[]; title: string | null; language: string | null }> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item && item.str ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width }] : [],
    );
    pages.push({ width, height, items, text: items.map((it) => it.text).join('\n') });
  }
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
  await pdf.destroy();
  return { pages, title: typeof info.Title === 'string' ? info.Title : null, language: typeof info.Language === 'string' ? info.Language : null };
}

export async function readPdfPages(bytes: Uint8Array): Promise<string[]> {
  return (await readPdf(bytes)).pages.map((p) => p.text);
}
