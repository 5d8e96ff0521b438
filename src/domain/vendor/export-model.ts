import type { Dossier, VendorMethod, VendorProvided } from '../dossier/model';
import { CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION } from '../catalogue/volumetry';
import { VENDOR_MODEL_FORMAT, VENDOR_MODEL_VERSION } from './format';
import { orderedMethods } from './methods';
import { vendorModelSchema, type VendorModel } from './model';

/**
 * A vendor's model, from the dossier in which it filled the parts it owns. Only what is answered
 * is provided: an empty answer is left to each collectivité.
 */
const answered = (value: string) => value.trim() !== '';

function answeredOnly<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => answered(v))) as Partial<T>;
}

export function providedFromDossier(dossier: Dossier, vendorName: string): VendorProvided {
  const { organisation: o, people: p, security: s, gdpr: g } = dossier;
  const software = o.software === 'editeur-valide' || o.software === 'editeur-en-cours' ? o.software : null;
  const { side: _side, ...person } = p.contactTechnique;
  const contact = answeredOnly(person);
  // The name the vendor gives itself on export is the one every collectivité will declare as its éditeur.
  const vendorNameOfSoftware = answered(vendorName) ? vendorName.trim() : o.softwareVendorName;
  return {
    organisation: {
      ...(software ? { software } : {}),
      ...(answered(vendorNameOfSoftware) ? { softwareVendorName: vendorNameOfSoftware } : {}),
      // Which request comes first only matters on the two-request path.
      ...(software === 'editeur-en-cours' && o.stage ? { stage: o.stage } : {}),
      ...(o.accessMode ? { accessMode: o.accessMode } : {}),
    },
    people: {
      // The vendor's own contact is, for the collectivité, the vendor's side.
      ...(Object.keys(contact).length > 0 ? { contactTechnique: { ...contact, side: 'editeur' as const } } : {}),
      ...(answered(p.technicalExtraEmail) ? { technicalExtraEmail: p.technicalExtraEmail } : {}),
    },
    security: {
      callsPerMinute: s.callsPerMinute,
      ...(s.callsPerMinute !== CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION && answered(s.volumetryJustification)
        ? { volumetryJustification: s.volumetryJustification }
        : {}),
    },
    gdpr: {
      ...(g.informationMode ? { informationMode: g.informationMode } : {}),
      ...(answered(g.informationWhere) ? { informationWhere: g.informationWhere } : {}),
    },
  };
}

export interface ModelOptions {
  vendorName: string;
  /** The methods the software supports, each with the data it needs. */
  methods: readonly VendorMethod[];
  /** Titles of the hosting's security documents the vendor hands over. */
  securityDocuments?: readonly string[];
  now: Date;
}

export function modelFromDossier(dossier: Dossier, options: ModelOptions): VendorModel {
  return {
    format: VENDOR_MODEL_FORMAT,
    version: VENDOR_MODEL_VERSION,
    exportedAt: options.now.toISOString(),
    vendorName: options.vendorName.trim(),
    provided: providedFromDossier(dossier, options.vendorName),
    methods: orderedMethods(options.methods),
    securityDocuments: (options.securityDocuments ?? []).map((t) => t.trim()).filter(answered),
  };
}

export function serializeVendorModel(model: VendorModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** What would make the model refused when read back, by place ("vendorName", "securityDocuments.2"), in French. */
export function vendorModelProblems(model: VendorModel): Map<string, string> {
  const parsed = vendorModelSchema.safeParse(model);
  const problems = new Map<string, string>();
  if (parsed.success) return problems;
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    // Stryker disable next-line ConditionalExpression: the model's schema reports at most one issue per place (one failing check per field, and Zod skips the methods' refinement once the list has an issue), so keeping the first or the last is the same.
    if (!problems.has(key)) problems.set(key, issue.message);
  }
  return problems;
}
