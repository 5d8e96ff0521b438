/** A step's state in the step list. Computed by `validation/validate.ts`. */
export type StepStatus = 'not-started' | 'in-progress' | 'complete' | 'errors';

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  'not-started': 'Non commencée',
  'in-progress': 'En cours',
  complete: 'Terminée',
  errors: 'À corriger',
};
