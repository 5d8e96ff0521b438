import { must } from '../../../domain/must';
/**
 * French typography for every document the tool writes (.docx, PDF, DataPass sheet): the
 * no-break spaces a French reader expects, one apostrophe, and legal references that a line
 * never splits. Applied to finished text, user values included, so that a name typed with a
 * straight apostrophe reads like the rest of the page.
 */
export const NBSP = '\u00A0';
/** Narrow no-break space: between thousands, and before « ; ! ? » in careful typesetting. */
export const NNBSP = '\u202F';
const NO_BREAK_HYPHEN = '\u2011';

// Sentinels that may sit between a space and the sign it precedes (see text-safety.ts).
const S = '[\\uE000-\\uE002]*';

type Rule = [RegExp, string | ((...groups: string[]) => string)];

const RULES: readonly Rule[] = [
  // One apostrophe: the typographic one, never the typewriter one between letters.
  [/(\p{L})'(?=\p{L}|[\uE000-\uE002])/gu, '$1’'],
  [/(\p{L}[\uE000-\uE002]*)'/gu, '$1’'],
  // A space before a high sign, or inside French quotes, never starts a line.
  [new RegExp(`[ ${NBSP}${NNBSP}]+(${S})([:;!?»])`, 'g'), `${NBSP}$1$2`],
  [new RegExp(`«(${S})[ ${NBSP}${NNBSP}]*`, 'g'), `«$1${NBSP}`],
  // Units and signs stay with their number.
  [new RegExp(`(\\d${S}) +(${S})(€|%|mois\\b|ans\\b|an\\b|jours\\b|enfants?\\b|voix\\b)`, 'gu'), `$1${NBSP}$2$3`],
  [/\bn° +/g, `n°${NBSP}`],
  // Legal references: "L. 114-8", "R. 531-52", "art. 6" are never split.
  [/\b([LRD]|art)\.[ \u00A0](\d+)((?:-\d+)*)/g, (_m, code, first, rest) => `${code}.${NBSP}${first}${rest.replace(/-/g, NO_BREAK_HYPHEN)}`],
];

export function frenchTypography(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  return out;
}

/**
 * An amount as typed ("1400", "15 000", "2.4") written the French way: thousands apart by a
 * narrow no-break space, a decimal comma. Anything that is not a plain number is kept as typed.
 */
export function frenchNumber(typed: string): string {
  const compact = typed.trim().replace(/[\s\u00A0\u202F]/g, '');
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!match) return typed.trim();
  const whole = must(match[1], 'the whole part of a number').replace(/^0+(?=\d)/, '');
  const grouped = whole.length >= 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP) : whole;
  return match[2] === undefined ? grouped : `${grouped},${match[2]}`;
}

/** An amount in euros as French writes it: a cent part has two digits ("1,5" → "1,50"). */
export function frenchEuros(typed: string): string {
  return frenchNumber(typed).replace(/,(\d)$/, ',$10');
}
