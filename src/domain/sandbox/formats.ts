import { must } from '../must';
/**
 * Formats of the API's inputs. The sandbox answers 400 on a wrong one and the request builder
 * warns about it beside the field, from these same patterns.
 */

/** Numéro fiscal: 13 digits (the NIR cannot be used). */
export const SPI_PATTERN = /^\d{13}$/;
/** annrev: a four-digit income year. */
export const YEAR_PATTERN = /^\d{4}$/;
/** X-Correlation-ID, the OpenAPI file's pattern. */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * A random UUID version 4. crypto.randomUUID exists only in secure contexts; getRandomValues
 * exists everywhere, so the tester works from a plain-http intranet too.
 */
export function uuidV4(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // Stryker disable next-line StringLiteral: out of reach, 16 random bytes always have a 7th and a 9th.
  bytes[6] = (must(bytes[6], 'byte 6 of 16') & 0x0f) | 0x40;
  // Stryker disable next-line StringLiteral: out of reach, see above.
  bytes[8] = (must(bytes[8], 'byte 8 of 16') & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Random characters for fictional tokens. */
export function randomToken(bytes = 24): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
