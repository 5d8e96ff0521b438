import type { DataPassField } from './blocks';

/**
 * The DataPass forms a project may need beside API Impôt particulier, as etalab/data_pass
 * defines them at the commit of blocks.ts (config/authorization_request_forms/france_connect.yml
 * and api_particulier.yml; the attributes from app/models/authorization_request/france_connect.rb
 * and api_particulier.rb). companion-forms.test.ts compares them with the fixture extracted by
 * scripts/datapass/extract-companion-forms.py.
 */
export type CompanionFormId = 'franceConnect' | 'qfCaf' | 'eaje';

export interface CompanionForm {
  uid: string;
  name: string;
  /** The DataPass request class, as DataPass names the API or service. */
  api: 'FranceConnect' | 'API Particulier';
  dataPassUseCase: string | null;
  staticBlocks: readonly string[];
  steps: readonly string[];
  /** DataPass's `initialize_with`, contacts aside: every companion form types in a general legal framework. */
  prefills: Readonly<{ cadre_juridique_nature: string } & Record<string, string | readonly string[]>>;
  /** The data DataPass shows on the form, key → label. */
  scopes: Readonly<Record<string, string>>;
  /** Scopes the applicant cannot untick. */
  fixedScopes: readonly string[];
  /** The attributes the tool's link sets, in the form's order, with the labels this form shows. */
  linkFields: readonly DataPassField[];
  /** The legal step's document, as this form asks for it (config/locales/authorization_request_forms.fr.yml). */
  legalDocument?: { label: string; what: string };
  /** The people the form asks for (contacts are never carried by a link). */
  contacts: readonly { key: 'responsable_traitement' | 'delegue_protection_donnees' | 'contact_technique' | 'contact_metier'; title: string }[];
}

const field = (attribute: string, label: string, kind: DataPassField['kind'], array = false): DataPassField => ({
  attribute,
  label,
  kind,
  prefillable: true,
  ...(array ? { array } : {}),
});

const BASIC_INFOS = [
  field('intitule', 'Nom du projet', 'text'),
  field('description', "Description du projet (à quoi va-t-il servir ? qui l'utilisera ?)", 'text'),
  field('date_prevue_mise_en_production', 'Date de mise en production prévue', 'date'),
  field('volumetrie_approximative', 'Volumétrie approximative', 'text'),
] as const;
/** The legal step as the "Tarification sociale des services municipaux à l’enfance" form words it. */
const LEGAL_TARIFICATION = [
  field('cadre_juridique_nature', 'Description du cadre juridique autorisant à traiter les données*', 'text'),
  field('cadre_juridique_url', 'Indiquez une URL vers la délibération', 'url'),
];
const PERSONAL_DATA = [
  field('destinataire_donnees_caractere_personnel', 'Destinataire des données', 'text'),
  field('duree_conservation_donnees_caractere_personnel', 'Durée de conservation des données en mois', 'number'),
  field('duree_conservation_donnees_caractere_personnel_justification', 'Justification de la durée de conservation des données', 'text'),
];
const SCOPES = field('scopes', 'Les données', 'scopes', true);

const API_PARTICULIER_LEGAL_PREFILL =
  '- Cadre légal général : L’article L114-8 du Code des relations entre le public et l’administration définit le cadre juridique général en vertu duquel les administrations sont tenues d’échanger les données requises dans le cadre des démarches engagées par les usagers.';
const API_PARTICULIER_CONTACTS = [
  { key: 'contact_metier', title: 'Contact métier' },
  { key: 'contact_technique', title: 'Contact technique' },
  { key: 'delegue_protection_donnees', title: 'Délégué à la protection des données' },
] as const;
const EAJE_SCOPES = {
  cnav_participation_familiale_eaje_allocataires: 'Identités allocataire et conjoint',
  cnav_participation_familiale_eaje_enfants: 'Identités enfants',
  cnav_participation_familiale_eaje_adresse: 'Adresse du foyer',
  cnav_participation_familiale_eaje_parametres_calcul: 'Paramètres pris en compte pour le calcul du tarif',
} as const;

