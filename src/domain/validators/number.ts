/**
 * Amounts and rates are kept as the user typed them ("2,60", "1 234,50 €", "0,36 %").
 * This reads them, accepting the French decimal comma and the spaces, no-break spaces and
 * narrow no-break spaces that French number formatting puts between thousands.
 */
export function parseDecimal(input: string): number | null {
  // Stryker disable next-line MethodExpression: the spaces the trim removes (\s and trim cover the same characters) are all removed by the next replace anyway.
  const compact = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/[€%]$/, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

export function parseWholeNumber(input: string): number | null {
  const value = parseDecimal(input);
  // Stryker disable next-line ConditionalExpression: Number.isInteger(null) is false, so the null check changes nothing; it is there for TypeScript.
  return value !== null && Number.isInteger(value) ? value : null;
}

// Created on first use (building an Intl formatter loads locale data).
let euro: Intl.NumberFormat | undefined;
let plain: Intl.NumberFormat | undefined;

export function formatEuros(value: number): string {
  euro ??= new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  return euro.format(value);
}

export function formatNumber(value: number): string {
  plain ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 });
  return plain.format(value);
}
