import type { SectionKey } from '../dossier/model';
import type { Path } from '../validation/core';
import { ROLE_LABELS } from '../validation/people-rules';

/**
 * The columns of a vendor's table of collectivités: the one description that the table reader,
 * its error messages, the README, the sample table and the summary all read. Each column says
 * where the wizard writes its value (the section and the field), so that a value from a table
 * lands exactly where the same value typed in the wizard would, and is judged by the same rules.
 */
export type ColumnKind =
  /** A text kept as typed (trimmed). */
  | 'text'
  /** An organisation type: its id or its label in the catalogue. */
  | 'organisation-type'
  /** A use case: its id or its label. */
  | 'use-case'
  /** A calculation method: its id or its label. */
  | 'method'
  /** A tariff grid: "500 : 1 ; 900 : 2,40 ; au-delà : 4,80". */
  | 'tranches'
  /** A SIRET: a number cell that lost its leading zero gets it back. */
  | 'siret'
  /** A phone number: a number cell that lost its leading 0 gets it back. */
  | 'phone';

export interface BatchColumn {
  key: string;
  /** The header the sample table uses, and the error messages name. */
  header: string;
  /** Other headers taken for this column (compared without case, accents nor punctuation). */
  aliases: readonly string[];
  required: boolean;
  kind: ColumnKind;
  /** What to write in it, for the README and the page. */
  description: string;
  /** Where the wizard writes the value. */
  section: SectionKey;
  path: Path;
}

/** The contacts a table gives: the vendor knows them from its customer file. */
export const BATCH_ROLES = ['demandeur', 'responsableTraitement', 'dpd'] as const;
export type BatchRole = (typeof BATCH_ROLES)[number];

/** "du demandeur": how each role completes a header. */
const ROLE_IN_HEADER: Record<BatchRole, { of: string; short: string[] }> = {
  demandeur: { of: 'du demandeur', short: [] },
  responsableTraitement: { of: 'du responsable de traitement', short: ['du responsable du traitement', 'du RT'] },
  dpd: { of: 'du DPD', short: ['du délégué à la protection des données', 'du DPO'] },
};

const PERSON_FIELDS = [
  { field: 'familyName', word: 'Nom', aliases: [], kind: 'text', description: 'Nom de famille.' },
  { field: 'givenName', word: 'Prénom', aliases: [], kind: 'text', description: 'Prénom.' },
  { field: 'jobTitle', word: 'Fonction', aliases: ['Poste'], kind: 'text', description: 'Fonction dans l’organisation.' },
  { field: 'email', word: 'E-mail', aliases: ['Courriel', 'Adresse e-mail', 'Mail'], kind: 'text', description: 'Adresse e-mail professionnelle.' },
  { field: 'phone', word: 'Téléphone', aliases: ['Tél', 'Tel'], kind: 'phone', description: 'Numéro à 10 chiffres ou au format international.' },
] as const;

function personColumns(role: BatchRole): BatchColumn[] {
  const { of, short } = ROLE_IN_HEADER[role];
  return PERSON_FIELDS.map(({ field, word, aliases, kind, description }) => ({
    key: `${role}.${field}`,
    header: `${word} ${of}`,
    aliases: [...aliases.map((a) => `${a} ${of}`), ...short.flatMap((s) => [word, ...aliases].map((w) => `${w} ${s}`))],
    required: false,
    kind,
    description: `${ROLE_LABELS[role]} : ${description.charAt(0).toLowerCase()}${description.slice(1)}`,
    section: 'people',
    path: [role, field],
  }));
}

export const BATCH_COLUMNS: readonly BatchColumn[] = [
  {
    key: 'name',
    header: 'Nom de la collectivité',
    aliases: ['Nom', 'Collectivité', 'Nom de l’organisation', 'Organisation'],
    required: true,
    kind: 'text',
    description: 'Le nom officiel de l’organisation, tel qu’il figurera dans la délibération (« Commune de Saint-Exemple »).',
    section: 'organisation',
    path: ['name'],
  },
  {
    key: 'siret',
    header: 'SIRET',
    aliases: ['N° SIRET', 'Numéro SIRET'],
    required: true,
    kind: 'siret',
    description: 'Les 14 chiffres du SIRET de l’organisation (espaces permis).',
    section: 'organisation',
    path: ['siret'],
  },
  {
    key: 'type',
    header: 'Type d’organisation',
    aliases: ['Type', 'Type de collectivité'],
    required: true,
    kind: 'organisation-type',
    description: 'Commune, EPCI, département, région, CCAS… : le libellé de l’outil ou son code (commune, epci, departement, region, ccas…).',
    section: 'organisation',
    path: ['type'],
  },
  {
    key: 'useCase',
    header: 'Cas d’usage',
    aliases: ['Usage', 'Service'],
    required: true,
    kind: 'use-case',
    description:
      'Cantine scolaire, Activités périscolaires et extrascolaires, Places en crèche… : le libellé de l’outil ou son code (cantine, periscolaire, creche…).',
    section: 'useCase',
    path: ['id'],
  },
  {
    key: 'method',
    header: 'Méthode de calcul',
    aliases: ['Méthode'],
    required: false,
    kind: 'method',
    description: 'Facultatif : sinon celle du modèle. Le libellé de l’outil ou son code (tranches-qf, taux-effort, qf-fiscal…).',
    section: 'method',
    path: ['id'],
  },
  {
    key: 'tranches',
    header: 'Grille tarifaire',
    aliases: ['Grille', 'Tranches', 'Grille de tarifs'],
    required: false,
    kind: 'tranches',
    description:
      'Facultatif : les tranches de quotient familial et leur tarif, séparées par « ; » : « 500 : 1 ; 900 : 2,40 ; au-delà : 4,80 » (jusqu’à 500 € de QF, 1 € ; …).',
    section: 'method',
    path: ['tranches'],
  },
  {
    key: 'rate',
    header: 'Taux d’effort',
    aliases: ['Taux', 'Taux de participation'],
    required: false,
    kind: 'text',
    description: 'Facultatif, pour la méthode du taux d’effort : le taux appliqué au quotient familial, avec une virgule (0,35).',
    section: 'method',
    path: ['rate'],
  },
  {
    key: 'floor',
    header: 'Tarif plancher',
    aliases: ['Plancher'],
    required: false,
    kind: 'text',
    description: 'Facultatif, pour la méthode du taux d’effort : le tarif le plus bas, en euros.',
    section: 'method',
    path: ['floor'],
  },
  {
    key: 'ceiling',
    header: 'Tarif plafond',
    aliases: ['Plafond'],
    required: false,
    kind: 'text',
    description: 'Facultatif, pour la méthode du taux d’effort : le tarif le plus haut, en euros.',
    section: 'method',
    path: ['ceiling'],
  },
  ...BATCH_ROLES.flatMap(personColumns),
];

/** A header as compared: without case, accents, apostrophes nor punctuation ("E-mail" = "email"). */
export function headerKey(header: string): string {
  const plain = header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  // Stryker disable next-line Regex: equivalent, removing a run of other characters at once or one by one leaves the same text.
  return plain.replace(/[^a-z0-9]+/g, '');
}

export function columnByKey(key: string): BatchColumn {
  const column = BATCH_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`Unknown batch column ${key}`);
  return column;
}
