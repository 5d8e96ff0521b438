import { createContext, useContext } from 'react';

/** Non-blocking advice for fields, keyed by form path ("endDate", "dpd.jobTitle"). */
export const FieldWarningsContext = createContext<ReadonlyMap<string, readonly string[]>>(new Map());

export function useFieldWarnings(name: string): readonly string[] {
  return useContext(FieldWarningsContext).get(name) ?? [];
}
