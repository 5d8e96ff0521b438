import { DATAPASS_CONTACTS, DATAPASS_LABELS, DATAPASS_PERSON_FIELDS, DATAPASS_STEPS, type DataPassStepId } from './catalogue/datapass-form';
import { organisationKind } from './catalogue/organisations';
import { ACCESS_MODES, dataPassPath } from './catalogue/software';
import { SCOPE_GROUPS, scopeByKey } from './catalogue/scopes';
import { DEPENDANT_BOXES } from './catalogue/dependant-boxes';
import { useCaseById } from './catalogue/use-cases';
import { formatFrenchDate } from './dates';
import type { Dossier } from './dossier/model';
import { needsDeliberation, needsOtherLegalBasis } from './validation/legal-rules';
import { needsAcceptance, preparesProduction } from './validation/security-rules';

/**
 * What to type into DataPass, field by field, from the dossier: the last mile of the request.
 * A null value means the dossier does not say yet; each reader marks it its own way.
 */
export interface SheetField {
  /** DataPass's field key, when the field has one. */
  key: string | null;
  label: string;
  value: string | null;
  note?: string;
  /** The value is something to do (tick, attach), not text to type. */
  instruction?: boolean;
}

export interface SheetStep {
  id: DataPassStepId;
  title: string;
  fields: SheetField[];
}

const text = (v: string) => (v.trim() === '' ? null : v.trim());
const date = (v: string) => (v === '' ? null : formatFrenchDate(v));
const tick = (v: boolean) => (v ? 'Cocher' : null);


/** "RGPD ; articles L. 114-8 et suivants du CRPA ; délibération n° … du conseil municipal du …" */
export function legalFrameworkText(d: Dossier): string | null {
  const parts = ['Règlement (UE) 2016/679 (RGPD)', 'articles L. 114-8 et suivants du code des relations entre le public et l’administration (CRPA)'];
  if (needsDeliberation(d)) {
    const body = d.organisation.type ? organisationKind(d.organisation.type).deliberatingBody : null;
    if (d.legal.deliberationStatus === 'existante' && d.legal.deliberationDate && d.legal.deliberationNumber.trim()) {
      parts.push(`délibération n° ${d.legal.deliberationNumber.trim()}${body ? ` du ${body}` : ''} du ${formatFrenchDate(d.legal.deliberationDate)}`);
    } else if (d.legal.deliberationStatus === 'a-adopter') {
      parts.push(`délibération${body ? ` du ${body}` : ''} à adopter${d.legal.plannedSessionDate ? ` lors de la séance du ${formatFrenchDate(d.legal.plannedSessionDate)}` : ''}`);
    } else {
      return null;
    }
  }
  if (needsOtherLegalBasis(d)) {
    if (!d.legal.otherLegalBasis.trim()) return null;
    parts.push(d.legal.otherLegalBasis.trim());
  }
  return parts.join(' ; ');
}

const TO_DO = { instruction: true } as const;

function formStep(d: Dossier): SheetField[] {
  const useCase = d.useCase.id ? useCaseById(d.useCase.id) : null;
  const path = d.organisation.software ? dataPassPath(d.organisation.software) : null;
  const variant =
    path === 'avec-editeur' ? 'avec éditeur' : d.organisation.stage === 'production' ? 'production' : d.organisation.stage === 'bac-a-sable' ? 'bac à sable' : null;
  return [
    {
      key: null,
      label: 'Formulaire',
      value: useCase && variant ? `${useCase.dataPassForm} (${variant})` : null,
      note: "Sur data.gouv.fr, onglet API, « API Impôt particulier », puis « Faire une demande d'habilitation ». DataPass demande aussi la modalité d'accès avant d'ouvrir le formulaire.",
      ...TO_DO,
    },
  ];
}

function dataStep(d: Dossier): SheetField[] {
  const fields: SheetField[] = SCOPE_GROUPS.flatMap((group) =>
    d.data.scopes
      .filter((key) => scopeByKey(key).group === group.id)
      .map((key) => ({ key, label: `${group.label} : ${scopeByKey(key).label}`, value: 'Cocher', ...TO_DO })),
  );
  if (fields.length === 0) fields.push({ key: null, label: 'Données à cocher', value: null });
  fields.push({
    key: 'specific_requirements',
    label: DATAPASS_LABELS.specific_requirements,
    value: d.data.hasSpecificRequirements ? 'Oui : joindre le fichier déjà partagé avec la DGFiP' : 'Non',
    ...TO_DO,
    note:
      d.data.dependantBoxes.length > 0
        ? `Cases du détail des personnes à charge à y faire figurer : ${DEPENDANT_BOXES.filter((b) => d.data.dependantBoxes.includes(b.box)).map((b) => b.box).join(', ')}.`
        : undefined,
  });
  return fields;
}

