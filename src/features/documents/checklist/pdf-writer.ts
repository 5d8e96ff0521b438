import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { frenchTypography } from '../template/typography';
import { cleanText } from '../template/text-safety';
import { must } from '../../../domain/must';

/**
 * A minimal flowing-text writer over pdf-lib, which has no layout engine: it measures, wraps
 * and paginates, and never lets text run off the page. Text is first reduced to what the
 * embedded font can draw, so that no character makes pdf-lib throw.
 */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * Each font file parsed once, however many PDFs are written, and each text laid out once: parsing
 * the font was a third of a checklist's time and laying out its lines (kerning, ligatures) another
 * third, while a vendor's batch writes one checklist per collectivité with the same two fonts and
 * mostly the same sentences. pdf-lib reads a layout's glyphs and never changes them; each PDF still
 * makes its own subset of the font.
 */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type ParsedFont = ReturnType<Fontkit['create']>;
const LAYOUT_CACHE_SIZE = 20_000;
const parsedFonts = new WeakMap<Uint8Array, ParsedFont>();

function withLayoutCache(font: ParsedFont): ParsedFont {
  if (!font || !('layout' in font)) return font;
  const layout = font.layout.bind(font);
  const runs = new Map<string, ReturnType<typeof layout>>();
  font.layout = (text, ...rest) => {
    if (rest.length > 0 && rest.some((r) => r !== undefined)) return layout(text, ...rest);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= LAYOUT_CACHE_SIZE) runs.clear();
      runs.set(text, (run = layout(text)));
    }
    return run;
  };
  return font;
}

