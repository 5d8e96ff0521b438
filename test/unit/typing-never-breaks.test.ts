import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { completeCantineDossier, TODAY } from '../fixtures/dossiers';
import type { Dossier } from '../../src/domain/dossier/model';
import { SECTION_KEYS } from '../../src/domain/dossier/model';
import { storageProblems } from '../../src/domain/dossier/storable';
import { readDossierText } from '../../src/domain/dossier/read-dossier';
import { LONG_TEXT_MAX, MAX_TRANCHES, SHORT_TEXT_MAX } from '../../src/domain/dossier/limits';
import { sectionWarnings } from '../../src/domain/validation/validate';
import { buildVerdict } from '../../src/domain/verdict';
import { summariseDossier } from '../../src/domain/summary';
import { buildDataPassSheet } from '../../src/domain/datapass-sheet';
import { compareWithMinimum } from '../../src/domain/minimisation';
import { adviseYears } from '../../src/domain/years';
import { simulate } from '../../src/domain/pricing';
import { generateDocument } from '../../src/features/documents/generate';
import { nodeFonts, nodeTemplates } from '../../src/features/documents/node-assets';

/**
 * What a user can put in a field, typed as a hurried user types, never breaks the dossier: every
 * reading of the page works on what is typed (even a value that cannot be stored), and what is
 * stored is always the last version that loads back.
 */
type Leaf = { path: (string | number)[]; value: string };

function textLeaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => textLeaves(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textLeaves(v, [...path, k]));
  return [];
}

const base = completeCantineDossier();
const dateFields = SECTION_KEYS.flatMap((key) => textLeaves(base[key], [key])).filter((f) => /Date$|^campaign(Start|End)$/.test(String(f.path.at(-1))));
// The fields a user types in; a choice (radio, select) can only hold one of its options.
const fields = SECTION_KEYS.flatMap((key) => textLeaves(base[key], [key])).filter(
  (f) => dateFields.includes(f) || storageProblems(setIn(base, f.path, 'texte libre')).length === 0,
);

/** The values Chromium's date field holds while "JJMMAAAA" is typed one key at a time (fr-FR). */
function datePrefixes(digits: string): string[] {
  const [dd, mm, year] = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)];
  return Array.from(digits).map((_, i) => {
    const y = year.slice(0, Math.max(0, i + 1 - 4));
    return dd.length === 2 && mm.length === 2 && y.length > 0 && i >= 4 ? `${y.padStart(4, '0')}-${mm}-${dd}` : '';
  });
}

const aroundLimit = (max: number) => fc.integer({ min: max - 2, max: max + 2 }).map((n) => 'x'.repeat(n));
const numberText = fc.constantFrom('-5', '1e308', '-1e308', 'NaN', 'Infinity', '99999999999999999999999', '0,5', '12,', ' ', '0', '1 000', '١٢');
const anyValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  numberText,
  aroundLimit(SHORT_TEXT_MAX),
  aroundLimit(LONG_TEXT_MAX),
  fc.constantFrom('2027-02-29', '2028-02-29', '0202-05-15', '1027-05-15', '9999-12-31', '20271-05-15', '275760-09-13', ''),
);

type Edit = { path: (string | number)[]; values: string[] };
const typing: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constantFrom(...fields), fc.array(anyValue, { minLength: 1, maxLength: 3 })).map(([f, values]) => ({ path: f.path, values })),
  fc
    .tuple(fc.constantFrom(...dateFields), fc.stringMatching(/^[0-9]{2}(0[1-9]|1[0-2])[0-9]{1,6}$/))
    .map(([f, digits]) => ({ path: f.path, values: datePrefixes(digits) })),
);
// At least the fixture's rows, which the tranche fields above point into.
const tranchesCount = fc.integer({ min: base.method.tranches.length, max: MAX_TRANCHES + 3 });

function setIn(dossier: Dossier, path: readonly (string | number)[], value: string): Dossier {
  const copy = structuredClone(dossier) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy as unknown as Dossier;
}

/** Every reading the pages make of the dossier being edited. */
function readEverything(d: Dossier): void {
  buildVerdict(d, TODAY);
  for (const key of SECTION_KEYS) sectionWarnings(key, d, TODAY);
  summariseDossier(d);
  buildDataPassSheet(d);
  compareWithMinimum(d, d.data.scopes);
  adviseYears(d.method.campaignStart, d.method.campaignEnd);
  simulate(d.method, { income: 24_000, parts: 2.5, dependants: 2 });
}

describe('typing in any field of any step', () => {
  it('never throws, and storage always holds the last version that loads back', () => {
    fc.assert(
      fc.property(fc.array(typing, { minLength: 1, maxLength: 8 }), tranchesCount, (edits, tranches) => {
        let page: Dossier = {
          ...base,
          method: { ...base.method, tranches: Array.from({ length: tranches }, (_, i) => ({ upTo: String((i + 1) * 100), price: '1' })) },
        };
        let stored = storageProblems(page).length === 0 ? JSON.stringify(page) : JSON.stringify(base);
        let lastLoadable = JSON.parse(stored) as Dossier;
        for (const edit of edits) {
          for (const value of edit.values) {
            page = setIn(page, edit.path, value);
            readEverything(page);
            // The provider's rule: store only what loads back.
            if (storageProblems(page).length === 0) {
              stored = JSON.stringify(page);
              lastLoadable = page;
            }
            const reread = readDossierText(stored);
            expect(reread.ok).toBe(true);
            if (reread.ok) expect(reread.dossier).toEqual(lastLoadable);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('the documents are produced from any value the page can hold', async () => {
    const templates = nodeTemplates();
    await fc.assert(
      fc.asyncProperty(fc.array(typing, { minLength: 1, maxLength: 5 }), async (edits) => {
        let page: Dossier = base;
        for (const edit of edits) for (const value of edit.values) page = setIn(page, edit.path, value);
        for (const kind of ['deliberation', 'checklist', 'sheet'] as const) {
          const document = await generateDocument(kind, page, templates, nodeFonts, new Date('2026-12-02T10:00:00Z'));
          expect(document.bytes.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
