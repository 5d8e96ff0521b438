import { describe, expect, it } from 'vitest';
import { newDossier } from './dossier/new-dossier';
import type { MethodSection } from './dossier/model';
import { simulate, type Household, type Simulation } from './pricing';

// What the mutation run (npm run mutation) found the tests of pricing.test.ts did not pin down:
// each line of the worked example, the singular and plural, the exact thresholds, the inputs refused.

const method = (m: Partial<MethodSection>): MethodSection => ({ ...newDossier('x', 'x').method, ...m });
const family: Household = { income: 30_000, parts: 3, dependants: 2 };
const nbsp = (s: Simulation) => JSON.parse(JSON.stringify(s).replace(/[\u00a0\u202f]/g, ' ')) as Simulation;
const run = (m: Partial<MethodSection>, h: Household = family) => nbsp(simulate(method(m), h));
const grid = [
  { upTo: '500', price: '1' },
  { upTo: '900', price: '2,40' },
  { upTo: '', price: '4,80' },
];
const INCOMPLETE = { ok: false, reason: 'Complétez les paramètres de la méthode pour voir un exemple de calcul.' };
const MONTHLY_QF = 'QF = revenu fiscal de référence 30 000,00 € ÷ 3 parts ÷ 12 = 833,33 €';

describe('the quotient line', () => {
  it('writes an annual QF of one part without "÷ 12" and in the singular', () => {
    expect(run({ id: 'qf-fiscal', qfPeriod: 'annuel' }, { income: 12_000, parts: 1, dependants: 0 })).toEqual({
      ok: true,
      lines: ['QF = revenu fiscal de référence 12 000,00 € ÷ 1 part = 12 000,00 €'],
      result: 'Quotient familial : 12 000,00 €',
    });
  });
});

describe('the tranches', () => {
  it('name the tranche found, its bounds and its price, for the QF CAF replaced by the fiscal QF too', () => {
    expect(run({ id: 'tranches-qf', tranches: grid })).toEqual({
      ok: true,
      lines: [MONTHLY_QF, 'Tranche 2 (QF de 500,00 € à 900,00 €) : 2,40 €'],
      result: 'Tarif : 2,40 €',
    });
    expect(run({ id: 'qf-caf', tranches: grid }, { income: 90_000, parts: 2, dependants: 0 })).toEqual({
      ok: true,
      lines: [
        'Sans droits CAF, le quotient fiscal remplace le QF CAF :',
        'QF = revenu fiscal de référence 90 000,00 € ÷ 2 parts ÷ 12 = 3 750,00 €',
        'Tranche 3 (QF au-delà de 900,00 €) : 4,80 €',
      ],
      result: 'Tarif : 4,80 €',
    });
  });

  it('are incomplete when a tranche other than the last has no upper bound, for the QF CAF too', () => {
    const open = [
      { upTo: '', price: '1' },
      { upTo: '900', price: '2' },
    ];
    expect(run({ id: 'tranches-qf', tranches: open })).toEqual(INCOMPLETE);
    expect(run({ id: 'qf-caf', tranches: open })).toEqual(INCOMPLETE);
  });
});

describe('the household refused', () => {
  it('has a negative or unknown income, no part or a negative number of dependants', () => {
    const refused = { ok: false, reason: 'Indiquez un revenu positif et un nombre de parts supérieur à zéro.' };
    expect(run({ id: 'qf-fiscal' }, { income: -1, parts: 1, dependants: 0 })).toEqual(refused);
    expect(run({ id: 'qf-fiscal' }, { income: Number.NaN, parts: 1, dependants: 0 })).toEqual(refused);
    expect(run({ id: 'qf-fiscal' }, { income: 1000, parts: 0, dependants: 0 })).toEqual(refused);
    expect(run({ id: 'qf-fiscal' }, { income: 1000, parts: 1, dependants: -1 })).toEqual(refused);
    expect(run({ id: 'qf-fiscal' }, { income: 0, parts: 1, dependants: 0 })).toMatchObject({ ok: true });
  });
});

