import { ACCESS_MODES, SOFTWARE_OPTIONS } from '../catalogue/software';
import { CONTACT_SIDE_LABELS, INFORMATION_MODE_LABELS, STAGE_LABELS } from '../catalogue/choices';
import { CALLS_PER_MINUTE, type CallsPerMinute } from '../catalogue/volumetry';
import { ROLE_LABELS } from '../validation/people-rules';
import { GDPR_QUESTIONS, ORGANISATION_QUESTIONS, PEOPLE_QUESTIONS, PERSON_QUESTIONS, SECURITY_QUESTIONS, callsPerMinuteText } from '../question-labels';

/**
 * Every answer a vendor's model may provide, with the words of the step that asks it and the
 * way its value reads. The model, the marks beside the fields and the list of changes all go
 * through this one list.
 */
export type VendorSection = 'organisation' | 'people' | 'security' | 'gdpr';

export interface VendorField {
  section: VendorSection;
  /** Inside the section, as the step's form names the field ("contactTechnique.email"). */
  path: readonly string[];
  label: string;
  /** The value as a reader sees it; null when there is none. */
  text: (value: unknown) => string | null;
}

const plain = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** A choice's label, or the value as stored when it is not one of the choices. */
function choice(labels: Readonly<Record<string, string>>) {
  return (value: unknown) => (typeof value === 'string' && Object.hasOwn(labels, value) ? (labels[value] ?? null) : plain(value));
}

const byId = (items: readonly { id: string; label: string }[]) => Object.fromEntries(items.map((i) => [i.id, i.label]));
const callsLabels = Object.fromEntries(CALLS_PER_MINUTE.map((c: CallsPerMinute) => [c, callsPerMinuteText(c)]));
const contact = (key: keyof typeof PERSON_QUESTIONS): VendorField => ({
  section: 'people',
  path: ['contactTechnique', key],
  label: `${ROLE_LABELS.contactTechnique} › ${PERSON_QUESTIONS[key]}`,
  text: plain,
});

export const VENDOR_FIELDS: readonly VendorField[] = [
  { section: 'organisation', path: ['software'], label: ORGANISATION_QUESTIONS.software, text: choice(byId(SOFTWARE_OPTIONS)) },
  { section: 'organisation', path: ['softwareVendorName'], label: ORGANISATION_QUESTIONS.softwareVendorName, text: plain },
  { section: 'organisation', path: ['stage'], label: ORGANISATION_QUESTIONS.stage, text: choice(STAGE_LABELS) },
  { section: 'organisation', path: ['accessMode'], label: ORGANISATION_QUESTIONS.accessMode, text: choice(byId(ACCESS_MODES)) },
  { section: 'gdpr', path: ['informationMode'], label: GDPR_QUESTIONS.informationMode, text: choice(INFORMATION_MODE_LABELS) },
  { section: 'gdpr', path: ['informationWhere'], label: GDPR_QUESTIONS.informationWhere, text: plain },
  contact('givenName'),
  contact('familyName'),
  contact('jobTitle'),
  contact('email'),
  contact('phone'),
  { section: 'people', path: ['contactTechnique', 'side'], label: PEOPLE_QUESTIONS.contactSide, text: choice(CONTACT_SIDE_LABELS) },
  { section: 'people', path: ['technicalExtraEmail'], label: PEOPLE_QUESTIONS.technicalExtraEmail, text: plain },
  { section: 'security', path: ['callsPerMinute'], label: SECURITY_QUESTIONS.callsPerMinute, text: choice(callsLabels) },
  { section: 'security', path: ['volumetryJustification'], label: SECURITY_QUESTIONS.volumetryJustification, text: plain },
];

/** The value at a path of plain JSON, or undefined. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
