import type { Dossier } from '../dossier/model';
import { BLOCK_FIELDS, type DataPassField } from './blocks';
import type { DataPassForm } from './forms';
import { legalFrameworkText } from './legal-text';

/** DataPass's prefill link (docs/technique/pre_remplissage_query_params.md, May 2026). */
export const DATAPASS_ORIGIN = 'https://datapass.api.gouv.fr';
/** Links stay short enough for every browser, mail client and proxy on the way. */
export const MAX_LINK_LENGTH = 8000;
/**
 * DataPass keeps a link's values in the user's session until the request is created
 * (AuthorizationRequestFormsController, docs/technique/pre_remplissage_query_params.md), and its
 * sessions live in Rails' default cookie store, which refuses a cookie over 4 KB once encrypted
 * and encoded (about 1.8 times the data), with the login's own data beside. An estimate, to be
 * checked against DataPass: the values a link carries stay under this many bytes of JSON.
 */
export const MAX_PREFILL_BYTES = 1800;

/** The size of what DataPass stores for a link: `{ form_uid, data }`, as JSON in UTF-8. */
export function prefillBytes(uid: string, entries: readonly (readonly [DataPassField, Value])[]): number {
  const data = Object.fromEntries(entries.map(([field, value]) => [field.attribute, value]));
  return new TextEncoder().encode(JSON.stringify({ form_uid: uid, data })).length;
}

const MODALITY: Record<string, string> = { 'france-connect': 'with_france_connect', spi: 'with_spi' };

export type Value = string | readonly string[];

/**
 * Every value of the dossier a link may carry, by DataPass attribute. Left out on purpose: the
 * contacts (DataPass ignores them), the FranceConnect habilitation (an id only DataPass knows)
 * and the attestations (operational acceptance, DPD and homologation box), which the applicant
 * ticks knowingly.
 */
export function dossierValues(d: Dossier): Record<string, Value | null> {
  const t = (v: string) => (v.trim() === '' ? null : v.trim());
  const mode = MODALITY[d.organisation.accessMode];
  return {
    intitule: t(d.useCase.projectName),
    description: t(d.useCase.description),
    date_prevue_mise_en_production: t(d.security.plannedProductionDate),
    volumetrie_approximative: t(d.useCase.yearlyVolume),
    cadre_juridique_nature: legalFrameworkText(d),
    cadre_juridique_url: t(d.legal.deliberationUrl),
    modalities: mode ? [mode] : null,
    scopes: d.data.scopes.length > 0 ? d.data.scopes : null,
    specific_requirements: d.data.hasSpecificRequirements ? '1' : null,
    destinataire_donnees_caractere_personnel: t(d.gdpr.recipients),
    duree_conservation_donnees_caractere_personnel: t(d.gdpr.retentionMonths),
    duree_conservation_donnees_caractere_personnel_justification: t(d.gdpr.retentionJustification),
    safety_certification_authority_name: t(d.security.authorityName),
    safety_certification_authority_function: t(d.security.authorityFunction),
    safety_certification_begin_date: t(d.security.beginDate),
    safety_certification_end_date: t(d.security.endDate),
    volumetrie_appels_par_minute: d.security.callsPerMinute,
    volumetrie_justification: t(d.security.volumetryJustification),
  };
}

export interface PrefillLink {
  url: string;
  /** Fields the link fills. */
  carried: readonly DataPassField[];
  /** Fields whose value would have made the link too long: to paste by hand. */
  tooLong: readonly DataPassField[];
}

function query(entries: readonly [DataPassField, Value][]): string {
  // A lone surrogate (pasted from a broken file) would make encodeURIComponent throw.
  // ' ( ) ! * are encoded too, so that no typography pass (’ for ') can alter a link in a text.
  const e = (v: string) =>
    encodeURIComponent(v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')).replace(
      /['()!*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  return entries
    .flatMap(([field, value]) => (typeof value === 'string' ? [`${e(field.attribute)}=${e(value)}`] : value.map((v) => `${e(field.attribute)}[]=${e(v)}`)))
    .join('&');
}

/** The fields of a form a link may fill, in DataPass's order. */
export function prefillableFields(form: DataPassForm): DataPassField[] {
  return form.steps.flatMap((block) => BLOCK_FIELDS[block]).filter((field) => field.prefillable);
}

/** The link that opens the form with the dossier's answers in it; null for a form the applicant cannot start. */
export function prefillLink(d: Dossier, form: DataPassForm): PrefillLink | null {
  if (!form.startableByApplicant) return null;
  return linkFor(form.uid, prefillableFields(form), dossierValues(d));
}

/**
 * The link to a form's new request carrying, for each field a link may set, the value given for
 * its attribute. Over the length budget, the longest texts are left out first, to be pasted.
 */
export function linkFor(uid: string, fields: readonly DataPassField[], values: Readonly<Record<string, Value | null | undefined>>): PrefillLink {
  const entries = fields.flatMap((field): [DataPassField, Value][] => {
    const value = values[field.attribute];
    return value === null || value === undefined ? [] : [[field, value]];
  });
  const base = `${DATAPASS_ORIGIN}/formulaires/${uid}/demande/nouveau`;
  const tooLong: DataPassField[] = [];
  const url = () => (entries.length ? `${base}?${query(entries)}` : base);
  const bytes = (v: Value) => new TextEncoder().encode(JSON.stringify(v)).length;
  while (url().length > MAX_LINK_LENGTH || prefillBytes(uid, entries) > MAX_PREFILL_BYTES) {
    let longest = -1;
    let longestSize = 0;
    entries.forEach((entry, i) => {
      const [, v] = entry;
      if (typeof v !== 'string') return;
      const size = query([entry]).length + bytes(v);
      // Stryker disable next-line ConditionalExpression: a size is at least the two bytes of a JSON string, so the first text is always above the initial 0 and taken.
      if (longest < 0 || size > longestSize) {
        longest = i;
        longestSize = size;
      }
    });
    const removed = entries[longest];
    if (removed === undefined) break;
    tooLong.push(removed[0]);
    entries.splice(longest, 1);
  }
  return { url: url(), carried: entries.map(([field]) => field), tooLong };
}
