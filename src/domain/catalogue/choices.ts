/**
 * Labels of the wizard's closed questions. The forms, the synthesis and the documents read
 * them here, so an answer reads the same everywhere.
 */
export const STAGE_LABELS = {
  'bac-a-sable': "La demande d'accès au bac à sable (données fictives)",
  production: 'La demande de production (le bac à sable est déjà obtenu)',
} as const;

export const YES_NO_LABELS = { oui: 'Oui', non: 'Non' } as const;

export const DELIBERATION_STATUS_LABELS = {
  existante: 'Une délibération tarifaire existe déjà',
  'a-adopter': 'Une délibération est à adopter',
} as const;

export const INFORMATION_MODE_LABELS = {
  'consentement-franceconnect': "Consentement de l'usager sur l'écran de FranceConnect, avant la transmission",
  'information-prealable': "Information de l'usager avant l'échange : origine DGFiP, données concernées et finalité",
} as const;

export const NO_DATA_RULE_LABELS = {
  'tarif-maximum': 'Le tarif maximum s’applique, sans effet rétroactif',
  'examen-sur-pieces': 'Le dossier est examiné sur pièces par un agent',
  autre: 'Une autre règle',
} as const;

export const DPIA_LABELS = {
  realisee: "L'analyse d'impact (AIPD) est réalisée",
  'en-cours': "L'analyse d'impact est en cours",
  'non-necessaire': "L'analyse d'impact n'est pas nécessaire",
} as const;

export const SECURITY_MODE_LABELS = {
  homologation: 'Homologation de sécurité (organisations soumises au RGS)',
  questionnaire: 'Questionnaire de sécurité de la DGFiP',
} as const;

export const CONTACT_SIDE_LABELS = {
  interne: 'De notre organisation',
  editeur: "De l'éditeur du logiciel",
} as const;

export const INCOME_PERIOD_LABELS = {
  mensuel: 'Mensuel (revenu ÷ 12 ÷ parts)',
  annuel: 'Annuel (revenu ÷ parts)',
} as const;

export const EFFORT_MODE_LABELS = {
  'plancher-plafond': 'Un taux appliqué au QF, entre un plancher et un plafond',
  lineaire: 'Un tarif linéaire entre deux points (QF, tarif)',
} as const;

export const THRESHOLD_BASIS_LABELS = {
  revenu: 'Sur le revenu du foyer',
  qf: 'Sur le quotient familial (revenu ÷ parts)',
} as const;

/** Label of a choice, or null when the question is unanswered. */
export function choiceLabel<K extends string>(labels: Readonly<Record<K, string>>, value: K | ''): string | null {
  return value === '' ? null : labels[value];
}
