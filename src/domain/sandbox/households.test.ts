import { describe, expect, it } from 'vitest';
import { HOUSEHOLDS, householdByFranceConnectToken, householdBySpi, mainSpi } from './households';
import { dependantCount, householdMembers, type TaxNotice } from './household-model';
import { SPI_PATTERN } from './formats';

const notices = HOUSEHOLDS.flatMap((h) => Object.entries(h.years).flatMap(([year, y]) => y.notices.map((n) => ({ h, year: Number(year), n, ifi: y.ifi }))));
const some = (test: (n: TaxNotice, ifi: boolean) => boolean) => notices.some(({ n, ifi }) => test(n, ifi));

describe('fictional households', () => {
  it('are at least twelve, each with 13-digit SPIs starting 3999999 that belong to one household only', () => {
    expect(HOUSEHOLDS.length).toBeGreaterThanOrEqual(12);
    const spis = HOUSEHOLDS.flatMap((h) => householdMembers(h).map((d) => d.spi));
    expect(new Set(spis).size).toBe(spis.length);
    for (const spi of spis) {
      expect(spi).toMatch(SPI_PATTERN);
      expect(spi.startsWith('3999999')).toBe(true);
    }
    for (const h of HOUSEHOLDS) {
      for (const member of householdMembers(h)) expect(householdBySpi(member.spi)).toBe(h);
      expect(householdByFranceConnectToken(h.franceConnectToken)).toBe(h);
    }
  });

  it('write names in upper case, as the API sends them', () => {
    for (const d of HOUSEHOLDS.flatMap(householdMembers)) {
      for (const name of [d.nmNai, d.nmUsa, d.prnm, d.lieuNaiss]) expect(name).toBe(name.toUpperCase());
    }
  });

  it('keep every notice coherent: parts, declarants, sub-boxes and periods', () => {
    for (const { n, year } of notices) {
      expect(n.nbPart).toBeGreaterThan(0);
      expect(n.declarants.length).toBe(n.sitFam === 'M' || n.sitFam === 'O' ? 2 : 1);
      expect(n.boxes.G ?? 0).toBeLessThanOrEqual(n.boxes.F ?? 0);
      expect(n.boxes.I ?? 0).toBeLessThanOrEqual(n.boxes.H ?? 0);
      if (n.period) expect(n.period.from.slice(0, 4)).toBe(String(year));
    }
  });

  it('cover every case the issue lists', () => {
    expect(some((n) => n.sitFam === 'M' && (n.boxes.F ?? 0) > 0)).toBe(true);
    expect(some((n) => n.sitFam === 'O')).toBe(true);
    expect(some((n) => n.sitFam === 'C')).toBe(true);
    expect(some((n) => n.parentIsole)).toBe(true);
    expect(some((n) => n.sitFam === 'V')).toBe(true);
    expect(notices.some(({ h, year }) => h.years[year]!.notices.length === 2 && h.years[year]!.notices[0]!.deaths.dec1 !== null)).toBe(true);
    expect(some((n) => n.income.rfr === 0)).toBe(true);
    expect(some((n) => n.income.rfr === null)).toBe(true);
    expect(some((_, ifi) => ifi)).toBe(true);
    for (const box of ['H', 'G', 'I', 'R', 'J', 'N'] as const)
      expect(
        some((n) => (n.boxes[box] ?? 0) > 0),
        box,
      ).toBe(true);
  });

  it('count dependants as people: G and I are already in F and H', () => {
    expect(dependantCount({ F: 2, G: 1, R: 1 })).toBe(3);
    expect(dependantCount({ H: 2, I: 1 })).toBe(2);
    expect(dependantCount({ F: 1, J: 1, N: 2 })).toBe(4);
  });

  it('say what a household lacks to be called: a year, a notice that year, a declarant on it', () => {
    const martin = HOUSEHOLDS.find((h) => h.id === 'martin')!;
    const notice = martin.years[2026]!.notices[0]!;
    expect(() => mainSpi({ ...martin, years: {} })).toThrow('Missing: the latest year of a household');
    expect(() => mainSpi({ ...martin, years: { 2026: { notices: [], ifi: false } } })).toThrow('Missing: a notice of the latest year');
    expect(() => mainSpi({ ...martin, years: { 2026: { notices: [{ ...notice, declarants: [] }], ifi: false } } })).toThrow('Missing: a first declarant');
  });

  it('call a widow’s household with the survivor’s SPI', () => {
    const moreau = HOUSEHOLDS.find((h) => h.id === 'moreau')!;
    expect(mainSpi(moreau)).toBe('3999999000525');
  });
});
