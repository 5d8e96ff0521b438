import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import { buildVerdict, type Verdict } from '../../domain/verdict';
import { useDossier } from '../storage/editing';

const VerdictContext = createContext<Verdict | null>(null);

/**
 * The verdict for the step list and the step pages, computed once per change from a deferred
 * copy of the dossier (none at first): neither the first display nor typing waits for it.
 */
export function VerdictProvider({ children }: { children: ReactNode }) {
  const { dossier, today } = useDossier();
  const deferred = useDeferredValue<typeof dossier | null>(dossier, null);
  const verdict = useMemo(() => (deferred ? buildVerdict(deferred, today) : null), [deferred, today]);
  return <VerdictContext.Provider value={verdict}>{children}</VerdictContext.Provider>;
}

/** The verdict, or null while it is first computed. */
export function useVerdict(): Verdict | null {
  return useContext(VerdictContext);
}
