/**
 * The storage feature's entry for the pages that edit a dossier: the dossier being edited, kept
 * in step with storage and with the other tabs. A public entry of its own because every change is
 * checked against the dossier's schema before it is stored, which brings the validation library:
 * the home page, which only lists dossiers (index.ts), loads none of it.
 */
export { DossierProvider, useDossier } from './dossier-context';
export { ChangedElsewhereWarning } from './changed-elsewhere-warning';
