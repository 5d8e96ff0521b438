/**
 * The dossier file's identity. Kept apart from the zod model so that code needing only these
 * constants (the dossier list, the first page) does not load the validation library.
 */
export const DOSSIER_FORMAT = 'dossier-habilitation-api-impot-particulier';
export const CURRENT_SCHEMA_VERSION = 5;
