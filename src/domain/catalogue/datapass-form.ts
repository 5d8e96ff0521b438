/**
 * The DataPass request form for API Impôt particulier, step by step, with DataPass's own field
 * keys (DataPass snapshot of 2026-08). Where DataPass's French label is known it is quoted;
 * otherwise `label` describes the field. Production requests add the last three steps; the
 * "avec éditeur" forms have no "recette fonctionnelle".
 */
export const DATAPASS_STEPS = [
  { id: 'formulaire', title: 'Avant le formulaire : le formulaire et la modalité' },
  { id: 'projet', title: 'Mon projet' },
  { id: 'cadre-juridique', title: 'Le cadre juridique' },
  { id: 'modalites', title: "Les modalités d'accès aux données" },
  { id: 'donnees', title: 'Les données' },
  { id: 'traitement', title: 'Le traitement des données personnelles' },
  { id: 'personnes', title: 'Les personnes impliquées' },
  { id: 'recette', title: 'La recette fonctionnelle' },
  { id: 'homologation', title: "L'homologation de sécurité" },
  { id: 'volumetrie', title: 'La volumétrie' },
  { id: 'synthese', title: 'La synthèse' },
] as const;

export type DataPassStepId = (typeof DATAPASS_STEPS)[number]['id'];

export const DATAPASS_LABELS = {
  intitule: 'Nom du projet',
  description: 'Description du projet',
  date_prevue_mise_en_production: 'Date prévue de mise en production',
  volumetrie_approximative: "Nombre de démarches ou dossiers traités dans l'année",
  cadre_juridique_nature: 'Précisez la nature et les références du texte vous autorisant à traiter les données',
  cadre_juridique_url: 'URL du texte',
  modalities: "Modalité d'accès",
  specific_requirements: 'Possédez-vous une expression de besoin spécifique ?',
  destinataire_donnees_caractere_personnel: 'Destinataires des données',
  duree_conservation_donnees_caractere_personnel: 'Durée de conservation des données (en mois)',
  duree_conservation_donnees_caractere_personnel_justification: 'Justification de la durée de conservation',
  contact_technique_extra_email: 'Adresse e-mail technique générique',
  operational_acceptance_done: "J'atteste avoir réalisé une recette fonctionnelle et qualifié mon téléservice.",
  safety_certification_authority_name: "Nom de l'autorité d'homologation ou du signataire",
  safety_certification_authority_function: 'Fonction',
  safety_certification_begin_date: 'Date de début',
  safety_certification_end_date: 'Date de fin',
  safety_certification_document: 'Décision d’homologation ou questionnaire de sécurité (PDF)',
  volumetrie_appels_par_minute: "Nombre d'appels par minute",
  volumetrie_justification: 'Justification de la volumétrie',
  terms_of_service_accepted: "J'accepte les conditions générales d'utilisation",
  data_protection_officer_informed: 'Le délégué à la protection des données de mon organisation est informé',
  dpd_homologation_checkbox: "L'organisation déclarera ses formalités de protection des données à la DGFiP et fera homologuer son projet",
} as const;

/** The contact blocks of "Les personnes impliquées", each with the same five fields. */
export const DATAPASS_CONTACTS = [
  { key: 'responsable_traitement', role: 'responsableTraitement', title: 'Responsable de traitement' },
  { key: 'delegue_protection_donnees', role: 'dpd', title: 'Délégué à la protection des données' },
  { key: 'contact_technique', role: 'contactTechnique', title: 'Contact technique' },
] as const;

export const DATAPASS_PERSON_FIELDS = [
  { key: 'family_name', field: 'familyName', label: 'Nom' },
  { key: 'given_name', field: 'givenName', label: 'Prénom' },
  { key: 'email', field: 'email', label: 'E-mail' },
  { key: 'phone_number', field: 'phone', label: 'Téléphone' },
  { key: 'job_title', field: 'jobTitle', label: 'Fonction' },
] as const;
