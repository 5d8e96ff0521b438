import { organisationKind } from './catalogue/organisations';
import { softwareOption } from './catalogue/software';
import { DEPENDANTS_DETAIL_SCOPE } from './catalogue/scopes';
import type { Dossier, SectionKey } from './dossier/model';
import type { IsoDate } from './dates';
import type { StepId } from './steps';
import type { Issue, Path } from './validation/core';
import { validateSection } from './validation/validate';
import { needsDeliberation } from './validation/legal-rules';
import { needsAcceptance, preparesProduction } from './validation/security-rules';

/**
 * What must be ready before submitting: the DGFiP sheet's "Liste des éléments à connaître et
 * préparer" (labels kept word for word), plus the legal, GDPR and security points instructors
 * check. Each item's status derives from the step validation, never from a second rule.
 */
export type ChecklistStatus = 'ready' | 'missing' | 'not-applicable';

export const CHECKLIST_CATEGORIES = [
  { id: 'projet', label: '1. Mon projet est défini' },
  { id: 'acteurs', label: '2. Les acteurs nécessaires à ma demande sont identifiés' },
  { id: 'documents', label: "3. Les documents à inclure à ma demande d'habilitation sont prêts (volet organisationnel)" },
  { id: 'juridique', label: 'Cadre juridique' },
  { id: 'rgpd', label: 'Protection des données personnelles' },
  { id: 'securite', label: 'Sécurité et volumétrie' },
] as const;

export type ChecklistCategory = (typeof CHECKLIST_CATEGORIES)[number]['id'];

export interface ChecklistItem {
  id: string;
  category: ChecklistCategory;
  label: string;
  /** A precision under the label (the chosen option, why it does not apply…). */
  detail: string | null;
  status: ChecklistStatus;
  /** The first thing to do, when missing. */
  todo: string | null;
  step: StepId;
  /** The field to go to, when missing. */
  path: Path | null;
}

interface ItemDefinition {
  id: string;
  category: ChecklistCategory;
  label: string;
  step: StepId;
  section: SectionKey;
  /** Issue paths (prefixes) this item covers; an empty list covers the whole section. */
  paths: readonly Path[];
  applies?: (d: Dossier) => boolean | string;
  detail?: (d: Dossier) => string | null;
  /** Ready or not, beyond the absence of validation issues. */
  extraCheck?: (d: Dossier) => string | null;
}

const person = (role: string) => [[role]] as const;

