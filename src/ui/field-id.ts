/** The DOM id of the input for a form path ("people.dpd.email" → "champ-people-dpd-email"). */
export function fieldId(path: string | readonly (string | number)[]): string {
  const joined = typeof path === 'string' ? path : path.join('.');
  return `champ-${joined.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** Moves focus to an element by id and brings it into view (links cannot: routing uses the hash). */
export function focusById(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}
