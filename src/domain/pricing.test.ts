import { describe, expect, it } from 'vitest';
import { newDossier } from './dossier/new-dossier';
import type { MethodSection } from './dossier/model';
import { simulate, type Household } from './pricing';

const method = (m: Partial<MethodSection>): MethodSection => ({ ...newDossier('x', 'x').method, ...m });
const family: Household = { income: 30_000, parts: 3, dependants: 2 };
const result = (m: Partial<MethodSection>, h: Household = family) => {
  const s = simulate(method(m), h);
  if (!s.ok) throw new Error(s.reason);
  return s;
};
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('tariff simulation, checked against hand-computed cases', () => {
  const grid = [
    { upTo: '500', price: '1' },
    { upTo: '900', price: '2,40' },
    { upTo: '', price: '4,80' },
  ];

  it('places a monthly QF of 833,33 € in the second tranche', () => {
    const s = result({ id: 'tranches-qf', tranches: grid });
    expect(nbsp(s.lines[0]!)).toBe('QF = revenu fiscal de référence 30 000,00 € ÷ 3 parts ÷ 12 = 833,33 €');
    expect(nbsp(s.result)).toBe('Tarif : 2,40 €');
  });

  it('puts the upper bound of a tranche inside it, and anything above in the open last one', () => {
    expect(nbsp(result({ id: 'tranches-qf', tranches: grid }, { income: 18_000, parts: 3, dependants: 0 }).result)).toBe('Tarif : 1,00 €');
    expect(nbsp(result({ id: 'tranches-qf', tranches: grid }, { income: 90_000, parts: 2, dependants: 0 }).result)).toBe('Tarif : 4,80 €');
  });

  it('applies a taux d’effort with its floor and ceiling', () => {
    const effort = { id: 'taux-effort' as const, rate: '0,36', floor: '2,60', ceiling: '4,50' };
    expect(nbsp(result(effort).result)).toBe('Tarif : 3,00 €'); // 833,33 × 0,36 % = 3,00
    expect(nbsp(result(effort, { income: 18_000, parts: 3, dependants: 0 }).result)).toBe('Tarif : 2,60 €'); // 1,80 → floor
    expect(nbsp(result(effort, { income: 120_000, parts: 2, dependants: 0 }).result)).toBe('Tarif : 4,50 €'); // 18,00 → ceiling
  });

  it('interpolates linearly between two points', () => {
    const linear = { id: 'taux-effort' as const, effortMode: 'lineaire' as const, qfMin: '300', priceMin: '1', qfMax: '1300', priceMax: '5' };
    expect(nbsp(result(linear, { income: 28_800, parts: 3, dependants: 0 }).result)).toBe('Tarif : 3,00 €'); // QF 800
  });

  it('applies the CNAF barème to monthly resources by number of children', () => {
    const cnaf = { id: 'bareme-cnaf' as const, resourcesFloor: '814,62', resourcesCeiling: '8 500' };
    expect(nbsp(result(cnaf, { income: 36_000, parts: 3, dependants: 2 }).result)).toBe('Tarif horaire : 1,55 €'); // 3 000 × 0,0516 %
    expect(nbsp(result(cnaf, { income: 0, parts: 1, dependants: 1 }).result)).toBe('Tarif horaire : 0,50 €'); // floor 814,62 × 0,0619 %
    expect(nbsp(result(cnaf, { income: 240_000, parts: 4, dependants: 9 }).result)).toBe('Tarif horaire : 1,75 €'); // ceiling 8 500 × 0,0206 %
  });

  it('tells eligibility against a threshold on income or on QF', () => {
    expect(result({ id: 'seuil-ressources', threshold: '25 000' }).result).toBe('Non éligible');
    expect(result({ id: 'seuil-ressources', threshold: '30 000' }).result).toBe('Éligible');
    expect(result({ id: 'seuil-ressources', threshold: '900', thresholdBasis: 'qf' }).result).toBe('Éligible');
  });

  it('says what is missing instead of computing with incomplete parameters', () => {
    expect(simulate(method({ id: 'taux-effort', rate: '0,36' }), family)).toMatchObject({ ok: false });
    expect(simulate(method({ id: 'tranches-qf', tranches: [{ upTo: '', price: 'gratuit' }] }), family)).toMatchObject({ ok: false });
    expect(simulate(method({ id: 'tranches-qf', tranches: grid }), { income: 1000, parts: 0, dependants: 0 })).toMatchObject({ ok: false });
  });
});
