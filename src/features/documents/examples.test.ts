import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readDossierText } from '../../domain/dossier/read-dossier';
import { buildVerdict } from '../../domain/verdict';
import { USE_CASES, useCaseById } from '../../domain/catalogue/use-cases';
import { safeFileName } from '../../domain/dossier/file-name';
import { generateDocument, DOCUMENT_KINDS } from './generate';
import { nodeFonts, nodeTemplates } from './node-assets';
import { readDocx } from '../../../test/documents/read-docx';
import { readPdfPages } from '../../../test/documents/read-pdf';
import { frenchTypography } from './template/typography';

const examplesDir = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json'));
const load = (file: string) => {
  const result = readDossierText(readFileSync(new URL(file, examplesDir), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.message}`);
  return result.dossier;
};

describe('the examples', () => {
  it('cover the six use cases voted in CITP', () => {
    expect(new Set(examples.map((f) => load(f).useCase.id))).toEqual(new Set(USE_CASES.filter((u) => u.votedInCitp).map((u) => u.id)));
  });

  it.each(examples)('%s is ready, but for a deliberation still to be voted', (file) => {
    const verdict = buildVerdict(load(file), '2026-11-26');
    const left = verdict.findings.filter((f) => f.key !== 'deliberation-a-adopter' && f.keptReason === null).map((f) => f.message);
    expect(left).toEqual([]);
  });

  it.each(examples)('%s renders every document, with no unfilled placeholder', async (file) => {
    const dossier = load(file);
    const now = new Date('2026-11-26T10:00:00Z');
    const [docx, pdf, sheet] = await Promise.all(DOCUMENT_KINDS.map((kind) => generateDocument(kind, dossier, nodeTemplates(), nodeFonts, now)));
    const deliberation = readDocx(docx!.bytes);
    const pages = await readPdfPages(pdf!.bytes);
    const text = new TextDecoder().decode(sheet!.bytes);
    for (const output of [deliberation.paragraphs.join('\n'), pages.join('\n'), text]) {
      expect(output).not.toMatch(/undefined|null|NaN|\{\{|\}\}|\[\[|\]\]|@tableau|@liste|\[facultatif\]|[\uE000-\uE002]/);
    }
    expect(deliberation.paragraphs.join('\n')).toContain(frenchTypography(dossier.organisation.name));
    expect(pages[0]).toContain(dossier.title);
    // Named after the use case and the organisation, whatever the dossier's title.
    const slug = (text: string) => safeFileName(text, 'x').replace(/\.x$/, '');
    for (const document of [docx!, pdf!, sheet!])
      expect(document.filename).toContain(`${slug(useCaseById(dossier.useCase.id as 'cantine').label)}-${slug(dossier.organisation.name)}`);
  });
});
