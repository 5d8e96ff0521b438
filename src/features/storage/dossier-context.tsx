import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Dossier } from '../../domain/dossier/model';
import { todayIso, type IsoDate } from '../../domain/dates';
import { saveDossier } from './local-store';

/**
 * The dossier being edited, shared by the wizard's layout and steps. Every update is written to
 * the browser's storage at once (autosave: there is no save button to forget).
 */
interface DossierContextValue {
  dossier: Dossier;
  /** The latest dossier, for code that runs outside rendering (form resolvers). */
  latest: () => Dossier;
  update: (change: (dossier: Dossier) => Dossier) => void;
  today: IsoDate;
}

const DossierContext = createContext<DossierContextValue | null>(null);

export function DossierProvider({ initial, children }: { initial: Dossier; children: ReactNode }) {
  const [dossier, setDossier] = useState(initial);
  const ref = useRef(initial);
  const today = useMemo(() => todayIso(), []);

  const update = useCallback((change: (dossier: Dossier) => Dossier) => {
    const saved = saveDossier(change(ref.current));
    ref.current = saved;
    setDossier(saved);
  }, []);
  const latest = useCallback(() => ref.current, []);

  const value = useMemo(() => ({ dossier, latest, update, today }), [dossier, latest, update, today]);
  return <DossierContext.Provider value={value}>{children}</DossierContext.Provider>;
}

export function useDossier(): DossierContextValue {
  const value = useContext(DossierContext);
  if (!value) throw new Error('useDossier must be used inside a DossierProvider');
  return value;
}
