import { DOSSIER_FORMAT } from '../dossier/format';
import { IMPORT_MAX_BYTES, fileTooBigMessage } from '../dossier/limits';
import { describeIssues, findForbiddenKey } from '../dossier/read-dossier';
import { VENDOR_MODEL_FORMAT, VENDOR_MODEL_VERSION } from './format';
import { vendorModelSchema, type VendorModel } from './model';

/**
 * Turns untrusted text (a model file a collectivité received) into a vendor's model, or into a
 * French sentence saying why not. Never throws.
 */
export type ReadModelResult = { ok: true; model: VendorModel } | { ok: false; message: string };

/** Number.isInteger, telling TypeScript what it found: it is false for every non-number. */
const isWholeNumber = (value: unknown): value is number => Number.isInteger(value);

const CHOOSE = 'Choisissez le fichier .json que votre éditeur vous a transmis (son « modèle »).';

export function readVendorModel(text: string): ReadModelResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > IMPORT_MAX_BYTES) return { ok: false, message: fileTooBigMessage(bytes) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `Ce fichier n'est pas un modèle d'éditeur : son contenu n'est pas du JSON lisible. ${CHOOSE}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `Ce fichier n'est pas un modèle d'éditeur de cet outil. ${CHOOSE}` };
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    return { ok: false, message: `Ce fichier contient une clé interdite (« ${forbidden} ») : il a pu être modifié à des fins malveillantes. Il est refusé.` };
  }
  const raw = value as Record<string, unknown>;
  if (raw.format === DOSSIER_FORMAT) {
    return {
      ok: false,
      message: "Ce fichier est un dossier, pas un modèle d'éditeur : importez-le avec « Importer un fichier (.json) », plus bas sur la page.",
    };
  }
  if (raw.format !== VENDOR_MODEL_FORMAT) {
    return { ok: false, message: `Ce fichier n'est pas un modèle d'éditeur de cet outil : il vient sans doute d'un autre logiciel. ${CHOOSE}` };
  }
  const version = raw.version;
  if (!isWholeNumber(version) || version < 1) {
    return { ok: false, message: 'Ce modèle porte un numéro de version inconnu : il ne peut pas être lu. Demandez à votre éditeur de l’exporter à nouveau.' };
  }
  if (version > VENDOR_MODEL_VERSION) {
    return {
      ok: false,
      message: `Ce modèle a été exporté par une version plus récente de l'outil (format ${version}, celle-ci lit jusqu'au format ${VENDOR_MODEL_VERSION}). Ouvrez-le avec la dernière version de l'outil.`,
    };
  }
  const parsed = vendorModelSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: `Ce modèle d'éditeur est abîmé ou incomplet : ${describeIssues(parsed.error)}.` };
  return { ok: true, model: parsed.data };
}
