import { describe, expect, it, vi } from 'vitest';
import { addDays, addMonths, formatFrenchDate, isIsoDate, MAX_YEAR, MIN_YEAR, monthsSpanned, parseIsoDate, todayIso, toIsoDate, yearOf } from './dates';

describe('a date as the forms hold it', () => {
  it('is a real calendar day written YYYY-MM-DD, read in UTC', () => {
    expect(parseIsoDate('2027-05-15')?.toISOString()).toBe('2027-05-15T00:00:00.000Z');
    expect(parseIsoDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(isIsoDate('2027-05-15')).toBe(true);
  });

  it('is not a day that does not exist', () => {
    expect(parseIsoDate('2027-02-29')).toBeNull();
    expect(parseIsoDate('2027-04-31')).toBeNull();
    expect(parseIsoDate('2027-13-01')).toBeNull();
    expect(parseIsoDate('2027-00-10')).toBeNull();
    expect(parseIsoDate('2027-05-00')).toBeNull();
    expect(isIsoDate('2027-02-30')).toBe(false);
  });

  it('is written with exactly four, two and two digits, nothing around them', () => {
    for (const text of [
      '2027-5-15',
      '2027-05-5',
      '27-05-15',
      '12027-05-15',
      ' 2027-05-15',
      '2027-05-15 ',
      '2027-05-15T00:00',
      '2027/05/15',
      'x2027-05-15',
      '',
    ]) {
      expect(parseIsoDate(text), text).toBeNull();
    }
  });

  it('has a four-digit year from 1000: what a date field holds while its year is being typed is not a date', () => {
    expect(MIN_YEAR).toBe(1000);
    expect(MAX_YEAR).toBe(9999);
    expect(parseIsoDate('1000-01-01')?.getUTCFullYear()).toBe(1000);
    expect(parseIsoDate('0999-12-31')).toBeNull();
    expect(parseIsoDate('0202-05-15')).toBeNull();
    expect(parseIsoDate('0020-05-15')).toBeNull();
    expect(parseIsoDate('9999-12-31')?.getUTCFullYear()).toBe(9999);
  });

  it('is never anything but a string, and reading anything else never throws', () => {
    for (const value of [undefined, null, 20270515, new Date('2027-05-15'), ['2027-05-15'], { date: '2027-05-15' }]) {
      expect(parseIsoDate(value)).toBeNull();
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it('is written back from a day as YYYY-MM-DD, and its year read from it', () => {
    expect(toIsoDate(new Date(Date.UTC(2027, 0, 5)))).toBe('2027-01-05');
    expect(yearOf('2027-01-05')).toBe(2027);
  });
});

describe('today', () => {
  /** A moment as seen from a time zone `offset` minutes east of UTC (Paris: 60 in winter, 120 in summer). */
  const seenFrom = (iso: string, offset: number) => Object.assign(new Date(iso), { getTimezoneOffset: () => -offset });

  it('is the user’s own calendar day, not UTC’s, just after midnight and just before', () => {
    expect(todayIso(seenFrom('2026-12-02T23:30:00Z', 60))).toBe('2026-12-03');
    expect(todayIso(seenFrom('2026-12-02T22:30:00Z', 60))).toBe('2026-12-02');
    expect(todayIso(seenFrom('2027-06-30T22:30:00Z', 120))).toBe('2027-07-01');
    expect(todayIso(seenFrom('2026-12-03T03:00:00Z', -300))).toBe('2026-12-02');
  });

  it('is read from the clock when no moment is given', () => {
    expect(todayIso()).toBe('2026-12-02');
  });
});

describe('adding months', () => {
  it('keeps the day of the month, across the year’s end', () => {
    expect(addMonths('2027-01-15', 1)).toBe('2027-02-15');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
    expect(addMonths('2027-03-15', -3)).toBe('2026-12-15');
    expect(addMonths('2027-03-15', 0)).toBe('2027-03-15');
  });

  it('falls back on the month’s last day when the day does not exist there', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', 1)).toBe('2027-04-30');
    expect(addMonths('2027-08-31', 1)).toBe('2027-09-30');
    expect(addMonths('2027-01-30', 1)).toBe('2027-02-28');
  });

  it('gives nothing for a wrong date, a count that is not a number, or a year outside 1000-9999', () => {
    expect(addMonths('2027-02-30', 1)).toBeNull();
    expect(addMonths('2027-01-15', Number.NaN)).toBeNull();
    expect(addMonths('2027-01-15', Number.POSITIVE_INFINITY)).toBeNull();
    expect(addMonths('9999-12-01', 1)).toBeNull();
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(addMonths('1000-01-31', -1)).toBeNull();
    expect(addMonths('1000-02-28', -1)).toBe('1000-01-28');
  });
});

describe('adding days', () => {
  it('moves across months, leap days and years, forwards and back', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2027-01-01', 0)).toBe('2027-01-01');
    expect(addDays('2027-01-01', 365)).toBe('2028-01-01');
  });

  it('gives nothing for a wrong date, a count that is not a number, or a year outside 1000-9999', () => {
    expect(addDays('2027-13-01', 1)).toBeNull();
    expect(addDays('2027-01-01', Number.NaN)).toBeNull();
    expect(addDays('2027-01-01', Number.NEGATIVE_INFINITY)).toBeNull();
    expect(addDays('9999-12-31', 1)).toBeNull();
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('1000-01-01', -1)).toBeNull();
    expect(addDays('1000-01-02', -1)).toBe('1000-01-01');
    // Beyond what a JavaScript date can hold at all.
    expect(addDays('2027-01-01', 1e12)).toBeNull();
  });
});

describe('a date written in French', () => {
  it('reads "15 mai 2027", with "1er" for the first of the month only', () => {
    expect(formatFrenchDate('2027-05-15')).toBe('15 mai 2027');
    expect(formatFrenchDate('2027-05-01')).toBe('1er mai 2027');
    expect(formatFrenchDate('2027-05-11')).toBe('11 mai 2027');
    expect(formatFrenchDate('2027-05-21')).toBe('21 mai 2027');
  });

  it('is in French from the very first date written (the formatter is made on first use)', async () => {
    vi.resetModules();
    const fresh = await import('./dates');
    expect(fresh.formatFrenchDate('2027-05-01')).toBe('1er mai 2027');
    expect(fresh.formatFrenchDate('2027-12-31')).toBe('31 décembre 2027');
  });

  it('leaves what is not a date as it was typed', () => {
    expect(formatFrenchDate('2027-02-30')).toBe('2027-02-30');
    expect(formatFrenchDate('bientôt')).toBe('bientôt');
  });
});

describe('the months between two days', () => {
  it('are the fewest whole months after the start that reach the end', () => {
    expect(monthsSpanned('2027-05-15', '2027-05-15')).toBe(0);
    expect(monthsSpanned('2027-05-15', '2027-05-16')).toBe(1);
    expect(monthsSpanned('2027-05-15', '2027-06-15')).toBe(1);
    expect(monthsSpanned('2027-05-15', '2027-06-16')).toBe(2);
    expect(monthsSpanned('2027-01-31', '2027-02-28')).toBe(1);
    expect(monthsSpanned('2027-01-01', '2028-01-01')).toBe(12);
  });

  it('are counted up to a century, not beyond', () => {
    expect(monthsSpanned('2000-01-01', '2100-01-01')).toBe(1200);
    expect(monthsSpanned('2000-01-01', '2100-01-02')).toBeNull();
  });

  it('are not counted for an end before the start, a wrong date, or an end past the year 9999', () => {
    expect(monthsSpanned('2027-05-15', '2027-05-14')).toBeNull();
    expect(monthsSpanned('2027-02-30', '2027-05-14')).toBeNull();
    expect(monthsSpanned('2027-05-15', '2027-02-30')).toBeNull();
    expect(monthsSpanned('2027-01-15', '2027-02-30')).toBeNull();
    expect(monthsSpanned('9999-12-01', '9999-12-31')).toBeNull();
  });
});
