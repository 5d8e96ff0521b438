import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { exampleDossiers } from '../../../test/fixtures/examples';
import { BATCH_COLUMNS, STATE_LABELS, type BatchSummary } from '../../domain/batch';
import { todayIso } from '../../domain/dates';
import type { Dossier } from '../../domain/dossier/model';
import { readDossierText } from '../../domain/dossier/read-dossier';
import { organisationKind } from '../../domain/catalogue/organisations';
import { useCaseById } from '../../domain/catalogue/use-cases';
import { buildVerdict } from '../../domain/verdict';
import { readVendorModel } from '../../domain/vendor';
import { generateDocument } from '../documents/generate';
import { nodeFonts, nodeTemplates } from '../documents/node-assets';
import { readTable } from './read-table';
import { LINKS_FILES, runBatch, SUMMARY_FILES } from './run-batch';

const model = readVendorModel(readFileSync(new URL('../../../examples/editeur/modele-logiciels-famille.json', import.meta.url), 'utf8'));
if (!model.ok) throw new Error(model.message);
const NOW = new Date('2026-12-02T10:00:00+01:00');

/** An example dossier as a vendor would list it in its table. */
function rowOf(d: Dossier): Record<string, string> {
  const person = (role: 'demandeur' | 'responsableTraitement' | 'dpd') =>
    Object.fromEntries(Object.entries(d.people[role]).flatMap(([field, value]) => (field === 'hasProConnect' ? [] : [[`${role}.${field}`, value]])));
  const last = d.method.tranches.length - 1;
  return {
    name: d.organisation.name,
    siret: d.organisation.siret,
    type: d.organisation.type ? organisationKind(d.organisation.type).label : '',
    useCase: d.useCase.id ? useCaseById(d.useCase.id).label : '',
    method: d.method.id,
    tranches: d.method.tranches.map((t, i) => `${i === last && t.upTo === '' ? 'au-delà' : t.upTo} : ${t.price}`).join(' ; '),
    rate: d.method.rate,
    floor: d.method.floor,
    ceiling: d.method.ceiling,
    ...person('demandeur'),
    ...person('responsableTraitement'),
    ...person('dpd'),
  };
}

const examples: Record<string, string>[] = exampleDossiers().map(([, d]) => rowOf(d));
const badSiret = { ...examples[0]!, name: 'Commune de Clé-Fausse', siret: '21990001200011' };
const badUseCase = { ...examples[1]!, name: 'Commune de Piscine', useCase: 'Piscine municipale' };
const badEmail = { ...examples[2]!, name: 'Commune Sans-Domaine', siret: '21990010200019', 'dpd.email': 'dpd@' };
// A good row whose DPD is also the mayor: a point "à revoir", beside the points "à faire".
const mayorAsDpd = { ...examples[0]!, name: 'Commune de Maire-DPD', siret: '21990005100018', 'dpd.jobTitle': 'Maire' };
// Lines as the spreadsheet numbers them: headers on line 1, the examples from line 2, bad rows in the middle.
const rows: Record<string, string>[] = [
  examples[0]!,
  examples[1]!,
  badSiret,
  examples[2]!,
  badUseCase,
  examples[3]!,
  badEmail,
  ...examples.slice(4),
  mayorAsDpd,
];
const csv = Papa.unparse({ fields: BATCH_COLUMNS.map((c) => c.header), data: rows.map((r) => BATCH_COLUMNS.map((c) => r[c.key] ?? '')) }, { delimiter: ';' });

const written = new Map<string, Uint8Array>();
let summary: BatchSummary;
const progress: [number, number][] = [];

beforeAll(async () => {
  const table = await readTable(new TextEncoder().encode(csv), 'collectivites.csv');
  if (!table.ok) throw new Error(table.message);
  const templates = nodeTemplates();
  let next = 0;
  const result = await runBatch(
    { model: model.model, table: table.table, tableName: 'collectivites.csv' },
    {
      generate: (kind, d) => generateDocument(kind, d, templates, nodeFonts, NOW),
      write: ({ path, bytes }) => void written.set(path, bytes),
      progress: (done, total) => progress.push([done, total]),
      now: NOW,
      newId: () => `lot-${++next}`,
    },
  );
  if (!result.ok) throw new Error(result.message);
  summary = result.summary;
});

