/**
 * The vendor's model file's identity. Kept apart from the zod model so that code needing only
 * these constants (telling a file's kind on the first page) does not load the validation library.
 */
export const VENDOR_MODEL_FORMAT = 'modele-editeur-habilitation-api-impot-particulier';
export const VENDOR_MODEL_VERSION = 1;
