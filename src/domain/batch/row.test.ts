import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dossier, MethodSection } from '../dossier/model';
import { readVendorModel, type VendorModel } from '../vendor';
import { columnByKey } from './columns';
import { applyRow, batchTitle, parseRow, rowToDossier, rowValueProblems, type ParsedRow } from './row';

const modelRead = readVendorModel(readFileSync(new URL('../../../examples/editeur/modele-logiciels-famille.json', import.meta.url), 'utf8'));
if (!modelRead.ok) throw new Error(modelRead.message);
const model: VendorModel = modelRead.model;
const OPTIONS = { id: 'lot-1', now: new Date('2026-12-02T10:00:00+01:00'), today: '2026-12-02' };
const TODAY = '2026-12-02';

const GOOD = { name: 'Commune de Saint-Exemple', siret: '21990001200010', type: 'commune', useCase: 'cantine' };

function parsed(cells: Record<string, string>): ParsedRow {
  const result = parseRow({ line: 4, cells });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.row;
}

function withMethod(d: Dossier, method: Partial<MethodSection>): Dossier {
  return { ...d, method: { ...d.method, ...method } };
}

describe('a row’s title', () => {
  it('names the use case by its label, then the collectivité', () => {
    expect(batchTitle(parsed(GOOD))).toBe('Cantine scolaire – Commune de Saint-Exemple');
  });

  it('leaves out what the row does not give: the use case alone, the name alone, or nothing', () => {
    expect(batchTitle({ line: 2, values: new Map([['useCase', 'creche']]) })).toBe('Places en crèche');
    expect(batchTitle({ line: 2, values: new Map([['name', 'Commune de Saint-Exemple']]) })).toBe('Commune de Saint-Exemple');
    expect(batchTitle({ line: 2, values: new Map() })).toBe('');
  });

  it('leaves out a name that is not a text', () => {
    expect(
      batchTitle({
        line: 2,
        values: new Map<string, string | []>([
          ['useCase', 'cantine'],
          ['name', []],
        ]),
      }),
    ).toBe('Cantine scolaire');
  });
});

describe('what the steps’ rules call wrong in a row', () => {
  it('judges only the sections the row writes, not a wrong value the vendor’s model left elsewhere', () => {
    const row = parsed(GOOD);
    const d = withMethod(applyRow(rowToDossierBase(), row), {
      id: 'taux-effort',
      effortMode: 'plancher-plafond',
      rate: 'beaucoup',
    });
    expect(rowValueProblems(d, row, TODAY)).toEqual([]);
  });

  it('judges only the columns the row writes in a section, not the section’s other fields', () => {
    const row = parsed({ ...GOOD, method: 'taux-effort' });
    const d = withMethod(applyRow(rowToDossierBase(), row), { effortMode: 'plancher-plafond', rate: 'beaucoup' });
    expect(rowValueProblems(d, row, TODAY)).toEqual([]);
    const withRate = parsed({ ...GOOD, method: 'taux-effort', rate: 'beaucoup' });
    expect(rowValueProblems(withMethod(applyRow(rowToDossierBase(), withRate), { effortMode: 'plancher-plafond' }), withRate, TODAY)).toEqual([
      {
        line: 4,
        column: 'Taux d’effort',
        message: 'Saisissez le taux d’effort (en % du QF) en chiffres, avec une virgule pour les décimales (par exemple 2,60).',
      },
    ]);
  });

  it('does not refuse a row for what is still missing, such as a tranche bound: the summary lists it', () => {
    const result = rowToDossier(model, { line: 4, cells: { ...GOOD, method: 'tranches-qf', tranches: 'au-delà : 1 ; au-delà : 2' } }, OPTIONS);
    expect(result.ok).toBe(true);
    expect(result.ok && result.dossier.method.tranches).toEqual([
      { upTo: '', price: '1' },
      { upTo: '', price: '2' },
    ]);
  });

  it('names the column of the section the rule belongs to, even when another section’s column has the same field', () => {
    const row = parsed({ ...GOOD, method: 'tranches-qf' });
    const d = withMethod(applyRow(rowToDossierBase(), row), { id: 'forfait' as MethodSection['id'] });
    const problems = rowValueProblems(d, row, TODAY);
    expect(problems.map((p) => p.column)).toEqual([columnByKey('method').header]);
  });
});

function rowToDossierBase(): Dossier {
  const result = rowToDossier(model, { line: 4, cells: GOOD }, OPTIONS);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dossier;
}
