/**
 * Calendar dates as the forms hold them ("2027-05-15"). All arithmetic is done in UTC so that a
 * date never shifts by a day with the user's time zone.
 */
export type IsoDate = string;

/**
 * The years a stored date may have. While a year is typed on the keyboard, Chromium's date field
 * already holds "0002-05-15", then "0020-…", "0202-…": those are half-typed, not dates.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** A real calendar day with a four-digit year, or null: never throws, whatever it is given. */
export function parseIsoDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < MIN_YEAR) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC carries an impossible month (00, 13…) or day (00, 31 April…) over into another month,
  // never a whole year on (a day is 99 at most): the month read back is enough to refuse them.
  return date.getUTCMonth() === m - 1 ? date : null;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

/** The day as "YYYY-MM-DD", or null when it falls outside the years a date may have. */
function toStorableIsoDate(date: Date): IsoDate | null {
  const year = date.getUTCFullYear();
  return Number.isFinite(year) && year >= MIN_YEAR && year <= MAX_YEAR ? toIsoDate(date) : null;
}

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function todayIso(now: Date = new Date()): IsoDate {
  // The user's own calendar day, not UTC's.
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The same day, some months later (or the month's last day); null when not computable. */
export function addMonths(date: IsoDate, months: number): IsoDate | null {
  const d = parseIsoDate(date);
  if (!d || !Number.isFinite(months)) return null;
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return toStorableIsoDate(target);
}

/** Some days later (or earlier); null when not computable. */
export function addDays(date: IsoDate, days: number): IsoDate | null {
  const d = parseIsoDate(date);
  if (!d || !Number.isFinite(days)) return null;
  return toStorableIsoDate(new Date(d.getTime() + days * 86_400_000));
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

// Created on first use: building an Intl formatter loads locale data, which a page that never
// shows a date should not pay for.
let frenchDate: Intl.DateTimeFormat | undefined;

/** "15 mai 2027"; "1er" for the first of the month, as French usage wants. */
export function formatFrenchDate(date: IsoDate): string {
  const d = parseIsoDate(date);
  if (!d) return date;
  frenchDate ??= new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // Only the first of the month is written "1 …" (the 10th to 19th start "1" and another digit).
  return frenchDate.format(d).replace(/^1 /, '1er ');
}

/** The fewest whole months after `start` that reach `end` (0 when they are the same day). */
export function monthsSpanned(start: IsoDate, end: IsoDate): number | null {
  if (!isIsoDate(start) || !isIsoDate(end) || end < start) return null;
  for (let months = 0; months <= 1200; months++) {
    const reached = addMonths(start, months);
    // Stryker disable next-line ConditionalExpression: a stop only; past the year 9999 every later month is null too, never >= end, and the loop ends on null as well.
    if (reached === null) return null;
    if (reached >= end) return months;
  }
  return null;
}
