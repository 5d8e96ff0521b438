import type { MethodId } from './methods';

/**
 * The use cases: the six voted in CITP (DGFiP teaching sheet), the school and student grants
 * the sheet lists as a specific use case, and "Autre usage" for everything else.
 */
export const USE_CASE_IDS = ['cantine', 'periscolaire', 'creche', 'transport', 'stationnement', 'aides-sociales', 'bourses', 'autre'] as const;

export type UseCaseId = (typeof USE_CASE_IDS)[number];

export interface UseCase {
  id: UseCaseId;
  /** Official name of the use case. */
  label: string;
  votedInCitp: boolean;
  /** The DataPass form family to open ("Demande libre" when none is dedicated). */
  dataPassForm: string;
  /** DataPass's "Nom du projet" for this use case. */
  defaultProjectName: string;
  /** Start of a description the user completes. */
  descriptionTemplate: string;
  /** Who receives the data, as DataPass's use-case forms prefill it. */
  defaultRecipients: string;
  /** The calculation methods that fit, the usual one first. */
  methods: readonly MethodId[];
  /** One sentence on what the API changes for this use case. */
  summary: string;
}

export const TO_COMPLETE_MARKER = '(A compléter par le demandeur)';

/** « de » before a noun, elided before a vowel: « demandes d’inscription », « demandes de bourses ». */
function ofNoun(noun: string): string {
  return /^[aeiouyàâéèêîôû]/i.test(noun) ? `d’${noun}` : `de ${noun}`;
}

function citp(id: UseCaseId, label: string, dataPassForm: string, recipientsOf: string, methods: readonly MethodId[], summary: string): UseCase {
  return {
    id,
    label,
    votedInCitp: true,
    dataPassForm,
    defaultProjectName: `Dites-le-nous une fois – ${label}`,
    descriptionTemplate: `Calcul de la tarification sociale ou vérification de l'éligibilité pour ${recipientsOf.toLowerCase()}, à partir des données fiscales transmises par la DGFiP, sans demander l'avis d'imposition aux familles. ${TO_COMPLETE_MARKER}`,
    defaultRecipients: `Agents instructeurs des demandes ${ofNoun(recipientsOf.toLowerCase())}`,
    methods,
    summary,
  };
}

export const USE_CASES: readonly UseCase[] = [
  citp(
    'cantine',
    'Cantine scolaire',
    'Cantine scolaire',
    'Restauration scolaire',
    ['tranches-qf', 'taux-effort', 'qf-fiscal', 'qf-caf'],
    'Le tarif du repas est calculé automatiquement à partir des ressources du foyer, sans avis d’imposition à fournir.',
  ),
  citp(
    'periscolaire',
    'Activités périscolaires et extrascolaires',
    'Activités périscolaires et assimilés',
    'Inscription aux activités périscolaires et extrascolaires',
    ['tranches-qf', 'taux-effort', 'qf-fiscal', 'qf-caf'],
    'Le tarif des accueils et activités est calculé automatiquement selon les ressources du foyer.',
  ),
  citp(
    'creche',
    'Places en crèche',
    'Place en crèche',
    'Place en crèche',
    ['bareme-cnaf', 'tranches-qf', 'taux-effort'],
    'Pour les familles sans droits CAF, les ressources et les enfants à charge permettent d’appliquer le barème national.',
  ),
  citp(
    'transport',
    'Cartes de transport',
    'Carte de transport',
    'Cartes de transport',
    ['seuil-ressources', 'tranches-qf', 'residence'],
    'L’attribution et le tarif de la carte dépendent du lieu d’habitation et des ressources du foyer.',
  ),
  citp(
    'stationnement',
    'Cartes de stationnement résidentiel',
    'Stationnement résidentiel',
    'Cartes de stationnement résidentiel',
    ['residence', 'tranches-qf', 'seuil-ressources'],
    'La carte est réservée aux résidents du secteur, avec un tarif qui peut dépendre des ressources.',
  ),
  citp(
    'aides-sociales',
    "Demandes d'aides sociales facultatives",
    'Aides sociales facultatives',
    'Aides sociales facultatives',
    ['seuil-ressources', 'qf-fiscal', 'tranches-qf'],
    'La composition du foyer et ses ressources permettent de vérifier l’éligibilité aux aides sans justificatif.',
  ),
  {
    id: 'bourses',
    label: 'Bourses scolaires et étudiantes',
    votedInCitp: false,
    dataPassForm: 'Demande libre',
    defaultProjectName: 'Attribution des bourses scolaires et étudiantes',
    descriptionTemplate: `Vérification des ressources du foyer et calcul du montant de la bourse, à partir des données fiscales transmises par la DGFiP. ${TO_COMPLETE_MARKER}`,
    defaultRecipients: 'Agents instructeurs des demandes de bourses',
    methods: ['seuil-ressources', 'tranches-qf', 'qf-fiscal'],
    summary: 'Les ressources du foyer déterminent l’éligibilité à la bourse et son montant.',
  },
  {
    id: 'autre',
    label: 'Autre usage',
    votedInCitp: false,
    dataPassForm: 'Demande libre',
    defaultProjectName: '',
    descriptionTemplate: '',
    defaultRecipients: '',
    methods: ['tranches-qf', 'taux-effort', 'qf-fiscal', 'qf-caf', 'bareme-cnaf', 'seuil-ressources', 'residence'],
    summary:
      'Décrivez votre usage le plus précisément possible et le texte qui vous autorise à accéder aux données fiscales : la DGFiP mènera une analyse juridique approfondie.',
  },
];

export function useCaseById(id: UseCaseId): UseCase {
  const useCase = USE_CASES.find((u) => u.id === id);
  if (!useCase) throw new Error(`Unknown use case ${id}`);
  return useCase;
}

export function isUseCaseId(value: unknown): value is UseCaseId {
  // Stryker disable next-line ConditionalExpression: equivalent, a list of strings includes no value that is not a string; the typeof narrows the type for TypeScript.
  return typeof value === 'string' && (USE_CASE_IDS as readonly string[]).includes(value);
}
