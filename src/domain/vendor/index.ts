/**
 * A software vendor's model: the answers it gives once for all the collectivités it serves,
 * exported as a file (docs/vendor-model-format.md), from which each collectivité starts its
 * dossier; and what the collectivité changed of them since.
 */
export { VENDOR_MODEL_FORMAT, VENDOR_MODEL_VERSION } from './format';
export { vendorModelSchema, type VendorModel } from './model';
export { readVendorModel, type ReadModelResult } from './read-model';
export { modelFromDossier, providedFromDossier, serializeVendorModel, vendorModelProblems, type ModelOptions } from './export-model';
export { dossierFromModel, type StartOptions } from './start-dossier';
export { vendorChanges, vendorMarks, vendorMarksUnder, vendorReport, type VendorChange, type VendorMark, type VendorReport } from './changes';
export { defaultMethodScopes, methodsText, orderedMethods, prefilledScopes, unsupportedMethodMessage, vendorMethodOf } from './methods';
export { VENDOR_FIELDS, type VendorField, type VendorSection } from './fields';
export type { VendorMethod, VendorProvenance, VendorProvided } from '../dossier/model';
