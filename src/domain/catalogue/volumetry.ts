/** DataPass's choices for "volumetrie_appels_par_minute"; above 50 a justification is required. */
export const CALLS_PER_MINUTE = ['50', '100', '200', '500', '750', '1000'] as const;
export type CallsPerMinute = (typeof CALLS_PER_MINUTE)[number];
export const CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION: CallsPerMinute = '50';

/** DataPass asks a justification for a retention longer than this many months. */
export const RETENTION_MONTHS_WITHOUT_JUSTIFICATION = 36;
