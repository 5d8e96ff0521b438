import { describe, expect, it } from 'vitest';
import { STEP_STATUS_LABELS } from './step-status';

describe('the state of a step, as the step list writes it', () => {
  it('is written in French for each state', () => {
    expect(STEP_STATUS_LABELS).toEqual({
      'not-started': 'Non commencée',
      'in-progress': 'En cours',
      complete: 'Terminée',
      errors: 'À corriger',
    });
  });
});
