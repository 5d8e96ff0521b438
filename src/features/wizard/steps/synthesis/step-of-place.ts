import { STEPS, type StepId } from '../../../../domain/steps';
import type { Place } from '../../../../domain/verdict';

export function stepOfPlace(place: Place): StepId {
  return STEPS.find((s) => s.section === place.section)!.id;
}
