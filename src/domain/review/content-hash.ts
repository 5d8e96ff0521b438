import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { dossierContent, type DossierContent } from '../dossier/content';

/**
 * SHA-256 of a dossier's content, over a canonical JSON (keys sorted at every level), so that
 * the same answers always give the same hash whatever the order of the keys in a file. It
 * detects a review file or a dossier changed on the way; it is not a signature.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      // The keys of one object are distinct, never equal: by UTF-16 code units, as the hashes already given were.
      // Stryker disable next-line EqualityOperator: the keys compared are distinct, so a < b and a <= b agree.
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashOf(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonical(value))));
}

export function contentHash(content: DossierContent): string {
  return hashOf(dossierContent(content));
}
