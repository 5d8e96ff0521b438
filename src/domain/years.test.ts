import { describe, expect, it } from 'vitest';
import { adviseYears, availabilityPeriods, latestIncomeYear, taxationDate } from './years';

describe('income years available on a given day', () => {
  it('switches to N-1 on the taxation date', () => {
    expect(latestIncomeYear('2025-07-21')).toBe(2023);
    expect(latestIncomeYear('2025-07-22')).toBe(2024);
    expect(latestIncomeYear('2025-12-31')).toBe(2024);
    expect(latestIncomeYear('2026-01-01')).toBe(2024);
  });

  it('uses the published dates and forecasts the others', () => {
    expect(taxationDate(2025)).toEqual({ date: '2025-07-22', forecast: false });
    expect(taxationDate(2027)).toEqual({ date: '2027-07-22', forecast: true });
  });
});

describe('the year advisor', () => {
  it('recommends N-2 for a campaign entirely before the July switch', () => {
    const advice = adviseYears('2027-05-15', '2027-06-30')!;
    expect(advice.recommended).toBe('dgfip_annee_n_moins_2');
    expect(advice.reason).toContain('revenus 2026 ne seront pas encore disponibles');
    expect(advice.reason).toContain('revenus 2025');
    expect(advice.forecast).toBe(true);
  });

  it('recommends N-1 for a campaign entirely after it', () => {
    const advice = adviseYears('2025-08-25', '2025-09-30')!;
    expect(advice.recommended).toBe('dgfip_annee_n_moins_1');
    expect(advice.reason).toContain('revenus 2024 seront disponibles');
    expect(advice.forecast).toBe(false);
  });

  it('recommends the fallback year for a campaign across the switch, naming both income years', () => {
    const advice = adviseYears('2027-06-15', '2027-09-15')!;
    expect(advice.recommended).toBe('dgfip_annee_n_moins_2_si_indispo_n_moins_1');
    expect(advice.reason).toContain('revenus 2025 puis 2026');
    expect(advice.reason).toContain('22 juillet 2027');
    expect(advice.periods.map((p) => [p.from, p.to, p.incomeYear])).toEqual([
      ['2027-06-15', '2027-07-21', 2025],
      ['2027-07-22', '2027-09-15', 2026],
    ]);
  });

  it('recommends the fallback year across New Year, where one income year changes its name', () => {
    const advice = adviseYears('2026-09-01', '2027-06-30')!;
    expect(advice.recommended).toBe('dgfip_annee_n_moins_2_si_indispo_n_moins_1');
    expect(advice.periods.map((p) => p.relative)).toEqual(['N-1', 'N-2']);
    expect(new Set(advice.periods.map((p) => p.incomeYear))).toEqual(new Set([2025]));
    expect(advice.reason).toContain('revenus 2025');
  });

  it('gives no advice without valid dates', () => {
    expect(adviseYears('', '2027-06-30')).toBeNull();
    expect(adviseYears('2027-06-30', '2027-05-01')).toBeNull();
    expect(adviseYears('2027-02-30', '2027-05-01')).toBeNull();
  });

  it('cuts long campaigns into consecutive periods', () => {
    const periods = availabilityPeriods('2026-01-01', '2028-12-31');
    expect(periods[0]!.from).toBe('2026-01-01');
    expect(periods.at(-1)!.to).toBe('2028-12-31');
    expect(periods).toHaveLength(6);
  });
});
