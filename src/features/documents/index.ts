/**
 * What the rest of the app may use of the documents feature. The generators themselves
 * (generate.ts and below) are loaded lazily by these components, never imported eagerly.
 */
export { DocumentDownloads } from './document-downloads';
export { DocumentsPage } from './documents-page';