describe('the taux d’effort', () => {
  it('shows the rate applied and the floor and ceiling', () => {
    expect(run({ id: 'taux-effort', rate: '0,36', floor: '2,60', ceiling: '4,50' })).toEqual({
      ok: true,
      lines: [MONTHLY_QF, '833,33 € × 0,36 % = 3,00 €', 'borné entre 2,60 € et 4,50 €'],
      result: 'Tarif : 3,00 €',
    });
  });

  it('interpolates only between two distinct QF, all four amounts given', () => {
    const linear = { id: 'taux-effort' as const, effortMode: 'lineaire' as const, qfMin: '300', priceMin: '1', qfMax: '1300', priceMax: '5' };
    expect(run(linear, { income: 28_800, parts: 3, dependants: 0 })).toEqual({
      ok: true,
      lines: [
        'QF = revenu fiscal de référence 28 800,00 € ÷ 3 parts ÷ 12 = 800,00 €',
        'Interpolation entre (QF 300,00 € ; 1,00 €) et (QF 1 300,00 € ; 5,00 €)',
      ],
      result: 'Tarif : 3,00 €',
    });
    expect(run({ ...linear, qfMax: '300' })).toEqual(INCOMPLETE);
    expect(run({ ...linear, qfMax: '' })).toEqual(INCOMPLETE);
  });
});

describe('the CNAF barème', () => {
  it('shows the monthly resources kept and the rate for the number of children, singular or plural', () => {
    const cnaf = { id: 'bareme-cnaf' as const, resourcesFloor: '814,62', resourcesCeiling: '8 500' };
    expect(run(cnaf, { income: 36_000, parts: 3, dependants: 2 })).toEqual({
      ok: true,
      lines: [
        'Ressources mensuelles = 36 000,00 € ÷ 12 = 3 000,00 €, retenues entre 814,62 € et 8 500,00 € : 3 000,00 €',
        "Taux d'effort pour 2 enfants à charge : 0,0516 %",
      ],
      result: 'Tarif horaire : 1,55 €',
    });
    expect(run(cnaf, { income: 0, parts: 1, dependants: 1 })).toMatchObject({ lines: [expect.any(String), "Taux d'effort pour 1 enfant à charge : 0,0619 %"] });
    expect(run({ ...cnaf, resourcesFloor: '' })).toEqual(INCOMPLETE);
  });
});

describe('the resources threshold', () => {
  it('makes a QF equal to the threshold eligible, and one cent above not', () => {
    expect(run({ id: 'seuil-ressources', threshold: '833,33', thresholdBasis: 'qf' })).toEqual({
      ok: true,
      lines: [MONTHLY_QF, 'Seuil : 833,33 €'],
      result: 'Éligible',
    });
    expect(run({ id: 'seuil-ressources', threshold: '833,32', thresholdBasis: 'qf' })).toMatchObject({ result: 'Non éligible' });
  });

  it('makes an income equal to the threshold eligible, and shows both', () => {
    expect(run({ id: 'seuil-ressources', threshold: '30 000' })).toEqual({
      ok: true,
      lines: ['Revenu fiscal de référence : 30 000,00 € ; seuil : 30 000,00 €'],
      result: 'Éligible',
    });
    expect(run({ id: 'seuil-ressources', threshold: '29 999,99' })).toMatchObject({ result: 'Non éligible' });
    expect(run({ id: 'seuil-ressources', threshold: '' })).toEqual(INCOMPLETE);
  });
});

describe('the methods that compute no price', () => {
  it('say why', () => {
    expect(run({ id: 'residence' })).toEqual({ ok: false, reason: "Cette méthode ne calcule pas de tarif : elle vérifie l'adresse du foyer." });
    expect(run({ id: '' })).toEqual({ ok: false, reason: 'Choisissez une méthode de calcul.' });
  });
});
