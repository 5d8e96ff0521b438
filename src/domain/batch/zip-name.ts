import { todayIso } from '../dates';
import { safeFileName } from '../dossier/file-name';

/**
 * The batch's zip, named after the table and the vendor's own calendar day: "collectivités
 * 2027.xlsx" → "lot-collectivites-2027-2026-12-02.zip". A table already called "lot…" is not
 * prefixed twice.
 */
export function batchZipName(tableFileName: string, now: Date): string {
  const stem = safeFileName(tableFileName.replace(/\.[^.]+$/, ''), 'zip').slice(0, -'.zip'.length);
  return `${/^lot(-|$)/.test(stem) ? stem : `lot-${stem}`}-${todayIso(now)}.zip`;
}