const ITEMS: readonly ItemDefinition[] = [
  { id: 'besoin-metier', category: 'projet', label: 'Le besoin métier est identifié et décrit', step: 'cas-d-usage', section: 'useCase', paths: [] },
  {
    id: 'methode',
    category: 'projet',
    label: 'La méthode de calcul et le calendrier de la campagne sont fixés',
    step: 'methode',
    section: 'method',
    paths: [],
  },
  {
    id: 'donnees',
    category: 'projet',
    label: 'Les données nécessaires au besoin sont strictement définies',
    step: 'donnees',
    section: 'data',
    paths: [],
    extraCheck: (d) => (d.data.initialised ? null : "Ouvrez l'étape « Les données » pour vérifier les données cochées."),
  },
  {
    id: 'logiciel',
    category: 'acteurs',
    label: 'Mon logiciel métier va pouvoir être raccordé',
    step: 'organisation',
    section: 'organisation',
    paths: [['software'], ['softwareVendorName'], ['softwareConfirmed']],
    detail: (d) => (d.organisation.software ? softwareOption(d.organisation.software).checklistLabel : null),
  },
  { id: 'demandeur', category: 'acteurs', label: 'Demandeur', step: 'personnes', section: 'people', paths: [['demandeur', 'familyName'], ['demandeur', 'givenName'], ['demandeur', 'jobTitle'], ['demandeur', 'email'], ['demandeur', 'phone']] },
  { id: 'responsable-traitement', category: 'acteurs', label: 'Responsable de traitement', step: 'personnes', section: 'people', paths: person('responsableTraitement') },
  { id: 'dpd', category: 'acteurs', label: 'Délégué à la protection des données (DPD)', step: 'personnes', section: 'people', paths: person('dpd') },
  {
    id: 'responsable-technique',
    category: 'acteurs',
    label: 'Responsable technique (interne collectivité ou éditeur de logiciels)',
    step: 'personnes',
    section: 'people',
    paths: [['contactTechnique'], ['technicalExtraEmail']],
  },
  {
    id: 'attestation-demandeur',
    category: 'documents',
    label: "L'attestation employeur pour le demandeur est remplie",
    step: 'personnes',
    section: 'people',
    paths: [['employerCertificateDemandeur']],
  },
  {
    id: 'attestation-technique',
    category: 'documents',
    label: "L'attestation employeur pour le responsable technique est remplie",
    step: 'personnes',
    section: 'people',
    paths: [['employerCertificateTechnique']],
  },
  {
    id: 'designation',
    category: 'documents',
    label: "Le document de désignation du demandeur pour souscrire au nom de l'organisation est rempli",
    step: 'personnes',
    section: 'people',
    paths: [['designationDemandeur']],
  },
  {
    id: 'proconnect',
    category: 'documents',
    label: "Le demandeur dispose d'un compte ProConnect",
    step: 'personnes',
    section: 'people',
    paths: [['demandeur', 'hasProConnect']],
    extraCheck: (d) => (d.people.demandeur.hasProConnect === 'non' ? 'Créez le compte ProConnect du demandeur.' : null),
  },
  {
    id: 'eligibilite',
    category: 'juridique',
    label: "L'organisation est éligible à l'API Impôt particulier",
    step: 'organisation',
    section: 'organisation',
    paths: [['type'], ['onBehalfOf']],
    detail: (d) => (d.organisation.type ? organisationKind(d.organisation.type).label : null),
  },
  {
    id: 'cadre-juridique',
    category: 'juridique',
    label: "Le cadre juridique est précisé : article L. 114-8 du CRPA et délibération, ou texte autorisant l'accès",
    step: 'cadre-juridique',
    section: 'legal',
    paths: [['deliberationStatus'], ['deliberationDate'], ['deliberationNumber'], ['deliberationUrl'], ['plannedSessionDate'], ['otherLegalBasis'], ['otherWithinCrpa']],
  },
  {
    id: 'deliberation-donnees',
    category: 'juridique',
    label: 'La délibération cite chaque donnée demandée et sa finalité',
    step: 'cadre-juridique',
    section: 'legal',
    paths: [['deliberationListsData']],
    applies: (d) => needsDeliberation(d) || "Votre organisation ne délibère pas sur ce type d'usage.",
    extraCheck: (d) =>
      d.legal.deliberationStatus === 'a-adopter'
        ? "Faites adopter la délibération (le projet de délibération sera généré à partir de ce dossier), puis indiquez sa date et son numéro."
        : null,
  },
  {
    id: 'expression-besoin',
    category: 'juridique',
    label: "L'expression de besoin spécifique est partagée avec la DGFiP",
    step: 'donnees',
    section: 'data',
    paths: [['dependantBoxes']],
    applies: (d) => d.data.scopes.includes(DEPENDANTS_DETAIL_SCOPE) || 'Aucune donnée demandée ne l’exige.',
    extraCheck: (d) =>
      d.data.hasSpecificRequirements
        ? null
        : "Envoyez l'expression de besoin à dtnum.donnees.demande-acces@dgfip.finances.gouv.fr, puis cochez « J'ai une expression de besoin spécifique » à l'étape « Les données ».",
  },
  {
    id: 'franceconnect',
    category: 'juridique',
    label: "L'habilitation FranceConnect de l'organisation est validée",
    step: 'organisation',
    section: 'organisation',
    paths: [['hasFranceConnectHabilitation']],
    applies: (d) => d.organisation.accessMode === 'france-connect' || "L'accès se fait par le numéro fiscal.",
  },
  { id: 'destinataires', category: 'rgpd', label: 'Les destinataires des données sont désignés', step: 'traitement', section: 'gdpr', paths: [['recipients']] },
  {
    id: 'conservation',
    category: 'rgpd',
    label: 'La durée de conservation est fixée, en mois, et justifiée au-delà de 36 mois',
    step: 'traitement',
    section: 'gdpr',
    paths: [['retentionMonths'], ['retentionJustification']],
  },
  {
    id: 'information',
    category: 'rgpd',
    label: "Les usagers sont informés avant l'échange de données",
    step: 'traitement',
    section: 'gdpr',
    paths: [['informationMode'], ['informationWhere']],
  },
  {
    id: 'alternative',
    category: 'rgpd',
    label: "Les usagers peuvent fournir eux-mêmes leur avis d'imposition, et une règle s'applique à ceux qui n'ont pas de données",
    step: 'traitement',
    section: 'gdpr',
    paths: [['alternativeOffered'], ['noDataRule'], ['noDataRuleOther']],
  },
  { id: 'aipd', category: 'rgpd', label: "L'analyse d'impact (AIPD) est réalisée, ou son absence justifiée", step: 'traitement', section: 'gdpr', paths: [['dpia'], ['dpiaDate'], ['dpiaReason']] },
  { id: 'registre', category: 'rgpd', label: 'Le traitement est inscrit au registre des activités de traitement', step: 'traitement', section: 'gdpr', paths: [['inRegister']] },
  {
    id: 'dpd-informe',
    category: 'rgpd',
    label: 'Le délégué à la protection des données de mon organisation est informé',
    step: 'traitement',
    section: 'gdpr',
    paths: [['dpdInformed']],
  },
  {
    id: 'homologation',
    category: 'securite',
    label: 'Une homologation de sécurité ou un questionnaire de sécurité valide est prêt',
    step: 'securite',
    section: 'security',
    paths: [['mode'], ['authorityName'], ['authorityFunction'], ['beginDate'], ['endDate']],
    applies: (d) => preparesProduction(d) || 'Demandé seulement pour la production.',
  },
  {
    id: 'volumetrie',
    category: 'securite',
    label: 'La volumétrie (appels par minute) est choisie et justifiée au-delà de 50',
    step: 'securite',
    section: 'security',
    paths: [['callsPerMinute'], ['volumetryJustification']],
    applies: (d) => preparesProduction(d) || 'Demandée seulement pour la production.',
  },
  {
    id: 'mise-en-production',
    category: 'securite',
    label: 'La date de mise en production est prévue',
    step: 'securite',
    section: 'security',
    paths: [['plannedProductionDate']],
    applies: (d) => preparesProduction(d) || 'Demandée seulement pour la production.',
  },
  {
    id: 'recette',
    category: 'securite',
    label: 'La recette fonctionnelle est réalisée et le téléservice qualifié',
    step: 'securite',
    section: 'security',
    paths: [['acceptanceDone']],
    applies: (d) => needsAcceptance(d) || 'Attestée seulement dans une demande de production sans éditeur.',
  },
];

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.every((p, i) => path[i] === p);
}

export function buildChecklist(dossier: Dossier, today: IsoDate): ChecklistItem[] {
  const issuesBySection = new Map<SectionKey, Issue[]>();
  const issuesOf = (key: SectionKey) => {
    if (!issuesBySection.has(key)) issuesBySection.set(key, validateSection(key, dossier, today));
    return issuesBySection.get(key)!;
  };

  return ITEMS.map((item) => {
    const base = { id: item.id, category: item.category, label: item.label, step: item.step };
    const applies = item.applies ? item.applies(dossier) : true;
    if (applies !== true) {
      return { ...base, status: 'not-applicable', detail: typeof applies === 'string' ? applies : null, todo: null, path: null };
    }
    const issue = issuesOf(item.section).find((i) => item.paths.length === 0 || item.paths.some((p) => startsWith(i.path, p)));
    const extra = issue ? null : (item.extraCheck?.(dossier) ?? null);
    const detail = item.detail?.(dossier) ?? null;
    if (!issue && !extra) return { ...base, status: 'ready', detail, todo: null, path: null };
    return { ...base, status: 'missing', detail, todo: issue?.message ?? extra, path: issue?.path ?? null };
  });
}
