/**
 * The wizard's steps, in order. The slug is the step's URL segment; the section is the part of
 * the dossier the step edits (the synthesis edits none).
 */
export const STEP_IDS = ['organisation', 'cas-d-usage', 'methode', 'donnees', 'cadre-juridique', 'traitement', 'personnes', 'securite', 'synthese'] as const;

export type StepId = (typeof STEP_IDS)[number];

export type StepSection = 'organisation' | 'useCase' | 'method' | 'data' | 'legal' | 'gdpr' | 'people' | 'security';

export interface StepDefinition {
  id: StepId;
  number: number;
  title: string;
  section: StepSection | null;
}

const TITLES: Record<StepId, [string, StepSection | null]> = {
  organisation: ['Organisation et parcours', 'organisation'],
  'cas-d-usage': ["Cas d'usage", 'useCase'],
  methode: ['Méthode de calcul et calendrier', 'method'],
  donnees: ['Les données', 'data'],
  'cadre-juridique': ['Cadre juridique', 'legal'],
  traitement: ['Traitement des données personnelles', 'gdpr'],
  personnes: ['Personnes impliquées', 'people'],
  securite: ['Sécurité et volumétrie', 'security'],
  synthese: ['Synthèse', null],
};

export const STEPS: readonly StepDefinition[] = STEP_IDS.map((id, index) => ({
  id,
  number: index + 1,
  title: TITLES[id][0],
  section: TITLES[id][1],
}));

export function stepById(id: StepId): StepDefinition {
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`Unknown step ${id}`);
  return step;
}

export function neighbours(id: StepId): { previous: StepDefinition | null; next: StepDefinition | null } {
  const index = STEP_IDS.indexOf(id);
  return { previous: STEPS[index - 1] ?? null, next: STEPS[index + 1] ?? null };
}

/** "Étape 3 sur 9 – Méthode de calcul et calendrier" */
export function stepHeading(id: StepId): string {
  const step = stepById(id);
  return `Étape ${step.number} sur ${STEPS.length} – ${step.title}`;
}
