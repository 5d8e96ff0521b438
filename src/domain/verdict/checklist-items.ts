import { organisationKind } from '../catalogue/organisations';
import { softwareOption } from '../catalogue/software';
import { DEPENDANTS_DETAIL_SCOPE } from '../catalogue/scopes';
import { CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION, RETENTION_MONTHS_WITHOUT_JUSTIFICATION } from '../catalogue/volumetry';
import type { Dossier, SectionKey } from '../dossier/model';
import type { IssuePath } from '../validation/core';
import { needsDeliberation } from '../validation/legal-rules';
import { needsAcceptance, preparesProduction } from '../validation/security-rules';

/**
 * What must be ready before submitting: the DGFiP sheet's "Liste des éléments à connaître et
 * préparer" (labels kept word for word), plus the legal, GDPR and security points instructors
 * check. An item rests on fields of one step, named through the paths its rules report on, so
 * that renaming a field breaks the type-check here too.
 */
export const CHECKLIST_CATEGORIES: readonly { id: string; label: string; subheading?: string }[] = [
  { id: 'projet', label: '1. Mon projet est défini' },
  { id: 'acteurs', label: '2. Les acteurs nécessaires à ma demande sont identifiés' },
  { id: 'documents', label: "3. Les documents à inclure à ma demande d'habilitation sont prêts", subheading: '3.1 Volet organisationnel' },
  { id: 'juridique', label: 'Cadre juridique' },
  { id: 'rgpd', label: 'Protection des données personnelles' },
  { id: 'securite', label: 'Sécurité et volumétrie' },
] as const satisfies readonly { id: string; label: string; subheading?: string }[];

export type ChecklistCategory = 'projet' | 'acteurs' | 'documents' | 'juridique' | 'rgpd' | 'securite';

/** Items the DGFiP's sheet lists under a parent of their own. */
export const CHECKLIST_GROUPS = {
  contacts: "Les contacts à renseigner dans la demande d'habilitation sont identifiés et disponibles pour répondre aux demandes éventuelles",
} as const;

export type ChecklistGroup = keyof typeof CHECKLIST_GROUPS;

interface ItemDefinition<K extends SectionKey> {
  id: string;
  category: ChecklistCategory;
  label: string;
  /** The parent item of the DGFiP's sheet, if any. */
  group?: ChecklistGroup;
  section: K;
  /** The fields the item rests on; "rest" takes every finding of the step no other item claims. */
  covers: readonly IssuePath<K>[] | 'rest';
  /** True, or the reason the item does not apply. */
  applies?: (d: Dossier) => true | string;
  detail?: (d: Dossier) => string | null;
}

export type ChecklistItemDefinition = { [K in SectionKey]: ItemDefinition<K> }[SectionKey];

const item = <K extends SectionKey, I extends string>(definition: ItemDefinition<K> & { id: I }) =>
  definition as unknown as ChecklistItemDefinition & { id: I };
const onlyForProduction = (what: string) => (d: Dossier) => preparesProduction(d) || `${what} seulement pour la production.`;

