/**
 * The blocks (steps) of DataPass's API Impôt particulier forms and their fields, in the order
 * DataPass shows them, with the labels its form displays (etalab/data_pass at c3a17f12:
 * config/locales/authorization_request_forms.fr.yml first, then activerecord.fr.yml, as its
 * form builder looks them up). `prefillable` follows AuthorizationRequest.prefillable_attribute_names:
 * attributes declared with add_attribute / add_checkbox, and `scopes`; never files, contacts or
 * the CGU and DPO boxes, which are table columns.
 */
export const DATAPASS_COMMIT = 'c3a17f129ff3f0471c94953ef2e813c9b7de4281';

export const BLOCK_IDS = [
  'basic_infos',
  'legal',
  'modalities',
  'scopes',
  'personal_data',
  'contacts',
  'operational_acceptance',
  'safety_certification',
  'volumetrie',
] as const;
export type BlockId = (typeof BLOCK_IDS)[number];

/** The step titles (authorization_request_forms.default.steps). */
export const BLOCK_TITLES: Record<BlockId | 'finish', string> = {
  basic_infos: 'Mon projet',
  legal: 'Le cadre juridique',
  modalities: "Les modalités d'accès aux données",
  scopes: 'Les données',
  personal_data: 'Le traitement des données personnelles',
  contacts: 'Les personnes impliquées',
  operational_acceptance: 'La recette fonctionnelle',
  safety_certification: "L'homologation de sécurité",
  volumetrie: 'La volumétrie',
  finish: 'La synthèse',
};

export type FieldKind = 'text' | 'date' | 'number' | 'url' | 'email' | 'choice' | 'checkbox' | 'scopes' | 'file' | 'habilitation';

export interface DataPassField {
  attribute: string;
  label: string;
  kind: FieldKind;
  /** DataPass takes it from a prefill link. */
  prefillable: boolean;
  /** A query parameter that repeats (`modalities[]=…`). */
  array?: boolean;
}

const f = (attribute: string, label: string, kind: FieldKind, prefillable = true, array = false): DataPassField => ({
  attribute,
  label,
  kind,
  prefillable,
  ...(array ? { array } : {}),
});

export const LABELS = {
  modalitiesWithFranceConnect: 'Avec FranceConnect',
  modalitiesWithSpi: 'Via le numéro fiscal (SPI)',
  specificRequirementsTitle: 'Possédez-vous une expression de besoin spécifique ?',
  extraContactTitle: "Contact supplémentaire de l'organisation",
  technicalExtraTitle: 'Contact supplémentaire',
  startProduction: 'Démarrer ma demande d’habilitation en production',
} as const;

export const BLOCK_FIELDS: Record<BlockId, readonly DataPassField[]> = {
  basic_infos: [
    f('intitule', 'Nom du projet', 'text'),
    f('description', "Description du projet (à quoi va-t-il servir ? qui l'utilisera ?)", 'text'),
    f('maquette_projet', 'Maquette du projet', 'file', false),
    f('date_prevue_mise_en_production', 'Date de mise en production prévue', 'date'),
    f('volumetrie_approximative', 'Volumétrie approximative', 'text'),
  ],
  legal: [
    f('cadre_juridique_nature', 'Précisez la nature et les références du texte vous autorisant à traiter les données', 'text'),
    f('cadre_juridique_document', 'Ajoutez votre ou vos documents', 'file', false),
    f('cadre_juridique_url', 'URL du texte relatif au traitement', 'url'),
  ],
  modalities: [
    f('modalities', "Modalité d'accès aux données", 'choice', true, true),
    f('france_connect_authorization_id', 'Sélectionnez une habilitation FranceConnect qui sera liée à cette demande', 'habilitation'),
  ],
  scopes: [
    f('scopes', 'Les données', 'scopes', true, true),
    f('specific_requirements', 'Oui, j’ai une expression de besoin spécifique', 'checkbox'),
    f('specific_requirements_document', 'Ajoutez le fichier d’expression de vos besoins', 'file', false),
  ],
  personal_data: [
    f('destinataire_donnees_caractere_personnel', 'Destinataire des données', 'text'),
    f('duree_conservation_donnees_caractere_personnel', 'Durée de conservation des données en mois', 'number'),
    f('duree_conservation_donnees_caractere_personnel_justification', 'Justification de la durée de conservation des données', 'text'),
  ],
  contacts: [
    // Contacts are kept out of prefill links on purpose by DataPass (identity theft).
    f('responsable_traitement', 'Responsable de traitement', 'email', false),
    f('delegue_protection_donnees', 'Délégué à la protection des données', 'email', false),
    f('contact_technique', 'Contact technique', 'email', false),
    // DataPass's allowlist would take these two (add_attribute), but they name people to contact:
    // the tool keeps every contact out of its links, as DataPass's documentation intends.
    f('contact_technique_extra_email', 'Adresse email générique du contact technique', 'email', false),
    f('extra_organization_contact_email', 'Email du contact supplémentaire', 'email', false),
    f('extra_organization_contact_name', 'Nom du contact supplémentaire', 'text', false),
  ],
  operational_acceptance: [f('operational_acceptance_done', 'J’atteste avoir réalisé une recette fonctionnelle et qualifié mon téléservice.', 'checkbox')],
  safety_certification: [
    f('safety_certification_document', 'La décision d’homologation ou le questionnaire de sécurité', 'file', false),
    f('safety_certification_authority_name', 'Nom de l’autorité d’homologation ou du signataire du questionnaire de sécurité', 'text'),
    f('safety_certification_authority_function', 'Fonction de l’autorité d’homologation ou du signataire du questionnaire de sécurité', 'text'),
    f('safety_certification_begin_date', 'Date de début d’homologation ou de signature du questionnaire de sécurité', 'date'),
    f('safety_certification_end_date', 'Date de fin d’homologation', 'date'),
  ],
  volumetrie: [
    f('volumetrie_appels_par_minute', 'Quelle limitation de débit souhaitez-vous pour votre téléservice ?', 'choice'),
    f(
      'volumetrie_justification',
      "Pour quels motifs souhaitez-vous un débit plus grand que le minimum ? (volumétrie par mois et par jour, pics d'activité, période de disponibilité du téléservice...)",
      'text',
    ),
  ],
};

/** The last step's boxes: table columns, so never prefilled. */
export const FINISH_FIELDS: readonly [terms: DataPassField, dpo: DataPassField, dpd: DataPassField] = [
  f('terms_of_service_accepted', 'J’ai pris connaissance des conditions générales d’utilisation et je les valide.', 'checkbox', false),
  f(
    'data_protection_officer_informed',
    'Je confirme que le délégué à la protection des données de mon organisation est informé de ma demande.',
    'checkbox',
    false,
  ),
  f(
    'dpd_homologation_checkbox',
    'J’atteste que mon organisation devra déclarer à la DGFiP l’accomplissement des formalités en matière de protection des données à caractère personnel et qu’elle veillera à procéder à l’homologation de sécurité de son projet.',
    'checkbox',
  ),
];

/** The contact blocks' own fields (authorization_request_forms.default, activerecord for the job title). */
export const CONTACT_FIELDS = [
  { key: 'family_name', field: 'familyName', label: 'Nom' },
  { key: 'given_name', field: 'givenName', label: 'Prénom' },
  { key: 'email', field: 'email', label: 'Email' },
  { key: 'phone_number', field: 'phone', label: 'Téléphone' },
  { key: 'job_title', field: 'jobTitle', label: 'Fonction' },
] as const;
