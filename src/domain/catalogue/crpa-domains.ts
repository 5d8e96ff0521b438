import type { UseCaseId } from './use-cases';

/**
 * The domains of CRPA article R. 114-9-4, word for word as the DGFiP's sandbox CGU (v2.6, § 3.1)
 * quote them: a request reaches tax data only if its démarche falls within one of them. Which
 * domain a use case falls within is the tool's reading, shown in the deliberation as a part to
 * check.
 */
export const R_114_9_4_DOMAINS = {
  '2°': 'Enseignement et études supérieures',
  '4°': 'Famille, notamment enfance, protection des personnes, succession, union et séparation',
  '9°': "Santé et solidarité, notamment aides sociales, handicap, perte d'autonomie, retraite, sécurité sociale et soins",
  '10°': 'Transport, notamment cartes de transport et permis de conduire',
} as const;

export type CrpaDomain = keyof typeof R_114_9_4_DOMAINS;

/** Null: no domain plainly covers it (a residential parking card), or the use case is the user's own. */
export const CRPA_DOMAIN_OF_USE_CASE: Readonly<Record<UseCaseId, CrpaDomain | null>> = {
  cantine: '4°',
  periscolaire: '4°',
  creche: '4°',
  transport: '10°',
  stationnement: null,
  'aides-sociales': '9°',
  bourses: '2°',
  autre: null,
};