export const CHECKLIST_ITEMS = [
  item({ id: 'besoin-metier', category: 'projet', label: 'Le besoin métier est identifié et décrit', section: 'useCase', covers: 'rest' }),
  item({ id: 'donnees', category: 'projet', label: 'Les données nécessaires au besoin sont strictement définies', section: 'data', covers: 'rest' }),
  item({ id: 'methode', category: 'projet', label: 'La méthode de calcul et le calendrier de la campagne sont fixés', section: 'method', covers: 'rest' }),
  item({
    id: 'parcours',
    category: 'projet',
    label: "Le parcours DataPass et la modalité d'accès aux données sont choisis",
    section: 'organisation',
    covers: [['stage'], ['accessMode']],
  }),
  item({
    id: 'logiciel',
    category: 'acteurs',
    label: 'Mon logiciel métier va pouvoir être raccordé',
    section: 'organisation',
    covers: [['software'], ['softwareVendorName'], ['softwareConfirmed']],
    detail: (d) => (d.organisation.software ? softwareOption(d.organisation.software).checklistLabel : null),
  }),
  item({
    id: 'demandeur',
    category: 'acteurs',
    label: 'Demandeur',
    group: 'contacts',
    section: 'people',
    covers: [
      ['demandeur', 'familyName'],
      ['demandeur', 'givenName'],
      ['demandeur', 'jobTitle'],
      ['demandeur', 'email'],
      ['demandeur', 'phone'],
    ],
  }),
  item({
    id: 'responsable-traitement',
    category: 'acteurs',
    label: 'Responsable de traitement',
    group: 'contacts',
    section: 'people',
    covers: [['responsableTraitement']],
  }),
  item({ id: 'dpd', category: 'acteurs', label: 'Délégué à la protection des données (DPD)', group: 'contacts', section: 'people', covers: [['dpd']] }),
  item({
    id: 'responsable-technique',
    category: 'acteurs',
    label: 'Responsable technique (interne collectivité ou éditeur de logiciels)',
    group: 'contacts',
    section: 'people',
    covers: [['contactTechnique'], ['technicalExtraEmail']],
  }),
  item({
    id: 'organisation',
    category: 'acteurs',
    label: "L'organisation qui demande l'accès est identifiée (nom et SIRET)",
    section: 'organisation',
    covers: [['name'], ['siret']],
  }),
  item({
    id: 'attestation-demandeur',
    category: 'documents',
    label: "L'attestation employeur pour le demandeur est remplie",
    section: 'people',
    covers: [['employerCertificateDemandeur']],
  }),
  item({
    id: 'attestation-technique',
    category: 'documents',
    label: "L'attestation employeur pour le responsable technique est remplie",
    section: 'people',
    covers: [['employerCertificateTechnique']],
  }),
  item({
    id: 'designation',
    category: 'documents',
    label: "Le document de désignation du demandeur pour souscrire au nom de l'organisation est rempli",
    section: 'people',
    covers: [['designationDemandeur']],
  }),
  item({
    id: 'proconnect',
    category: 'documents',
    label: "Le demandeur dispose d'un compte ProConnect",
    section: 'people',
    covers: [['demandeur', 'hasProConnect']],
  }),
  item({
    id: 'eligibilite',
    category: 'juridique',
    label: "L'organisation est éligible à l'API Impôt particulier",
    section: 'organisation',
    covers: [['type'], ['onBehalfOf']],
    detail: (d) => (d.organisation.type ? organisationKind(d.organisation.type).label : null),
  }),
  item({
    id: 'cadre-juridique',
    category: 'juridique',
    label: "Le cadre juridique est précisé : article L. 114-8 du CRPA et délibération, ou texte autorisant l'accès",
    section: 'legal',
    covers: 'rest',
  }),
  item({
    id: 'deliberation-donnees',
    category: 'juridique',
    label: 'La délibération cite chaque donnée demandée et sa finalité',
    section: 'legal',
    covers: [['deliberationListsData']],
    applies: (d) => needsDeliberation(d) || "Votre organisation ne délibère pas sur ce type d'usage.",
    detail: (d) => (d.legal.deliberationStatus === 'a-adopter' ? 'Le projet de délibération produit par l’outil cite chaque donnée et sa finalité.' : null),
  }),
  item({
    id: 'expression-besoin',
    category: 'juridique',
    label: "L'expression de besoin spécifique est partagée avec la DGFiP",
    section: 'data',
    covers: [['dependantBoxes'], ['dependantBoxesJustification'], ['hasSpecificRequirements']],
    applies: (d) => d.data.scopes.includes(DEPENDANTS_DETAIL_SCOPE) || 'Aucune donnée demandée ne l’exige.',
  }),
  item({
    id: 'franceconnect',
    category: 'juridique',
    label: "L'habilitation FranceConnect de l'organisation est validée",
    section: 'organisation',
    covers: [['hasFranceConnectHabilitation']],
    applies: (d) => d.organisation.accessMode === 'france-connect' || "L'accès se fait par le numéro fiscal.",
  }),
  item({ id: 'destinataires', category: 'rgpd', label: 'Les destinataires des données sont désignés', section: 'gdpr', covers: [['recipients']] }),
  item({
    id: 'conservation',
    category: 'rgpd',
    label: `La durée de conservation est fixée, en mois, et justifiée au-delà de ${RETENTION_MONTHS_WITHOUT_JUSTIFICATION} mois`,
    section: 'gdpr',
    covers: [['retentionMonths'], ['retentionJustification']],
  }),
  item({
    id: 'information',
    category: 'rgpd',
    label: "Les usagers sont informés avant l'échange de données",
    section: 'gdpr',
    covers: [['informationMode'], ['informationWhere']],
  }),
  item({
    id: 'alternative',
    category: 'rgpd',
    label: "Les usagers peuvent fournir eux-mêmes leur avis d'imposition, et une règle s'applique à ceux qui n'ont pas de données",
    section: 'gdpr',
    covers: [['alternativeOffered'], ['noDataRule'], ['noDataRuleOther']],
  }),
  item({
    id: 'aipd',
    category: 'rgpd',
    label: "L'analyse d'impact (AIPD) est réalisée, ou son absence justifiée",
    section: 'gdpr',
    covers: [['dpia'], ['dpiaDate'], ['dpiaReason']],
  }),
  item({
    id: 'registre',
    category: 'rgpd',
    label: 'Le traitement est inscrit au registre des activités de traitement',
    section: 'gdpr',
    covers: [['inRegister']],
  }),
  item({
    id: 'dpd-informe',
    category: 'rgpd',
    label: 'Le délégué à la protection des données de mon organisation est informé',
    section: 'gdpr',
    covers: [['dpdInformed']],
  }),
  item({
    id: 'homologation',
    category: 'securite',
    label: 'Une homologation de sécurité ou un questionnaire de sécurité valide est prêt',
    section: 'security',
    covers: [['mode'], ['authorityName'], ['authorityFunction'], ['beginDate'], ['endDate']],
    applies: onlyForProduction('Demandé'),
  }),
  item({
    id: 'volumetrie',
    category: 'securite',
    label: `La volumétrie (appels par minute) est choisie et justifiée au-delà de ${CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION}`,
    section: 'security',
    covers: [['callsPerMinute'], ['volumetryJustification']],
    applies: onlyForProduction('Demandée'),
  }),
  item({
    id: 'mise-en-production',
    category: 'securite',
    label: 'La date de mise en production est prévue',
    section: 'security',
    covers: [['plannedProductionDate']],
    applies: onlyForProduction('Demandée'),
  }),
  item({
    id: 'recette',
    category: 'securite',
    label: 'La recette fonctionnelle est réalisée et le téléservice qualifié',
    section: 'security',
    covers: [['acceptanceDone']],
    applies: (d) => needsAcceptance(d) || 'Attestée seulement dans une demande de production sans éditeur.',
  }),
] as const satisfies readonly ChecklistItemDefinition[];

export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number]['id'];
