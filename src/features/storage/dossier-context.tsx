import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Dossier } from '../../domain/dossier/model';
import { todayIso, type IsoDate } from '../../domain/dates';
import { saveDossier, watchOtherTabs } from './local-store';

/**
 * The dossier being edited, shared by the wizard's layout and steps. Every update is written to
 * the browser's storage at once (autosave: there is no save button to forget).
 *
 * When another tab saves the same dossier, this page's copy is out of date: saving it would
 * silently replace every answer given over there. From then on its changes stay on the page
 * only (`changedElsewhere`), and the user chooses: show the saved version, or export this one.
 */
interface DossierContextValue {
  dossier: Dossier;
  /** The latest dossier, for code that runs outside rendering (form resolvers). */
  latest: () => Dossier;
  update: (change: (dossier: Dossier) => Dossier) => void;
  today: IsoDate;
  changedElsewhere: boolean;
}

const DossierContext = createContext<DossierContextValue | null>(null);

export function DossierProvider({ initial, children }: { initial: Dossier; children: ReactNode }) {
  const [dossier, setDossier] = useState(initial);
  const ref = useRef(initial);
  const today = useMemo(() => todayIso(), []);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const frozen = useRef(false);

  useEffect(
    () =>
      watchOtherTabs(initial.id, () => {
        frozen.current = true;
        setChangedElsewhere(true);
      }),
    [initial.id],
  );

  const update = useCallback((change: (dossier: Dossier) => Dossier) => {
    const changed = change(ref.current);
    const next = frozen.current ? changed : saveDossier(changed);
    ref.current = next;
    setDossier(next);
  }, []);
  const latest = useCallback(() => ref.current, []);

  const value = useMemo(() => ({ dossier, latest, update, today, changedElsewhere }), [dossier, latest, update, today, changedElsewhere]);
  return <DossierContext.Provider value={value}>{children}</DossierContext.Provider>;
}

export function useDossier(): DossierContextValue {
  const value = useContext(DossierContext);
  if (!value) throw new Error('useDossier must be used inside a DossierProvider');
  return value;
}
