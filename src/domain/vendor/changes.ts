import { methodById } from '../catalogue/methods';
import { scopeDisplayLabel } from '../catalogue/scopes';
import { deepEqual } from '../deep-equal';
import { todayIso, type IsoDate } from '../dates';
import type { Dossier } from '../dossier/model';
import { METHOD_QUESTIONS } from '../question-labels';
import { stepById, type StepId } from '../steps';
import { VENDOR_FIELDS, valueAt, type VendorSection } from './fields';
import { methodsText, vendorMethodOf } from './methods';

/**
 * What the collectivité did with its vendor's answers: which fields still hold them, which it
 * changed. Information for the vendor, never a reason to hold the request back.
 */
export interface VendorMark {
  section: VendorSection;
  /** Inside the section, as the step's form names the field. */
  path: string;
  changed: boolean;
  /** What the vendor gave, as it reads. */
  provided: string | null;
}

/** Each field the model filled, still as the vendor gave it or changed since. */
export function vendorMarks(dossier: Pick<Dossier, 'vendor' | VendorSection>): VendorMark[] {
  const vendor = dossier.vendor;
  if (!vendor) return [];
  return VENDOR_FIELDS.flatMap((field) => {
    const provided = valueAt(vendor.provided, [field.section, ...field.path]);
    if (provided === undefined) return [];
    const current = valueAt(dossier[field.section], field.path);
    return [{ section: field.section, path: field.path.join('.'), changed: !deepEqual(current, provided), provided: field.text(provided) }];
  });
}

/** The marks of one section, by the field's path in it, as the step's fields look them up. */
export function vendorMarksUnder(dossier: Pick<Dossier, 'vendor' | VendorSection>, section: string): Map<string, VendorMark> {
  return new Map(vendorMarks(dossier).flatMap((m) => (m.section === section ? [[m.path, m] as const] : [])));
}

export interface VendorChange {
  /** The step that asks it, and the field's path in its section, to lead to it. */
  step: StepId;
  path: readonly string[];
  label: string;
  provided: string | null;
  current: string | null;
}

const STEP_OF: Record<VendorSection | 'method' | 'data', StepId> = {
  organisation: 'organisation',
  method: 'methode',
  data: 'donnees',
  gdpr: 'traitement',
  people: 'personnes',
  security: 'securite',
};

const scopesText = (scopes: readonly Parameters<typeof scopeDisplayLabel>[0][]) => (scopes.length ? scopes.map(scopeDisplayLabel).join(' ; ') : null);

/**
 * Each vendor part the dossier no longer holds as the vendor gave it: a provided answer changed,
 * a method the software does not list, data the software needs for the method left unticked.
 */
export function vendorChanges(dossier: Dossier): VendorChange[] {
  const vendor = dossier.vendor;
  if (!vendor) return [];
  const changes: VendorChange[] = [];
  for (const field of VENDOR_FIELDS) {
    const provided = valueAt(vendor.provided, [field.section, ...field.path]);
    if (provided === undefined) continue;
    const current = valueAt(dossier[field.section], field.path);
    if (deepEqual(current, provided)) continue;
    changes.push({ step: STEP_OF[field.section], path: field.path, label: field.label, provided: field.text(provided), current: field.text(current) });
  }
  const method = vendorMethodOf(dossier);
  if (method && !method.supported && dossier.method.id) {
    changes.push({
      step: STEP_OF.method,
      path: ['id'],
      label: METHOD_QUESTIONS.id,
      provided: methodsText(vendor.methods),
      current: methodById(dossier.method.id).label,
    });
  }
  const supported = method?.supported;
  if (supported && dossier.data.initialised && supported.scopes.some((scope) => !dossier.data.scopes.includes(scope))) {
    changes.push({
      step: STEP_OF.data,
      path: ['scopes'],
      label: `${stepById('donnees').title} – méthode « ${methodById(supported.id).label} »`,
      provided: scopesText(supported.scopes),
      current: scopesText(dossier.data.scopes),
    });
  }
  return changes;
}

/** What the synthesis and the checklist say of the vendor's model, for a dossier started from one. */
export interface VendorReport {
  vendorName: string;
  /** When the vendor exported the model (ISO date and time, in UTC as the file holds it). */
  modelExportedAt: string;
  /**
   * The calendar day of that export where the reader is, as the rest of the app counts days: the
   * UTC date of an export made at 00:20 in Paris is still the day before.
   */
  modelExportedOn: IsoDate;
  /** The methods the software supports, as the method step names them. */
  methods: string[];
  securityDocuments: readonly string[];
  changes: VendorChange[];
}

export function vendorReport(dossier: Dossier): VendorReport | null {
  const vendor = dossier.vendor;
  if (!vendor) return null;
  return {
    vendorName: vendor.vendorName,
    modelExportedAt: vendor.modelExportedAt,
    modelExportedOn: todayIso(new Date(vendor.modelExportedAt)),
    methods: vendor.methods.map((m) => methodById(m.id).label),
    securityDocuments: vendor.securityDocuments,
    changes: vendorChanges(dossier),
  };
}
