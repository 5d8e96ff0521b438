import { displayName, householdMembers } from '../../domain/sandbox/household-model';
import { HOUSEHOLDS, mainSpi } from '../../domain/sandbox/households';

/** "Julien Martin et Camille Martin": every person who declared in the household. */
export function householdNames(id: string): string {
  const household = HOUSEHOLDS.find((h) => h.id === id);
  return household ? householdMembers(household).map(displayName).join(' et ') : '';
}

/** One line of the household list: its numéro fiscal, its people, its situation. */
export function householdOption(id: string): string {
  const h = HOUSEHOLDS.find((x) => x.id === id);
  return h ? `${mainSpi(h)} – ${householdNames(h.id)} – ${h.situation}` : '';
}
