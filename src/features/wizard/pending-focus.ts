import type { StepId } from '../../domain/steps';
import { focusById } from '../../ui/field-id';

/**
 * A field to focus when a step page opens, set by links such as the synthesis's "Compléter" and
 * "Modifier". Kept in memory: it only has to survive one navigation. It stays asked for until it
 * is focused, so that React's development double start of effects does not lose it.
 */
let pending: { step: StepId; fieldId: string } | null = null;

export function focusFieldOnArrival(step: StepId, fieldId: string): void {
  pending = { step, fieldId };
}

/** The field a link asked for on arriving at this step; any request for another step is dropped. */
export function pendingFocusFor(step: StepId): string | null {
  if (pending && pending.step !== step) pending = null;
  return pending?.fieldId ?? null;
}

/** How long a step may take to draw the asked field (the data step draws its last groups later). */
const DRAW_BUDGET_MS = 3000;

/**
 * Focuses the field once it is drawn, then forgets the request. Should it never be drawn, or not
 * take the focus (a field the step does not show for these answers), `fallback` places it
 * instead, the step's heading: focus is never left on a link that is gone, at the top of the page.
 * Returns what stops the wait.
 */
export function focusWhenDrawn(fieldId: string, fallback: () => void): () => void {
  const started = performance.now();
  let frame = 0;
  const attempt = () => {
    const element = document.getElementById(fieldId);
    if (element) {
      pending = null;
      focusById(fieldId);
      if (document.activeElement !== element) fallback();
      return;
    }
    if (performance.now() - started > DRAW_BUDGET_MS) {
      pending = null;
      fallback();
      return;
    }
    frame = requestAnimationFrame(attempt);
  };
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}
