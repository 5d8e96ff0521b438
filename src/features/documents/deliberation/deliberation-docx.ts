import {
  LineRuleType,
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { parseRuns, runsText, type Block, type Run } from '../template/parse-blocks';
import type { DeliberationTables } from './deliberation-view';
import { frenchTypography } from '../template/typography';
import { must } from '../../../domain/must';

/**
 * Writes the deliberation's blocks as a real Word document: heading styles, articles numbered
 * by Word itself, bullet lists, tables with fixed widths (LibreOffice and Google Docs mangle
 * tables without them), parts to adapt in orange with a reference number, optional clauses
 * marked, and the final lists of both.
 */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const ADAPT_COLOUR = 'B54708';
const ADAPT_FILL = 'FFE8CC';

/** A DPO remark, carried as a Word comment on the block or data row whose text is `anchor`. */
export interface DeliberationComment {
  anchor: string;
  author: string;
  date: Date | undefined;
  text: string;
}

interface Collected {
  adapt: string[];
  optional: string[];
}

const split = (first: number): [number, number] => [Math.round(TEXT_WIDTH * first), TEXT_WIDTH - Math.round(TEXT_WIDTH * first)];

const TABLE_LAYOUTS: Record<string, { headers: (tables: DeliberationTables) => [string, string]; widths: [number, number]; empty: string }> = {
  tranches: { headers: (t) => [t.tranchesHeader, 'Tarif'], widths: split(0.55), empty: 'grille de tranches' },
  taux: { headers: () => ['Nombre d’enfants à charge', 'Taux d’effort'], widths: split(0.4), empty: 'taux d’effort' },
  donnees: { headers: () => ['Donnée', 'Utilisation'], widths: split(0.38), empty: 'données demandées' },
};

function tableCells(name: string, tables: DeliberationTables): [string, string][] {
  const rows: [string, string][] | undefined =
    name === 'tranches'
      ? tables.tranches.map((r) => [r.range, r.price])
      : name === 'taux'
        ? tables.taux.map((r) => [r.children, r.rate])
        : name === 'donnees'
          ? tables.donnees.map((r) => [r.label, r.purpose])
          : undefined;
  if (!rows) throw new Error(`Unknown table "${name}" in the deliberation template`);
  const cells: [string, string][] = rows.length > 0 ? rows : [[`[[à compléter : ${must(TABLE_LAYOUTS[name], `the layout of the table ${name}`).empty}]]`, '']];
  return cells.map(([a, b]) => [frenchTypography(a), frenchTypography(b)]);
}

/** First pass: what is to adapt and what is optional, in reading order, to number and list. */
function collect(blocks: readonly Block[], tables: DeliberationTables): Collected {
  const collected: Collected = { adapt: [], optional: [] };
  let article = 0;
  // Where the reader will find each part: the current article, or else the current part.
  let where = '';
  const addRuns = (runs: readonly Run[]) => runs.filter((r) => r.adapt).forEach((r) => collected.adapt.push(`« ${r.text} » (${where})`));
  for (const block of blocks) {
    if (block.kind === 'table') tableCells(block.name, tables).forEach((row) => row.forEach((cell) => addRuns(parseRuns(cell))));
    if (block.kind === 'list' || block.kind === 'table') continue;
    if (block.kind === 'title' || block.kind === 'heading') where = runsText(block.runs);
    if (block.kind === 'article') where = `article ${++article} – ${runsText(block.runs)}`;
    addRuns(block.runs);
    if ((block.kind === 'paragraph' || block.kind === 'bullet') && block.optional) {
      collected.optional.push(`${capitalise(where)} : « ${excerpt(runsText(block.runs), 90)} »`);
    }
  }
  return collected;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The start of a text, cut between words. */
function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max))}…`;
}

function runsToChildren(runs: readonly Run[], counter: { next: number }, base: { bold?: boolean } = {}): ParagraphChild[] {
  return runs.flatMap((run) => {
    const style = { ...base, ...(run.adapt ? { color: ADAPT_COLOUR, shading: { type: ShadingType.CLEAR, color: 'auto', fill: ADAPT_FILL } } : {}) };
    // "1er janvier": the ordinal's letters are set as a superscript, as in French typesetting.
    const pieces = run.text.split(/(?<=\b1)(er)(?=[\s\u00A0\u202F])/);
    const text = pieces.flatMap((piece, i) =>
      piece === ''
        ? []
        : [new TextRun({ text: piece, break: i === 0 && run.breakBefore ? 1 : undefined, superScript: i % 2 === 1 ? true : undefined, ...style })],
    );
    if (!run.adapt) return text;
    return [...text, new TextRun({ text: `[${counter.next++}]`, superScript: true, color: ADAPT_COLOUR })];
  });
}

/** Word comments waiting for their anchor; each is placed once, on the first matching text. */
class CommentPlacer {
  private readonly placed = new Set<number>();
  constructor(private readonly comments: readonly DeliberationComment[]) {}

  wrap(text: string, children: ParagraphChild[]): ParagraphChild[] {
    const ids = this.comments.flatMap((c, id) => (c.anchor === text && !this.placed.has(id) ? [id] : []));
    ids.forEach((id) => this.placed.add(id));
    return ids.reduce<ParagraphChild[]>(
      (inner, id) => [new CommentRangeStart(id), ...inner, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })],
      children,
    );
  }
}

function table(name: string, tables: DeliberationTables, counter: { next: number }, comments: CommentPlacer): Table {
  const layout = TABLE_LAYOUTS[name];
  if (!layout) throw new Error(`Unknown table "${name}" in the deliberation template`);
  const cell = (content: Paragraph, width: number, header = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [content],
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF7' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  const body = tableCells(name, tables);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: layout.widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: layout.headers(tables).map((h, i) =>
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- docx's run option, taken for String.prototype.bold since TextRun also accepts a string
          cell(new Paragraph({ children: [new TextRun({ text: h, bold: true })] }), must(layout.widths[i], 'the width of a column'), true),
        ),
      }),
      ...body.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((content, i) => {
              const runs = parseRuns(content);
              const children = runsToChildren(runs, counter);
              return cell(
                new Paragraph({ children: i === 0 ? comments.wrap(runsText(runs), children) : children }),
                must(layout.widths[i], 'the width of a column'),
              );
            }),
          }),
      ),
    ],
  });
}

function list(name: string, collected: Collected): Paragraph[] {
  const items = name === 'a-adapter' ? collected.adapt.map((text, i) => `[${i + 1}] ${text}`) : name === 'facultatives' ? collected.optional : null;
  if (!items) throw new Error(`Unknown list "${name}" in the deliberation template`);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- docx's run option, taken for String.prototype.italics since TextRun also accepts a string
  if (items.length === 0) return [new Paragraph({ children: [new TextRun({ text: 'Aucune.', italics: true })] })];
  return items.map((text) => new Paragraph({ children: [new TextRun(frenchTypography(text))], numbering: { reference: 'puces', level: 0 } }));
}

export function deliberationDocument(
  blocks: readonly Block[],
  tables: DeliberationTables,
  title: string,
  remarks: readonly DeliberationComment[] = [],
): Document {
  const collected = collect(blocks, tables);
  const counter = { next: 1 };
  const comments = new CommentPlacer(remarks);
  const withComments = (runs: readonly Run[]) => comments.wrap(runsText(runs), runsToChildren(runs, counter));
  const children: (Paragraph | Table)[] = [];

  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: withComments(block.runs) }));
        break;
      case 'heading':
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: withComments(block.runs) }));
        break;
      case 'article':
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference: 'articles', level: 0 }, children: withComments(block.runs) }));
        break;
      case 'paragraph':
      case 'bullet': {
        const optional = block.optional
          ? {
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F4F7' },
              border: { left: { style: BorderStyle.SINGLE, size: 18, color: '667085', space: 8 } },
            }
          : {};
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- docx's run options, taken for String.prototype.bold and italics since TextRun also accepts a string
        const prefix = block.optional ? [new TextRun({ text: 'Clause facultative\u00A0: ', bold: true, italics: true })] : [];
        children.push(
          new Paragraph({
            ...optional,
            numbering: block.kind === 'bullet' ? { reference: 'puces', level: 0 } : undefined,
            children: [...prefix, ...runsToChildren(block.runs, counter)],
          }),
        );
        break;
      }
      case 'table':
        children.push(table(block.name, tables, counter, comments), new Paragraph({ children: [] }));
        break;
      case 'list':
        children.push(...list(block.name, collected));
        break;
    }
  }

  return new Document({
    title,
    creator: 'Outil de préparation de la demande d’habilitation à l’API Impôt particulier',
    description: 'Projet de délibération à adapter et à faire relire avant le vote.',
    comments: {
      children: remarks.map((remark, id) => ({
        id,
        author: remark.author,
        initials: 'DPD',
        date: remark.date,
        children: [new Paragraph({ children: [new TextRun(remark.text)] })],
      })),
    },
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: 22, language: { value: 'fr-FR' } },
          paragraph: { spacing: { after: 140, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: 'Arial', size: 34, bold: true, color: '1A1A1A' } },
        heading1: { run: { font: 'Arial', size: 28, bold: true, color: '1B4B91' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { font: 'Arial', size: 24, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'articles',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: 'Article %1 –', alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE }],
        },
        {
          reference: 'puces',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: 'Projet de délibération – document de travail – page ', size: 18 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
                  new TextRun({ text: ' sur ', size: 18 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function deliberationBytes(document: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
