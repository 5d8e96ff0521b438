import type { CallsPerMinute } from './catalogue/volumetry';

/**
 * The wording of the wizard's questions that are also named elsewhere: the steps ask them with
 * these words, and the list of what a collectivité changed in its vendor's answers names them the
 * same way. A question only its step names keeps its words in the step.
 */
export const ORGANISATION_QUESTIONS = {
  software: "Qui développe le logiciel qui appellera l'API ?",
  softwareVendorName: "Nom de l'éditeur",
  stage: 'Quelle demande préparez-vous maintenant ?',
  accessMode: 'Comment les usagers seront-ils identifiés ?',
} as const;

export const METHOD_QUESTIONS = {
  id: "Comment le tarif ou l'éligibilité est-il déterminé ?",
} as const;

export const GDPR_QUESTIONS = {
  informationMode: "Comment les usagers sont-ils informés de l'échange ?",
  informationWhere: "Où l'usager est-il informé ?",
} as const;

/** The four fields of each person of the request. */
export const PERSON_QUESTIONS = {
  givenName: 'Prénom',
  familyName: 'Nom',
  jobTitle: 'Fonction',
  email: 'Adresse e-mail',
  phone: 'Téléphone',
} as const;

export const PEOPLE_QUESTIONS = {
  contactSide: 'Le responsable technique est',
  technicalExtraEmail: 'Adresse e-mail technique générique (facultatif)',
} as const;

export const SECURITY_QUESTIONS = {
  callsPerMinute: "Nombre maximal d'appels par minute",
  volumetryJustification: 'Justification de la volumétrie',
} as const;

/** A choice of the volumetry list, as the list shows it. */
export function callsPerMinuteText(calls: CallsPerMinute): string {
  return `${calls} appels par minute`;
}
