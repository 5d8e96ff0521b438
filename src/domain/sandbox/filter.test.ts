import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEPENDANT_BOXES, DEPENDANT_BOX_LETTERS } from '../catalogue/dependant-boxes';
import { SCOPE_KEYS, SCOPES, type ScopeKey } from '../catalogue/scopes';
import { newDossier } from '../dossier/new-dossier';
import { filterResponse } from './filter';
import { coveredYears, habilitationOf } from './habilitation';
import { HOUSEHOLDS } from './households';
import { assietteBody, derniereSituationBody, factureBody, multipleBody } from './response-bodies';

function dossierWith(scopes: readonly ScopeKey[], boxes: readonly string[] = []) {
  const d = newDossier('d', 'Test');
  return { ...d, data: { ...d.data, scopes: [...scopes], dependantBoxes: [...boxes] } };
}

/** What the issue says may pass, computed here from the catalogue, independently of the filter. */
function allowedFields(scopes: readonly ScopeKey[], boxes: readonly string[]): string[] {
  return SCOPES.filter((s) => scopes.includes(s.key)).flatMap((s) =>
    s.key === 'dgfip_pac' ? DEPENDANT_BOXES.filter((b) => boxes.includes(b.box)).map((b) => b.field) : [...s.fields],
  );
}

/** Leaves of a body: the keys naming the field (the IR multiple envelope left out) and the value. */
function flatten(value: unknown, field: string[] = [], depth = 0): [string[], unknown][] {
  if (Array.isArray(value) && depth === 1 && field[0] === 'situationsIR') return value.flatMap((item) => flatten(item, [], depth + 1));
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]) => flatten(v, [...field, k], depth + 1));
  }
  return depth === 0 ? [] : [[field, value]];
}

const opens = (field: string, keys: readonly string[]) => field.split('.').every((part, i) => keys[i] === part);

const martin = HOUSEHOLDS.find((h) => h.id === 'martin')!;
const martin2025 = assietteBody(martin, martin.years[2025]!.notices[0]!, 2025);

