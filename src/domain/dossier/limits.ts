/** Lengths past which a text is not a plausible answer but a paste accident. */
export const SHORT_TEXT_MAX = 300;
export const LONG_TEXT_MAX = 10_000;
/** An imported dossier file larger than this is refused before it is even parsed. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** The same limit as the user reads it: « 5 Mo ». */
export const IMPORT_MAX_TEXT = `${String(IMPORT_MAX_BYTES / 1024 / 1024)} Mo`;

/** Why a file that big is refused, said once for the import and for the reading. */
export function fileTooBigMessage(bytes: number): string {
  const size = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
  return `Ce fichier pèse ${size} Mo, au-delà de la limite de ${IMPORT_MAX_TEXT} : un dossier pèse quelques kilo-octets. Vérifiez que vous avez choisi le bon fichier.`;
}
/** A tariff grid longer than this is not a grid a council votes. */
export const MAX_TRANCHES = 50;
/** Points "à revoir" the user may keep with a reason: far more than the rules can raise. */
export const MAX_KEPT_REVIEWS = 200;
/** Security documents a vendor's model may list: a hosting's file, not a library. */
export const MAX_VENDOR_SECURITY_DOCUMENTS = 20;
