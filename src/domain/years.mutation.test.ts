import { describe, expect, it } from 'vitest';
import { adviseYears, availabilityPeriods, taxationDate } from './years';

// What the mutation run (npm run mutation) found the tests of years.test.ts did not pin down.

describe('the years the advice is computed for', () => {
  it('starts in 1900 and ends in 2999, both included', () => {
    expect(adviseYears('1900-01-01', '1900-03-01')).not.toBeNull();
    expect(adviseYears('2999-11-01', '2999-12-31')).not.toBeNull();
    expect(adviseYears('1899-11-01', '1899-12-31')).toBeNull();
    expect(adviseYears('1899-12-01', '1900-01-31')).toBeNull();
    expect(adviseYears('2999-12-01', '3000-01-31')).toBeNull();
    expect(adviseYears('3000-01-01', '3000-01-31')).toBeNull();
  });

  it('cuts no period for a campaign that starts or ends outside them', () => {
    expect(availabilityPeriods('1899-11-01', '1899-12-31')).toEqual([]);
    expect(availabilityPeriods('1899-12-01', '1900-01-31')).toEqual([]);
    expect(availabilityPeriods('2999-12-01', '3000-01-31')).toEqual([]);
  });

  it('writes a forecast taxation date with a four-digit year', () => {
    expect(taxationDate(999)).toEqual({ date: '0999-07-22', forecast: true });
  });
});

describe('the campaign cut into periods', () => {
  it('gives a one-day campaign its one period', () => {
    expect(availabilityPeriods('2027-05-15', '2027-05-15')).toEqual([{ from: '2027-05-15', to: '2027-05-15', incomeYear: 2025, relative: 'N-2' }]);
    expect(adviseYears('2027-05-15', '2027-05-15')?.recommended).toBe('dgfip_annee_n_moins_2');
  });

  it('counts the taxation day itself as the first day of the newer year, even when the campaign ends on it', () => {
    expect(availabilityPeriods('2027-06-01', '2027-07-22')).toEqual([
      { from: '2027-06-01', to: '2027-07-21', incomeYear: 2025, relative: 'N-2' },
      { from: '2027-07-22', to: '2027-07-22', incomeYear: 2026, relative: 'N-1' },
    ]);
    expect(adviseYears('2027-06-01', '2027-07-21')?.recommended).toBe('dgfip_annee_n_moins_2');
    expect(adviseYears('2027-06-01', '2027-07-22')?.recommended).toBe('dgfip_annee_n_moins_2_si_indispo_n_moins_1');
  });

  it('ends a period on New Year’s Eve when the campaign ends on New Year’s Day', () => {
    expect(availabilityPeriods('2026-12-01', '2027-01-01')).toEqual([
      { from: '2026-12-01', to: '2026-12-31', incomeYear: 2025, relative: 'N-1' },
      { from: '2027-01-01', to: '2027-01-01', incomeYear: 2025, relative: 'N-2' },
    ]);
  });
});

describe('the reason given with the advice', () => {
  it('for N-2, says when, which year is not yet there and which is', () => {
    expect(adviseYears('2027-05-15', '2027-06-30')?.reason).toBe(
      'Du 15 mai 2027 au 30 juin 2027, les revenus 2026 ne seront pas encore disponibles (impôt calculé vers le 22 juillet 2027) : ' +
        "demandez l'avant-dernière année de revenu (N-2), les revenus 2025.",
    );
  });

  it('for N-1, says when and which year is there', () => {
    expect(adviseYears('2025-08-25', '2025-09-30')?.reason).toBe(
      'Du 25 août 2025 au 30 septembre 2025, les revenus 2024 seront disponibles (impôt calculé vers le 22 juillet 2025) : ' +
        'demandez la dernière année de revenu (N-1).',
    );
  });

  it('across New Year only, says the same income year changes its name', () => {
    expect(adviseYears('2026-09-01', '2027-06-30')?.reason).toBe(
      'Du 1er septembre 2026 au 30 juin 2027, la dernière année disponible reste celle des revenus 2025, ' +
        "mais DataPass l'appelle N-1 puis N-2 au changement d'année civile : l'année « N-1 ou N-2 » la donne sans interruption.",
    );
  });

  it('across New Year then the taxation date, names the day the income year changes, not New Year’s Day', () => {
    const advice = adviseYears('2026-12-01', '2027-09-01')!;
    expect(advice.periods.map((p) => p.incomeYear)).toEqual([2025, 2025, 2026]);
    expect(advice.reason).toBe(
      "La campagne enjambe le calcul de l'impôt (vers le 22 juillet 2027) : l'année « N-1 ou N-2 » donne les revenus 2025 puis 2026 ; " +
        'pour traiter toutes les familles sur la même année, fixez cette règle dans la délibération.',
    );
  });
});

describe('whether the advice rests on a forecast taxation date', () => {
  it('says so when any year of the campaign has no published date, even if another has', () => {
    expect(adviseYears('2025-12-01', '2026-02-01')?.forecast).toBe(true);
    expect(adviseYears('2024-12-01', '2025-02-01')?.forecast).toBe(false);
  });
});
