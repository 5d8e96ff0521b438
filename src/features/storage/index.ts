/**
 * What the other features may use of the storage feature: the dossier being edited, the stored
 * dossiers, and file downloads. Validated reading and import live in the second entry point,
 * `dossier-repository.ts`, which brings the validation library and is loaded only where needed.
 */
export { DossierProvider, useDossier } from './dossier-context';
export {
  createDossier,
  duplicateDossier,
  listDossiers,
  readRaw,
  removeDossier,
  renameDossier,
  saveDossier,
  subscribe,
  storageProblem,
  writeDossier,
  writeRaw,
  checkStorage,
  type DossierListEntry,
} from './local-store';
export { downloadDossier, downloadFile, safeFileName } from './download';
export { StorageWarning, useStorageProblem } from './storage-warning';
export { ChangedElsewhereWarning } from './changed-elsewhere-warning';
export { restoreFromJournal } from './durable-journal';
