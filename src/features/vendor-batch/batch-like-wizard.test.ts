import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { readDocx } from '../../../test/documents/read-docx';
import { BATCH_COLUMNS, matchHeaders, rowCells, rowToDossier } from '../../domain/batch';
import { ORGANISATION_KINDS } from '../../domain/catalogue/organisations';
import { USE_CASES } from '../../domain/catalogue/use-cases';
import type { Dossier, SectionKey } from '../../domain/dossier/model';
import { stepOfSection } from '../../domain/verdict';
import { withUseCase } from '../../domain/use-case-defaults';
import { luhnIsValid } from '../../domain/validators/siret';
import { dossierFromModel, prefilledScopes, readVendorModel } from '../../domain/vendor';
import { generateDocument } from '../documents/generate';
import { nodeFonts, nodeTemplates } from '../documents/node-assets';
import { readTable } from './read-table';

/**
 * A collectivité given as a row of the vendor's table and the same collectivité typed in the
 * wizard, step by step, from the same model, give the same documents. The wizard's path is
 * written here as its steps save: each step's form values over its section (use-step-form.ts),
 * the use case through the use-case step's prefill, the data ticked when the data step opens.
 */
const read = readVendorModel(readFileSync(new URL('../../../examples/editeur/modele-logiciels-famille.json', import.meta.url), 'utf8'));
if (!read.ok) throw new Error(read.message);
const model = read.model;
const NOW = new Date('2026-12-02T10:00:00+01:00');
const TODAY = '2026-12-02';
const templates = nodeTemplates();
const fonts = nodeFonts();

interface Person {
  familyName: string;
  givenName: string;
  jobTitle: string;
  email: string;
  phone: string;
}
interface Collectivite {
  name: string;
  siret: string;
  type: (typeof ORGANISATION_KINDS)[number];
  useCase: (typeof USE_CASES)[number];
  method:
    | { id: 'tranches-qf'; tranches: { upTo: string; price: string }[] }
    | { id: 'taux-effort'; rate: string; floor: string; ceiling: string }
    | { id: 'qf-fiscal' };
  people: Record<'demandeur' | 'responsableTraitement' | 'dpd', Person>;
}

