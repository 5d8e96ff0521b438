/**
 * Who may ask for API Impôt particulier (DataPass's eligibility rules) and which deliberating
 * body speaks for each kind of organisation.
 */
export const ORGANISATION_TYPES = [
  'commune',
  'epci',
  'departement',
  'region',
  'ccas',
  'autre-administration',
  'organisme-social',
  'banque',
  'editeur',
  'autre-prive',
] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export type Eligibility = 'eligible' | 'lep-only' | 'on-behalf' | 'not-eligible';

export interface OrganisationKind {
  type: OrganisationType;
  label: string;
  eligibility: Eligibility;
  /** One plain sentence shown as soon as the type is chosen. */
  eligibilityMessage: string;
  /** The body whose deliberation frames the request, when there is one. */
  deliberatingBody: string | null;
  /** Whether the organisation is a public administration covered by CRPA L. 114-8. */
  isAdministration: boolean;
  /**
   * The code and article that give the deliberating body its competence, cited in the
   * deliberation's visas. ⚠ From general knowledge: the draft marks it as a part to check.
   */
  competence?: { code: string; article: string };
}

const CGCT = 'code général des collectivités territoriales';

const ADMIN_MESSAGE =
  "Votre organisation est éligible : les administrations peuvent échanger ces données au titre de l'article L. 114-8 du code des relations entre le public et l'administration (CRPA).";

export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  {
    type: 'commune',
    label: 'Commune',
    eligibility: 'eligible',
    eligibilityMessage: ADMIN_MESSAGE,
    deliberatingBody: 'conseil municipal',
    isAdministration: true,
    competence: { code: CGCT, article: 'L. 2121-29' },
  },
  {
    type: 'epci',
    label: 'Établissement public de coopération intercommunale (EPCI)',
    eligibility: 'eligible',
    eligibilityMessage: ADMIN_MESSAGE,
    deliberatingBody: 'conseil communautaire',
    isAdministration: true,
    competence: { code: CGCT, article: 'L. 5211-1' },
  },
  {
    type: 'departement',
    label: 'Département',
    eligibility: 'eligible',
    eligibilityMessage: ADMIN_MESSAGE,
    deliberatingBody: 'conseil départemental',
    isAdministration: true,
    competence: { code: CGCT, article: 'L. 3211-1' },
  },
  {
    type: 'region',
    label: 'Région',
    eligibility: 'eligible',
    eligibilityMessage: ADMIN_MESSAGE,
    deliberatingBody: 'conseil régional',
    isAdministration: true,
    competence: { code: CGCT, article: 'L. 4221-1' },
  },
  {
    type: 'ccas',
    label: "Centre communal ou intercommunal d'action sociale (CCAS, CIAS)",
    eligibility: 'eligible',
    eligibilityMessage: ADMIN_MESSAGE,
    deliberatingBody: "conseil d'administration du CCAS/CIAS",
    isAdministration: true,
    competence: { code: "code de l'action sociale et des familles", article: 'L. 123-6' },
  },
  {
    type: 'autre-administration',
    label: 'Autre administration (ministère, établissement public…)',
    eligibility: 'eligible',
    eligibilityMessage: ADMIN_MESSAGE,
    deliberatingBody: null,
    isAdministration: true,
  },
  {
    type: 'organisme-social',
    label: 'Organisme de sécurité sociale ou organisme social',
    eligibility: 'eligible',
    eligibilityMessage: ADMIN_MESSAGE,
    deliberatingBody: "conseil d'administration",
    isAdministration: true,
  },
  {
    type: 'banque',
    label: 'Établissement bancaire',
    eligibility: 'lep-only',
    eligibilityMessage: "Les banques ne sont éligibles que pour l'indicateur d'éligibilité au Livret d'Épargne Populaire (LEP), demandé seul.",
    deliberatingBody: null,
    isAdministration: false,
  },
  {
    type: 'editeur',
    label: "Éditeur de logiciel agissant pour le compte d'une administration",
    eligibility: 'on-behalf',
    eligibilityMessage:
      "Un éditeur est éligible lorsqu'il agit pour le compte d'une administration : la demande porte sur le cas d'usage de cette administration, qui reste responsable du traitement.",
    deliberatingBody: null,
    isAdministration: false,
  },
  {
    type: 'autre-prive',
    label: 'Autre entreprise ou association',
    eligibility: 'not-eligible',
    eligibilityMessage:
      'Les entreprises et associations ne sont pas éligibles, sauf les banques (LEP) et les éditeurs agissant pour une administration. DataPass refusera la demande.',
    deliberatingBody: null,
    isAdministration: false,
  },
];

export function organisationKind(type: OrganisationType): OrganisationKind {
  const kind = ORGANISATION_KINDS.find((k) => k.type === type);
  if (!kind) throw new Error(`Unknown organisation type ${type}`);
  return kind;
}

export function isOrganisationType(value: unknown): value is OrganisationType {
  // Stryker disable next-line ConditionalExpression: equivalent, a list of strings includes no value that is not a string; the typeof narrows the type for TypeScript.
  return typeof value === 'string' && (ORGANISATION_TYPES as readonly string[]).includes(value);
}