function peopleStep(d: Dossier): SheetField[] {
  const fields: SheetField[] = DATAPASS_CONTACTS.flatMap((contact) =>
    DATAPASS_PERSON_FIELDS.map((f) => ({ key: `${contact.key}.${f.key}`, label: `${contact.title} – ${f.label}`, value: text(d.people[contact.role][f.field]) })),
  );
  fields.push({ key: 'contact_technique_extra_email', label: DATAPASS_LABELS.contact_technique_extra_email, value: text(d.people.technicalExtraEmail) });
  return fields;
}

export function buildDataPassSheet(d: Dossier): SheetStep[] {
  const production = preparesProduction(d);
  const steps: Record<DataPassStepId, SheetField[] | null> = {
    formulaire: formStep(d),
    projet: [
      { key: 'intitule', label: DATAPASS_LABELS.intitule, value: text(d.useCase.projectName), note: 'Ce nom est rendu public.' },
      { key: 'description', label: DATAPASS_LABELS.description, value: text(d.useCase.description) },
      { key: 'date_prevue_mise_en_production', label: DATAPASS_LABELS.date_prevue_mise_en_production, value: date(d.security.plannedProductionDate) },
      { key: 'volumetrie_approximative', label: DATAPASS_LABELS.volumetrie_approximative, value: text(d.useCase.yearlyVolume) },
    ],
    'cadre-juridique': [
      { key: 'cadre_juridique_nature', label: DATAPASS_LABELS.cadre_juridique_nature, value: legalFrameworkText(d) },
      {
        key: 'cadre_juridique_url',
        label: DATAPASS_LABELS.cadre_juridique_url,
        value: text(d.legal.deliberationUrl),
        note: d.legal.deliberationUrl.trim() ? undefined : 'Sans adresse web, joignez la délibération en PDF (10 Mo au plus).',
      },
    ],
    modalites: [{ key: 'modalities', label: DATAPASS_LABELS.modalities, value: ACCESS_MODES.find((m) => m.id === d.organisation.accessMode)?.label ?? null, ...TO_DO }],
    donnees: dataStep(d),
    traitement: [
      { key: 'destinataire_donnees_caractere_personnel', label: DATAPASS_LABELS.destinataire_donnees_caractere_personnel, value: text(d.gdpr.recipients) },
      { key: 'duree_conservation_donnees_caractere_personnel', label: DATAPASS_LABELS.duree_conservation_donnees_caractere_personnel, value: text(d.gdpr.retentionMonths) },
      ...(d.gdpr.retentionJustification.trim()
        ? [{ key: 'duree_conservation_donnees_caractere_personnel_justification', label: DATAPASS_LABELS.duree_conservation_donnees_caractere_personnel_justification, value: text(d.gdpr.retentionJustification) }]
        : []),
    ],
    personnes: peopleStep(d),
    recette: production && needsAcceptance(d) ? [{ key: 'operational_acceptance_done', label: DATAPASS_LABELS.operational_acceptance_done, value: tick(d.security.acceptanceDone), ...TO_DO }] : null,
    homologation: production
      ? [
          { key: 'safety_certification_authority_name', label: DATAPASS_LABELS.safety_certification_authority_name, value: text(d.security.authorityName) },
          { key: 'safety_certification_authority_function', label: DATAPASS_LABELS.safety_certification_authority_function, value: text(d.security.authorityFunction) },
          { key: 'safety_certification_begin_date', label: DATAPASS_LABELS.safety_certification_begin_date, value: date(d.security.beginDate) },
          { key: 'safety_certification_end_date', label: DATAPASS_LABELS.safety_certification_end_date, value: date(d.security.endDate) },
          { key: 'safety_certification_document', label: DATAPASS_LABELS.safety_certification_document, value: d.security.mode ? 'Joindre le document' : null, ...TO_DO },
        ]
      : null,
    volumetrie: production
      ? [
          { key: 'volumetrie_appels_par_minute', label: DATAPASS_LABELS.volumetrie_appels_par_minute, value: d.security.callsPerMinute },
          ...(d.security.volumetryJustification.trim() ? [{ key: 'volumetrie_justification', label: DATAPASS_LABELS.volumetrie_justification, value: text(d.security.volumetryJustification) }] : []),
        ]
      : null,
    synthese: [
      { key: 'terms_of_service_accepted', label: DATAPASS_LABELS.terms_of_service_accepted, value: 'Cocher, après lecture des conditions générales', ...TO_DO },
      { key: 'data_protection_officer_informed', label: DATAPASS_LABELS.data_protection_officer_informed, value: tick(d.gdpr.dpdInformed), ...TO_DO },
      { key: 'dpd_homologation_checkbox', label: DATAPASS_LABELS.dpd_homologation_checkbox, value: 'Cocher', ...TO_DO },
    ],
  };
  return DATAPASS_STEPS.filter((s) => steps[s.id] !== null).map((s) => ({ id: s.id, title: s.title, fields: steps[s.id]! }));
}
