import fc from 'fast-check';
import { HOSTILE_STRINGS } from '../../../test/documents/hostile';

/**
 * For property tests only: the values a field of the sandbox tester can hold, typed, pasted or
 * half-typed, and the numbers a person or a host can produce.
 */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Dates as a date field holds them while typed ("0202-05-15"), and as nobody should type them. */
export const oddDates = fc.oneof(
  fc.constantFrom(
    '',
    '0002-05-15',
    '0020-05-15',
    '0202-05-15',
    '2027-05-15',
    '20271-05-15',
    '2027-02-29',
    '2028-02-29',
    '9999-12-31',
    '1000-01-01',
    '0000-00-00',
    '2027-13-45',
    '15/05/2027',
    'NaN',
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  fc.string({ maxLength: 12 }),
);

/** Numbers: negative, huge, not a number. */
export const oddNumbers = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -1e308, -0, 0, -5, Number.MAX_SAFE_INTEGER + 2),
);

/** Text pasted in a field: long, cut in the middle of a character, with controls. */
export const oddTexts = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...HOSTILE_STRINGS, 'x'.repeat(10_001), '\uD83D', '9'.repeat(400), "$&$'$`", '../../token', '%', '%E0%A4%A'),
);
