import { createContext, useContext } from 'react';

/**
 * Why a field's value is not stored ("300 caractères au plus : 12 de trop."), keyed by form path.
 * Shown at once, as the user types, unlike the step's own errors which wait for "Continuer":
 * the user must know before leaving the page that this value would be lost.
 */
export const FieldProblemsContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useFieldProblem(name: string): string | undefined {
  return useContext(FieldProblemsContext).get(name);
}
