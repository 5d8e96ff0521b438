/**
 * What the other features may use of the storage feature: the stored dossiers and file downloads,
 * without the validation library. Three more entries: `editing.ts`, the dossier being edited;
 * `dossier-repository.ts`, validated reading and import; `start-up.ts`, what the app shell needs
 * before the first page is drawn.
 */
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
export { restoreFromJournal } from './durable-journal';
