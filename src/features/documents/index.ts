/**
 * What the rest of the app may use of the documents feature. The generators themselves
 * (generate.ts and below) are loaded lazily by these components, never imported eagerly.
 */
export { DocumentDownloads } from './document-downloads';
export { DocumentsPage } from './documents-page';
// Styles load with the feature, not with the home page: those the step pages share, then its own.
import '../../styles/pages.css';
import './documents.css';
