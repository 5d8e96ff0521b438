import type { ChecklistStatus } from './checklist';
import type { PrecheckOutcome } from './precheck';

/** The words of the verdict, the same on the screens and in the PDF. */
export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  ready: 'Prêt',
  todo: 'À faire',
  review: 'À revoir',
  kept: 'Maintenu',
  'not-applicable': 'Sans objet',
};

export const PRECHECK_OUTCOME_LABELS: Record<PrecheckOutcome, string> = {
  passes: 'Conforme',
  objection: 'Objection probable',
  todo: 'Incomplet',
  'not-applicable': 'Sans objet',
};

/** "1 point à revoir", "3 points à revoir". */
export function countText(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}
