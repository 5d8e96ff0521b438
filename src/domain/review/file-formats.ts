import { DOSSIER_FORMAT } from '../dossier/format';

/**
 * The identities of the tool's three kinds of files. Kept apart from the zod models so that
 * the first page can tell a file's kind without loading them.
 */
export const REVIEW_REQUEST_FORMAT = 'demande-de-revue-dpd-habilitation-api-impot-particulier';
export const REVIEW_FORMAT = 'avis-dpd-habilitation-api-impot-particulier';

export type FileKind = 'dossier' | 'review-request' | 'review' | 'unknown';

/** What kind of file of this tool a parsed JSON value is, from its "format" field. */
export function fileKind(value: unknown): FileKind {
  const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (format === DOSSIER_FORMAT) return 'dossier';
  if (format === REVIEW_REQUEST_FORMAT) return 'review-request';
  if (format === REVIEW_FORMAT) return 'review';
  return 'unknown';
}