const word = fc.stringMatching(/^[A-ZÉ][a-zéèêàçï]{1,10}$/);
const amount = fc.integer({ min: 1, max: 900 }).map((n) => `${Math.floor(n / 100)},${String(n % 100).padStart(2, '0')}`);
const siret = fc.stringMatching(/^2\d{12}$/).map((base) => {
  const digit = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].find((d) => luhnIsValid(base + d)) ?? '0';
  return base + digit;
});
const person: fc.Arbitrary<Person> = fc.record({
  familyName: word,
  givenName: word,
  jobTitle: fc.constantFrom('Directrice générale des services', 'Responsable du service « éducation »', 'Maire', 'DPD; mutualisé, pour l’agglomération'),
  email: fc.tuple(fc.stringMatching(/^[a-z]{1,10}$/), fc.stringMatching(/^[a-z]{1,10}$/)).map(([a, b]) => `${a}.${b}@mairie-exemple.fr`),
  phone: fc.constantFrom('01 23 45 67 89', '+33 6 12 34 56 78', '04.70.12.34.56'),
});
const method: fc.Arbitrary<Collectivite['method']> = fc.oneof(
  fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), amount), { minLength: 1, maxLength: 5 }).map((steps) => {
    let bound = 0;
    const tranches = steps.map(([step, price], i) => {
      bound += step;
      return { upTo: i === steps.length - 1 ? '' : String(bound), price };
    });
    return { id: 'tranches-qf' as const, tranches };
  }),
  fc.tuple(fc.constantFrom('0,36', '0,5', '1'), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 })).map(([rate, floor, more]) => ({
    id: 'taux-effort' as const,
    rate,
    floor: `${floor / 100}`.replace('.', ','),
    ceiling: `${(floor + more) / 100}`.replace('.', ','),
  })),
  fc.constant({ id: 'qf-fiscal' as const }),
);
const collectivite: fc.Arbitrary<Collectivite> = fc.record({
  name: fc
    .tuple(fc.constantFrom('Commune de', 'CCAS de', 'Communauté de communes du'), word, fc.constantFrom('', '-sur-Mer', ' « Nord ; Sud »', ', Val d’Or'))
    .map((p) => `${p[0]} ${p[1]}${p[2]}`),
  siret: fc.tuple(siret, fc.boolean()).map(([s, spaced]) => (spaced ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}` : s)),
  type: fc.constantFrom(...ORGANISATION_KINDS.filter((k) => k.eligibility === 'eligible')),
  useCase: fc.constantFrom(...USE_CASES.filter((u) => u.id !== 'autre')),
  method,
  people: fc.record({ demandeur: person, responsableTraitement: person, dpd: person }),
});

/** As the vendor's spreadsheet holds it: labels, not codes; saved as CSV with « ; » or « , ». */
function tableText(c: Collectivite, delimiter: string, bom: boolean): string {
  const cells: Record<string, string> = {
    name: c.name,
    siret: c.siret,
    type: c.type.label,
    useCase: c.useCase.label,
    method: c.method.id,
    tranches: c.method.id === 'tranches-qf' ? c.method.tranches.map((t) => `${t.upTo === '' ? 'au-delà' : t.upTo} : ${t.price}`).join(' ; ') : '',
    rate: c.method.id === 'taux-effort' ? c.method.rate : '',
    floor: c.method.id === 'taux-effort' ? c.method.floor : '',
    ceiling: c.method.id === 'taux-effort' ? c.method.ceiling : '',
  };
  for (const role of ['demandeur', 'responsableTraitement', 'dpd'] as const)
    for (const [field, value] of Object.entries(c.people[role]) as [string, string][]) cells[`${role}.${field}`] = value;
  const csv = Papa.unparse({ fields: BATCH_COLUMNS.map((col) => col.header), data: [BATCH_COLUMNS.map((col) => cells[col.key] ?? '')] }, { delimiter });
  return `${bom ? '\uFEFF' : ''}${csv}\r\n`;
}

async function fromBatch(c: Collectivite, delimiter: string, bom: boolean): Promise<Dossier> {
  const table = await readTable(new TextEncoder().encode(tableText(c, delimiter, bom)), 'collectivites.csv');
  if (!table.ok) throw new Error(table.message);
  const match = matchHeaders(table.table.headers);
  if (!match.ok) throw new Error(match.message);
  const [row] = rowCells(table.table, match.columns);
  const result = rowToDossier(model, row!, { id: 'dossier', now: NOW, today: TODAY });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dossier;
}

/** A step's form saved: its values over the section, the step marked visited (use-step-form.ts). */
function save<K extends SectionKey>(d: Dossier, key: K, values: Dossier[K]): Dossier {
  const step = stepOfSection(key);
  return { ...d, [key]: structuredClone(values), visitedSteps: d.visitedSteps.includes(step) ? d.visitedSteps : [...d.visitedSteps, step] };
}

function fromWizard(c: Collectivite, title: string): Dossier {
  let d = dossierFromModel(model, { id: 'dossier', now: NOW, title });
  d = save(d, 'organisation', { ...d.organisation, type: c.type.type, name: c.name, siret: c.siret });
  // The use-case step: choosing the use case prefills, then the form saves its values.
  d = withUseCase(d, c.useCase.id);
  d = save(d, 'useCase', d.useCase);
  const m = c.method;
  d = save(d, 'method', {
    ...d.method,
    id: m.id,
    ...(m.id === 'tranches-qf' ? { tranches: m.tranches } : {}),
    ...(m.id === 'taux-effort' ? { rate: m.rate, floor: m.floor, ceiling: m.ceiling } : {}),
  });
  // Opening the data step ticks the minimum and the vendor's data for the method (data-step.tsx).
  d = { ...d, data: { ...d.data, initialised: true, scopes: prefilledScopes(d) } };
  d = save(d, 'people', {
    ...d.people,
    demandeur: { ...d.people.demandeur, ...c.people.demandeur },
    responsableTraitement: { ...d.people.responsableTraitement, ...c.people.responsableTraitement },
    dpd: { ...d.people.dpd, ...c.people.dpd },
  });
  return d;
}

async function documentsText(d: Dossier) {
  const deliberation = readDocx((await generateDocument('deliberation', d, templates, nodeFonts, NOW)).bytes);
  const sheet = new TextDecoder().decode((await generateDocument('sheet', d, templates, () => fonts, NOW)).bytes);
  return { paragraphs: deliberation.paragraphs, tables: deliberation.tables, sheet };
}

describe('a batch row and the same collectivité typed in the wizard', () => {
  it('give the same dossier and the same deliberation and DataPass sheet', async () => {
    await fc.assert(
      fc.asyncProperty(collectivite, fc.constantFrom(';', ','), fc.boolean(), async (c, delimiter, bom) => {
        const batch = await fromBatch(c, delimiter, bom);
        const wizard = fromWizard(c, batch.title);
        expect(batch.title).toBe(`${c.useCase.label} – ${c.name}`);
        const sections = (d: Dossier) => ({ organisation: d.organisation, useCase: d.useCase, method: d.method, data: d.data, people: d.people, gdpr: d.gdpr });
        expect(sections(batch)).toEqual(sections(wizard));
        expect(await documentsText(batch)).toEqual(await documentsText(wizard));
      }),
      { numRuns: 12 },
    );
  });
});
