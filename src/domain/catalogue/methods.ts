import type { ScopeKey } from './scopes';

/**
 * The calculation methods a collectivité may use, each declaring the data it needs. The data a
 * method needs is the heart of minimisation: the minimum a dossier asks for is exactly the union
 * of what its method (with its parameters) needs.
 */
export const METHOD_IDS = ['qf-fiscal', 'tranches-qf', 'taux-effort', 'bareme-cnaf', 'residence', 'seuil-ressources', 'qf-caf'] as const;

export type MethodId = (typeof METHOD_IDS)[number];

export type IncomeBasis = 'rfr' | 'rbg';
export type ThresholdBasis = 'revenu' | 'qf';

/** The parameters that change which data a method needs. */
export interface MethodDataParams {
  incomeBasis: IncomeBasis;
  thresholdBasis: ThresholdBasis;
  checksResidence: boolean;
}

export interface DataNeed {
  scope: ScopeKey;
  /** Completes "Nécessaire pour : …". */
  purpose: string;
}

export interface CalculationMethod {
  id: MethodId;
  label: string;
  /** What the method does, in one or two plain sentences. */
  explanation: string;
  /** The formula, written for a reader of the deliberation. */
  formula: string;
  needs(params: MethodDataParams): DataNeed[];
}

export const INCOME_BASES: Record<IncomeBasis, { scope: ScopeKey; label: string }> = {
  rfr: { scope: 'dgfip_rfr', label: 'Revenu fiscal de référence' },
  rbg: { scope: 'dgfip_rbg', label: 'Revenu brut global' },
};

function income(params: MethodDataParams, purpose: string): DataNeed {
  return { scope: INCOME_BASES[params.incomeBasis].scope, purpose };
}

const QF_NEEDS = (params: MethodDataParams, what: string): DataNeed[] => [
  income(params, `calculer le quotient familial (revenu ÷ nombre de parts) ${what}`),
  { scope: 'dgfip_nbpart', purpose: `diviser le revenu par le nombre de parts pour obtenir le quotient familial ${what}` },
];

export const METHODS: readonly CalculationMethod[] = [
  {
    id: 'qf-fiscal',
    label: 'Quotient familial fiscal (revenu ÷ parts)',
    explanation: 'Le quotient familial est le revenu du foyer divisé par son nombre de parts fiscales, éventuellement ramené au mois.',
    formula: 'QF = revenu ÷ nombre de parts (÷ 12 pour un quotient mensuel)',
    needs: (p) => QF_NEEDS(p, 'servant au calcul du tarif'),
  },
  {
    id: 'tranches-qf',
    label: 'Tranches de quotient familial',
    explanation: 'Le quotient familial situe le foyer dans une grille de tranches ; chaque tranche a son tarif.',
    formula: 'QF = revenu ÷ nombre de parts, puis tarif de la tranche où se situe le QF',
    needs: (p) => QF_NEEDS(p, 'et situer le foyer dans la grille de tranches'),
  },
  {
    id: 'taux-effort',
    label: "Taux d'effort / taux de participation individualisé (TPI)",
    explanation:
      'Chaque famille paie un tarif proportionnel à son quotient familial, borné par un tarif plancher et un tarif plafond, ou interpolé entre deux points.',
    formula: 'tarif = QF × taux, borné entre le plancher et le plafond (ou linéaire entre deux points)',
    needs: (p) => QF_NEEDS(p, 'auquel s’applique le taux d’effort'),
  },
  {
    id: 'bareme-cnaf',
    label: 'Barème CNAF des crèches (PSU)',
    explanation:
      "Le tarif horaire est un taux d'effort national appliqué aux ressources mensuelles du foyer, selon le nombre d'enfants à charge, entre un plancher et un plafond de ressources.",
    formula: 'tarif horaire = (revenu ÷ 12, borné entre plancher et plafond) × taux d’effort selon le nombre d’enfants',
    needs: (p) => [
      income(p, 'calculer les ressources mensuelles du foyer auxquelles s’applique le taux d’effort'),
      { scope: 'dgfip_pac_nbPac', purpose: 'choisir le taux d’effort du barème selon le nombre d’enfants à charge' },
    ],
  },
  {
    id: 'residence',
    label: 'Éligibilité selon le lieu de résidence',
    explanation: "Seule l'adresse du foyer est utilisée : elle dit si le foyer réside sur le territoire concerné.",
    formula: 'éligible si l’adresse déclarée au 1er janvier est située sur le territoire',
    needs: () => [{ scope: 'dgfip_aft', purpose: 'vérifier que le foyer réside sur le territoire concerné' }],
  },
  {
    id: 'seuil-ressources',
    label: 'Éligibilité selon un seuil de ressources',
    explanation: 'Le foyer est éligible si son revenu, ou son quotient familial, ne dépasse pas un seuil.',
    formula: 'éligible si le revenu (ou le QF) est inférieur ou égal au seuil',
    needs: (p) =>
      p.thresholdBasis === 'qf' ? QF_NEEDS(p, 'comparé au seuil d’éligibilité') : [income(p, 'comparer le revenu du foyer au seuil d’éligibilité')],
  },
  {
    id: 'qf-caf',
    label: 'Quotient familial CAF, avec les données fiscales pour les familles sans droits CAF',
    explanation:
      "Le quotient familial de la CAF est obtenu par l'API Particulier ; pour les familles sans droits CAF, un quotient familial fiscal le remplace.",
    formula: 'QF CAF quand il existe, sinon QF = revenu ÷ nombre de parts (÷ 12)',
    needs: (p) => QF_NEEDS(p, 'de repli, pour les familles sans droits CAF'),
  },
];

export const RESIDENCE_NEED: DataNeed = {
  scope: 'dgfip_aft',
  purpose: 'vérifier que le foyer réside sur le territoire, condition d’accès ou de tarif',
};

export function methodById(id: MethodId): CalculationMethod {
  const method = METHODS.find((m) => m.id === id);
  if (!method) throw new Error(`Unknown method ${id}`);
  return method;
}

export function isMethodId(value: unknown): value is MethodId {
  // Stryker disable next-line ConditionalExpression: equivalent, a list of strings includes no value that is not a string; the typeof narrows the type for TypeScript.
  return typeof value === 'string' && (METHOD_IDS as readonly string[]).includes(value);
}

/** Methods that compute a quotient familial, and so take its period and usually a grid. */
export function usesQuotient(id: MethodId, thresholdBasis: ThresholdBasis): boolean {
  if (id === 'seuil-ressources') return thresholdBasis === 'qf';
  return id === 'qf-fiscal' || id === 'tranches-qf' || id === 'taux-effort' || id === 'qf-caf';
}