export const COMPANION_FORMS: Readonly<Record<CompanionFormId, CompanionForm>> = {
  // The form DataPass offers collectivités, its legal framework already typed in: the link leaves
  // it, and the data (FranceConnect identity), to the applicant.
  franceConnect: {
    uid: 'france-connect-collectivite-administration',
    name: 'Demande de collectivité / administration',
    api: 'FranceConnect',
    dataPassUseCase: null,
    staticBlocks: [],
    steps: ['basic_infos', 'legal', 'france_connect_eidas', 'scopes', 'personal_data', 'contacts'],
    prefills: { cadre_juridique_nature: 'Arrêté du 8 novembre 2018', cadre_juridique_url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000037611479' },
    scopes: {
      family_name: 'Nom de naissance',
      given_name: 'Prénoms',
      birthdate: 'Date de naissance',
      birthplace: 'Ville de naissance',
      birthcountry: 'Pays de naissance',
      gender: 'Sexe',
      preferred_username: "Nom d'usage",
      email: 'Adresse électronique',
      openid: 'Identifiant technique',
    },
    fixedScopes: ['openid'],
    linkFields: [...BASIC_INFOS, ...PERSONAL_DATA],
    contacts: [
      { key: 'responsable_traitement', title: 'Responsable de traitement' },
      { key: 'delegue_protection_donnees', title: 'Délégué à la protection des données' },
      { key: 'contact_technique', title: 'Contact technique' },
    ],
  },
  qfCaf: {
    uid: 'api-particulier-tarification-municipale-enfance',
    name: 'Tarification sociale des services municipaux à l’enfance',
    api: 'API Particulier',
    dataPassUseCase: 'tarification_municipale_enfance',
    staticBlocks: ['modalities'],
    steps: ['basic_infos', 'legal', 'scopes', 'personal_data', 'contacts'],
    prefills: {
      intitule: 'Tarification sociale des services municipaux à l’enfance',
      cadre_juridique_nature: API_PARTICULIER_LEGAL_PREFILL,
      scopes: ['cnaf_quotient_familial'],
    },
    scopes: {
      cnaf_quotient_familial: 'Quotient familial CAF & MSA',
      cnaf_allocataires: 'Identités allocataire et conjoint',
      cnaf_enfants: 'Identités enfants',
      cnaf_adresse: 'Adresse du foyer',
      cnav_allocation_enfant_handicape: 'Statut AEEH',
    },
    fixedScopes: [],
    linkFields: [...BASIC_INFOS, ...LEGAL_TARIFICATION, SCOPES, ...PERSONAL_DATA],
    legalDocument: { label: 'Ajoutez le fichier de la délibération', what: 'la délibération tarifaire, qui doit expliciter l’usage des données demandées' },
    contacts: API_PARTICULIER_CONTACTS,
  },
  eaje: {
    uid: 'api-particulier-tarification-eaje',
    name: 'Tarification sociale des services municipaux à la petite enfance',
    api: 'API Particulier',
    dataPassUseCase: 'tarification_eaje',
    staticBlocks: ['modalities', 'scopes'],
    steps: ['basic_infos', 'legal', 'personal_data', 'contacts'],
    prefills: {
      intitule: "Tarification sociale des établissements d'accueil du jeune enfant",
      cadre_juridique_nature: API_PARTICULIER_LEGAL_PREFILL,
      scopes: Object.keys(EAJE_SCOPES),
    },
    scopes: EAJE_SCOPES,
    fixedScopes: Object.keys(EAJE_SCOPES),
    // Its title is DataPass's own, and its legal step asks for the CAF's convention, not the
    // deliberation: the link leaves both, and the description, to DataPass and the applicant.
    linkFields: [BASIC_INFOS[2], BASIC_INFOS[3], ...PERSONAL_DATA],
    legalDocument: {
      label: "Ajoutez votre convention d'objectif signée",
      what: 'la convention d’objectif et de financement, ou la convention d’objectif signée, avec la CAF',
    },
    contacts: API_PARTICULIER_CONTACTS,
  },
};
