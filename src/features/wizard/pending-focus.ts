/**
 * A field to focus when the next step page opens, set by links such as the synthesis's
 * "corriger" links. Kept in memory: it only has to survive one navigation.
 */
let pending: string | null = null;

export function focusFieldOnArrival(fieldId: string): void {
  pending = fieldId;
}

export function takePendingFocus(): string | null {
  const id = pending;
  pending = null;
  return id;
}