const text = (path: string) => new TextDecoder().decode(written.get(path));

describe('a batch on the examples, with bad rows in the middle', () => {
  it('produces every good row, in its folder, with its dossier, documents and DataPass links', () => {
    expect(summary.entries.map((e) => e.line)).toEqual([2, 3, 5, 7, 9, 10, 11]);
    for (const entry of summary.entries) {
      const files = [...written.keys()].filter((p) => p.startsWith(`${entry.folder}/`)).map((p) => p.slice(entry.folder.length + 1));
      expect(files.sort()).toEqual(entry.files.map((f) => f.path).sort());
      expect(files.filter((f) => /^projet-de-deliberation-.*\.docx$|^liste-de-controle-.*\.pdf$|^fiche-datapass-.*\.txt$/.test(f))).toHaveLength(3);
      expect(files).toEqual(expect.arrayContaining([LINKS_FILES.html, LINKS_FILES.txt]));
    }
    expect(progress.at(-1)).toEqual([rows.length, rows.length]);
  });

  it('reports each bad row with its line, its column and the reason, and nothing of it is written', () => {
    expect(summary.refused.map((r) => r.problems.map((p) => [p.line, p.column]))).toEqual([[[4, 'SIRET']], [[6, 'Cas d’usage']], [[8, 'E-mail du DPD']]]);
    expect(summary.refused[1]?.problems[0]?.message).toMatch(/^« Piscine municipale » n’est pas un cas d’usage connu/);
    expect([...written.keys()].some((p) => /cle-fausse|piscine|sans-domaine/.test(p))).toBe(false);
  });

  it('says of each collectivité what its own dossier’s verdict says, read back from the file the app imports', () => {
    const today = todayIso(NOW);
    for (const entry of summary.entries) {
      const json = entry.files.find((f) => f.path.endsWith('.json'));
      const read = readDossierText(text(`${entry.folder}/${json?.path}`));
      if (!read.ok) throw new Error(read.message);
      const verdict = buildVerdict(read.dossier, today);
      expect(entry.state).toBe(verdict.state);
      expect(entry.counts).toEqual(verdict.counts);
      expect(entry.missing.map((m) => m.message)).toEqual(verdict.findings.filter((f) => f.level === 'todo' || f.keptReason === null).map((f) => f.message));
      expect(read.dossier.organisation.name).toBe(entry.name);
    }
    expect(
      summary.entries
        .at(-1)
        ?.missing.filter((m) => m.level === 'review')
        .map((m) => m.message),
    ).toEqual(['Le maire ne peut pas être le délégué à la protection des données de sa commune.']);
  });

  it('writes the summary as HTML and CSV, each row with its verdict’s state, each refused line with its reason', () => {
    const html = text(SUMMARY_FILES.html);
    expect(html).toContain('7 collectivités produites sur 10 lignes');
    expect(html).toContain('3 lignes refusées');
    for (const entry of summary.entries) expect(html).toContain(`<td class="state state-${entry.state}">${STATE_LABELS[entry.state]}</td>`);
    const parsed = Papa.parse<string[]>(text(SUMMARY_FILES.csv).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['Ligne', 'Collectivité', 'SIRET', 'Cas d’usage', 'État', 'À faire', 'À revoir', 'Maintenus', 'Ce qui manque', 'Dossier']);
    expect(parsed.slice(1).map((r) => [r[0], r[4]])).toEqual(
      rows.map((_, i) => {
        const line = i + 2;
        const entry = summary.entries.find((e) => e.line === line);
        return [String(line), entry ? STATE_LABELS[entry.state] : 'Ligne refusée'];
      }),
    );
    expect(parsed.find((r) => r[0] === '4')?.[8]).toMatch(/^Ligne 4, colonne « SIRET » : Ce SIRET n'existe pas/);
  });
});