const sharedFontkit: Fontkit = {
  create(buffer, postscriptName) {
    if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
    let font = parsedFonts.get(buffer);
    if (!font) parsedFonts.set(buffer, (font = withLayoutCache(fontkit.create(buffer))));
    return font;
  },
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = { top: 70, bottom: 60, left: 56, right: 56 };
export const COLOURS = {
  text: rgb(0.1, 0.1, 0.1),
  muted: rgb(0.28, 0.33, 0.4),
  primary: rgb(0.106, 0.294, 0.569),
  success: rgb(0.024, 0.463, 0.278),
  error: rgb(0.706, 0.137, 0.094),
  warning: rgb(0.576, 0.216, 0.051),
};

interface TextStyle {
  size?: number;
  bold?: boolean;
  colour?: RGB;
  indent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
}

export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly supported: Set<number>;

  private constructor(
    readonly pdf: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.supported = new Set(regular.getCharacterSet());
    this.newPage();
  }

  static async create(fonts: PdfFonts, title: string): Promise<PdfWriter> {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(sharedFontkit);
    const [regular, bold] = await Promise.all([pdf.embedFont(fonts.regular, { subset: true }), pdf.embedFont(fonts.bold, { subset: true })]);
    pdf.setTitle(cleanText(title), { showInWindowTitleBar: true });
    pdf.setLanguage('fr-FR');
    pdf.setCreator('Outil de préparation de la demande d’habilitation à l’API Impôt particulier');
    pdf.setProducer('pdf-lib');
    return new PdfWriter(pdf, regular, bold);
  }

  /** What the font can draw: unknown characters become "�", tabs and breaks become spaces. */
  printable(text: string): string {
    // Every text of the PDF goes through here: its French typography is set once, here.
    return Array.from(
      frenchTypography(
        cleanText(text)
          .normalize('NFC')
          .replace(/[\t\n]/g, ' '),
      ),
    )
      .map((c) => (this.supported.has(must(c.codePointAt(0), 'the code point of a character')) ? c : '\uFFFD'))
      .join('');
  }

  private get width(): number {
    return A4[0] - MARGIN.left - MARGIN.right;
  }

  private newPage(): void {
    this.page = this.pdf.addPage(A4);
    this.y = A4[1] - MARGIN.top;
  }

  private ensureSpace(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  private readonly charWidths = new Map<PDFFont, Map<string, number>>();

  /**
   * Text width as the sum of its characters' widths, each measured once: measuring whole
   * strings is linear in their length, and wrapping a pasted 5,000-character word would
   * otherwise take seconds. A 1 % margin covers kerning.
   */
  private measure(text: string, font: PDFFont, size: number): number {
    let widths = this.charWidths.get(font);
    if (!widths) this.charWidths.set(font, (widths = new Map<string, number>()));
    let total = 0;
    for (const c of text) {
      let w = widths.get(c);
      if (w === undefined) widths.set(c, (w = font.widthOfTextAtSize(c, 1000)));
      total += w;
    }
    return (total * size * 1.01) / 1000;
  }

  /** Splits text into lines that fit `width`, breaking words longer than a line. */
  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    const fits = (t: string) => this.measure(t, font, size) <= width;
    for (const word of text.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (!fits(rest)) {
        // The longest start of the word that fits, found by bisection: a pasted 5,000-character
        // "word" must not cost millions of measurements.
        let low = 1;
        let high = rest.length - 1;
        while (low < high) {
          const mid = Math.ceil((low + high) / 2);
          if (fits(rest.slice(0, mid))) low = mid;
          else high = mid - 1;
        }
        lines.push(rest.slice(0, low));
        rest = rest.slice(low);
      }
      line = rest;
    }
    if (line || lines.length === 0) lines.push(line);
    return lines;
  }

  text(content: string, style: TextStyle = {}): void {
    const { size = 10, bold = false, colour = COLOURS.text, indent = 0, spaceBefore = 0, spaceAfter = 4 } = style;
    const font = bold ? this.bold : this.regular;
    const leading = size * 1.35;
    this.y -= spaceBefore;
    for (const line of this.wrap(this.printable(content), font, size, this.width - indent)) {
      this.ensureSpace(leading);
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN.left + indent, y: this.y + size * 0.25, size, font, color: colour });
    }
    this.y -= spaceAfter;
  }

  /** A label in a coloured box at the left, and text beside it (checklist items), indented under a parent item. */
  labelled(label: string, colour: RGB, lines: { text: string; bold?: boolean; colour?: RGB }[], indent = 0): void {
    const size = 10;
    const labelWidth = indent + Math.max(62, this.measure(this.printable(label), this.bold, 8.5) + 14);
    const leading = size * 1.35;
    const wrapped = lines.flatMap((l) =>
      this.wrap(this.printable(l.text), l.bold ? this.bold : this.regular, size, this.width - labelWidth - 8).map((t) => ({ ...l, text: t })),
    );
    // Keep at least the label and first line together.
    this.ensureSpace(leading * Math.min(2, wrapped.length) + 6);
    const top = this.y;
    this.page.drawRectangle({
      x: MARGIN.left + indent,
      y: top - leading - 1,
      width: labelWidth - indent - 6,
      height: leading,
      borderColor: colour,
      borderWidth: 1,
    });
    this.page.drawText(this.printable(label), { x: MARGIN.left + indent + 4, y: top - leading + size * 0.3, size: 8.5, font: this.bold, color: colour });
    for (const line of wrapped) {
      this.ensureSpace(leading);
      this.y -= leading;
      const font = line.bold ? this.bold : this.regular;
      this.page.drawText(line.text, { x: MARGIN.left + labelWidth, y: this.y + size * 0.25, size, font, color: line.colour ?? COLOURS.text });
    }
    this.y -= 6;
  }

  rule(): void {
    this.ensureSpace(10);
    this.y -= 4;
    this.page.drawLine({ start: { x: MARGIN.left, y: this.y }, end: { x: A4[0] - MARGIN.right, y: this.y }, thickness: 0.5, color: COLOURS.muted });
    this.y -= 6;
  }

  /** Header and footer on every page, once the page count is known. */
  finish(header: string, footer: (page: number, pages: number) => string): Promise<Uint8Array> {
    const pages = this.pdf.getPages();
    pages.forEach((page, i) => {
      const size = 8.5;
      const head = this.wrap(this.printable(header), this.regular, size, this.width)[0] ?? '';
      page.drawText(head, { x: MARGIN.left, y: A4[1] - 36, size, font: this.regular, color: COLOURS.muted });
      const foot = this.printable(footer(i + 1, pages.length));
      const width = this.measure(foot, this.regular, size);
      page.drawText(foot, { x: (A4[0] - width) / 2, y: 30, size, font: this.regular, color: COLOURS.muted });
    });
    return this.pdf.save();
  }
}
