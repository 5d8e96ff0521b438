/**
 * A document's text with its French typography made plain (no-break spaces, no-break hyphens,
 * typographic apostrophes), so that tests can quote it as they would type it.
 */
export function plainText(text: string): string {
  return text
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/\u2011/g, '-')
    .replace(/’/g, "'");
}
