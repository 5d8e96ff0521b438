/** Offers a file to the user as a download, with no server involved. */
export function downloadFile(filename: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

import { safeFileName } from '../../domain/dossier/file-name';
import type { Dossier } from '../../domain/dossier/model';

export { safeFileName };

/** The dossier as the .json file users keep, send to their DPO or import elsewhere. */
export function downloadDossier(dossier: Dossier): void {
  downloadFile(safeFileName(dossier.title, 'json'), JSON.stringify(dossier, null, 2), 'application/json');
}