describe('habilitation filter', () => {
  it('returns only the cantine dossier’s two data and says what opens the rest', () => {
    const h = habilitationOf(dossierWith(['dgfip_annee_n_moins_2', 'dgfip_rfr', 'dgfip_nbpart']));
    const result = filterResponse(martin2025, h, { requestedYear: 2025, coveredYears: coveredYears(h, '2027-05-15') });
    expect(result.yearCovered).toBe(true);
    expect(result.returned).toEqual({ rfr: 52340, nbPart: 3 });
    const withheld = new Map(result.withheld.map((w) => [w.path, w]));
    expect(withheld.get('nmUsaDec1')).toMatchObject({ value: 'MARTIN', reason: 'field', openedBy: 'dgfip_nmUsaDec1' });
    expect(withheld.get('aftDetail.commune')?.openedBy).toBe('dgfip_aft');
    expect(withheld.get('pac.nbPacF')?.openedBy).toBe('dgfip_pac');
    expect(withheld.get('montTotIr')?.openedBy).toBeNull();
  });

  it('gives only the dependant boxes the dossier named', () => {
    const h = habilitationOf(dossierWith(['dgfip_annee_n_moins_1', 'dgfip_pac'], ['F', 'H']));
    const result = filterResponse(martin2025, h, { requestedYear: 2025, coveredYears: [2025] });
    expect(result.returned).toEqual({ pac: { nbPacF: 2, nbPacH: 0 } });
  });

  it('withholds everything for a year the habilitation does not cover', () => {
    const h = habilitationOf(dossierWith(['dgfip_annee_n_moins_2', 'dgfip_rfr']));
    // N-2 on 26 November 2026 is 2024: the 2025 income is not covered.
    const result = filterResponse(martin2025, h, { requestedYear: 2025, coveredYears: coveredYears(h, '2026-11-26') });
    expect(coveredYears(h, '2026-11-26')).toEqual([2024]);
    expect(result.yearCovered).toBe(false);
    expect(result.returned).toEqual({});
    expect(result.withheld.every((w) => w.reason === 'year')).toBe(true);
  });

  it('reads the year of a "deux ans" answer from annRevenu, and returns it with the fallback year', () => {
    const h = habilitationOf(dossierWith(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_rfr']));
    const body = derniereSituationBody(martin, martin.years[2025]!.notices[0]!, 2025);
    const result = filterResponse(body, h, { requestedYear: null, coveredYears: coveredYears(h, '2027-05-15') });
    expect(result.year).toBe(2025);
    expect(result.returned).toEqual({ annRevenu: 2025, rfr: 52340 });
  });

  it('filters each period of IR multiple and keeps them in place, periods opened by the death scope', () => {
    const moreau = HOUSEHOLDS.find((x) => x.id === 'moreau')!;
    const body = multipleBody(moreau, moreau.years[2024]!.notices, 2024);
    const h = habilitationOf(dossierWith(['dgfip_annee_n_moins_2', 'dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_sitfam']));
    const result = filterResponse(body, h, { requestedYear: 2024, coveredYears: [2024] });
    const periods = (result.returned as { situationsIR: Record<string, unknown>[] }).situationsIR;
    expect(periods.map((p) => p.sitFam)).toEqual(['M', 'V']);
    expect(periods[1]).toMatchObject({ dateDecesdec2: expect.any(String) as string, dateDebutPeriode: expect.any(String) as string });
    expect(result.withheld.map((w) => w.path)).toContain('situationsIR[1].rfr');
    const withoutDeathScope = filterResponse(body, habilitationOf(dossierWith(['dgfip_annee_n_moins_2', 'dgfip_sitfam'])), {
      requestedYear: 2024,
      coveredYears: [2024],
    });
    expect(withoutDeathScope.returned).toEqual({ situationsIR: [{ sitFam: 'M' }, { sitFam: 'V' }] });
  });

  const scopeSets = fc.subarray([...SCOPE_KEYS]);
  const boxSets = fc.subarray([...DEPENDANT_BOX_LETTERS]);
  const bodies = fc
    .tuple(fc.constantFrom(...HOUSEHOLDS), fc.integer({ min: 2022, max: 2026 }), fc.constantFrom('assiette', 'derniere', 'multiple', 'facture'))
    .filter(([h, year]) => h.years[year] !== undefined)
    .map(([h, year, kind]) => {
      const notices = h.years[year]!.notices;
      const last = notices[notices.length - 1]!;
      const body =
        kind === 'multiple'
          ? multipleBody(h, notices, year)
          : kind === 'facture'
            ? factureBody(h, last, year)
            : kind === 'derniere'
              ? derniereSituationBody(h, last, year)
              : assietteBody(h, last, year);
      return { body, year };
    });

  function checkNoLeak(body: unknown, scopes: ScopeKey[], boxes: string[], covered: boolean, year: number) {
    const h = habilitationOf(dossierWith(scopes, boxes));
    const result = filterResponse(body, h, { requestedYear: year, coveredYears: covered ? [year] : [] });
    const allowed = allowedFields(scopes, boxes);
    for (const [keys, value] of flatten(result.returned)) {
      if (keys.length === 0) {
        expect(value, 'only an emptied situation of IR multiple has no field name').toEqual({});
        continue;
      }
      expect(covered, `${keys.join('.')} returned for an uncovered year`).toBe(true);
      expect(
        allowed.some((f) => opens(f, keys)),
        `${keys.join('.')} returned without a ticked scope`,
      ).toBe(true);
    }
    // Nothing lost, nothing duplicated: every leaf is either returned or withheld, with its value.
    const original = flatten(body);
    expect(result.returnedFields.length + result.withheld.length).toBe(original.length);
    for (const f of result.returnedFields) expect(original.some(([, v]) => Object.is(v, f.value) || JSON.stringify(v) === JSON.stringify(f.value))).toBe(true);
  }

  it('opens the situations of IR multiple at the top of the body only: one nested in a situation is a field like any other', () => {
    const h = habilitationOf(dossierWith([]));
    const result = filterResponse({ situationsIR: [{ situationsIR: [] }] }, h, { requestedYear: 2025, coveredYears: [] });
    expect(result.withheld).toEqual([expect.objectContaining({ path: 'situationsIR[0].situationsIR', value: [], reason: 'year' })]);
  });

  it('keeps a "__proto__" key of a response as a plain key, never as a prototype', () => {
    const h = habilitationOf(dossierWith(['dgfip_annee_n_moins_2', 'dgfip_nbpart']));
    const body = JSON.parse('{"__proto__": 611195983, "nbPart": {"__proto__": {"": 1}, "": null}}') as unknown;
    const result = filterResponse(body, h, { requestedYear: 2025, coveredYears: [2025] });
    expect(JSON.stringify(result.returned)).toBe('{"nbPart":{"__proto__":{"":1},"":null}}');
    expect(Object.getPrototypeOf((result.returned as { nbPart: object }).nbPart)).toBe(Object.prototype);
  });

  it('gives a body whose keys can be changed and deleted, as JSON.parse gives them', () => {
    const h = habilitationOf(dossierWith(['dgfip_annee_n_moins_2', 'dgfip_rfr', 'dgfip_nbpart']));
    const returned = filterResponse(martin2025, h, { requestedYear: 2025, coveredYears: [2025] }).returned as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(returned, 'rfr')).toEqual({ value: martin2025.rfr, writable: true, enumerable: true, configurable: true });
    expect(delete returned.nbPart).toBe(true);
    expect(Object.keys(returned)).toEqual(['rfr']);
  });

  it('never lets through a field no ticked scope opens (fictional bodies)', () => {
    fc.assert(
      fc.property(bodies, scopeSets, boxSets, fc.boolean(), ({ body, year }, scopes, boxes, covered) => checkNoLeak(body, scopes, boxes, covered, year)),
      { numRuns: 400 },
    );
  });

  it('never lets through a field no ticked scope opens (any JSON, including look-alike keys)', () => {
    const key = fc.oneof(
      fc.constantFrom('rfr', 'nbPart', 'pac', 'nbPacF', 'nbPacG', 'aftDetail', 'aft', 'situationsIR', 'rfrX', 'pac.nbPacF', '__proto__', 'constructor'),
      fc.string({ maxLength: 6 }),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.integer(),
        fc.string({ maxLength: 4 }),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(key, tie('value'), { maxKeys: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.dictionary(key, json, { maxKeys: 8 }), scopeSets, boxSets, fc.boolean(), (body, scopes, boxes, covered) =>
        checkNoLeak(body, scopes, boxes, covered, 2025),
      ),
      { numRuns: 400 },
    );
  });
});

describe('the habilitation filter, on bodies the API would not send', () => {
  const rfrOnly = habilitationOf(dossierWith(['dgfip_annee_n_moins_1', 'dgfip_rfr']));
  const context = { requestedYear: 2025, coveredYears: [2025] };

  it('withholds a body that is not an object whole, and has nothing to say of no body at all', () => {
    expect(filterResponse('Service Unavailable', rfrOnly, context).withheld).toEqual([
      { path: '', value: 'Service Unavailable', reason: 'field', openedBy: null },
    ]);
    expect(filterResponse(null, rfrOnly, context).withheld).toEqual([{ path: '', value: null, reason: 'field', openedBy: null }]);
    expect(filterResponse(undefined, rfrOnly, context)).toEqual({ returned: {}, returnedFields: [], withheld: [], year: 2025, yearCovered: true });
  });

  it('reads the year of the body only from a number', () => {
    expect(filterResponse({ annRevenu: '2025', rfr: 1 }, rfrOnly, { requestedYear: null, coveredYears: [2025] })).toMatchObject({
      year: null,
      yearCovered: false,
    });
    expect(filterResponse({ annRevenu: 2025, rfr: 1 }, rfrOnly, { requestedYear: null, coveredYears: [2025] })).toMatchObject({
      year: 2025,
      yearCovered: true,
    });
  });

  it('stops at 32 levels deep, withholding what is left there as one value', () => {
    const nested = (levels: number): unknown => (levels === 0 ? 'fond' : { n: nested(levels - 1) });
    const { withheld } = filterResponse(nested(40), rfrOnly, context);
    expect(withheld).toHaveLength(1);
    expect(withheld[0]!.path.split('.')).toHaveLength(32);
  });

  it('keeps each period of IR multiple in place, an empty one where nothing of it is returned', () => {
    const { returned } = filterResponse({ situationsIR: [{ sitFam: 'M' }, { rfr: 12_000, sitFam: 'V' }] }, rfrOnly, context);
    expect(returned).toEqual({ situationsIR: [{}, { rfr: 12_000 }] });
    expect(filterResponse({ situationsIR: [{ rfr: 1 }, { sitFam: 'V' }] }, rfrOnly, context).returned).toEqual({ situationsIR: [{ rfr: 1 }, {}] });
  });
});
