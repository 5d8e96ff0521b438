/** Lengths past which a text is not a plausible answer but a paste accident. */
export const SHORT_TEXT_MAX = 300;
export const LONG_TEXT_MAX = 10_000;
/** An imported dossier file larger than this is refused before it is even parsed. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** A tariff grid longer than this is not a grid a council votes. */
export const MAX_TRANCHES = 50;
/** Points "à revoir" the user may keep with a reason: far more than the rules can raise. */
export const MAX_KEPT_REVIEWS = 200;
