/**
 * What the app shell needs of the storage feature before any page is drawn: the start-up check,
 * the crash journal, raw reads and writes, and a file download for the error page. A second public
 * entry because index.ts also brings the dossier being edited (DossierProvider), which validates
 * with the dossier's schema and so loads zod: through this entry the first page loads none of it.
 */
export { checkStorage, readRaw, writeRaw } from './raw-store';
export { restoreFromJournal } from './durable-journal';
export { downloadFile, safeFileName } from './download';
