import { z } from '../zod';
import { vendorPartsSchema } from '../dossier/model';
import { VENDOR_MODEL_FORMAT, VENDOR_MODEL_VERSION } from './format';

/**
 * A software vendor's model file: the answers it gives once for every collectivité it serves
 * (docs/vendor-model-format.md). A collectivité starts its dossier from it.
 */
export const vendorModelSchema = z
  .object({
    format: z.literal(VENDOR_MODEL_FORMAT).describe("Identifie un modèle d'éditeur de cet outil."),
    version: z.literal(VENDOR_MODEL_VERSION).describe('Version du format du modèle.'),
    exportedAt: z.iso.datetime().describe('Date et heure de l’export du modèle.'),
  })
  .extend(vendorPartsSchema.shape);

export type VendorModel = z.infer<typeof vendorModelSchema>;
