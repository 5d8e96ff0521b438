import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Dossier } from '../../domain/dossier/model';
import { todayIso, type IsoDate } from '../../domain/dates';
import { storageProblems, type StorageProblem } from '../../domain/dossier/storable';
import { saveDossier, watchOtherTabs } from './local-store';

/**
 * The dossier being edited, shared by the wizard's layout and steps. Every update is written to
 * the browser's storage at once (autosave: there is no save button to forget).
 *
 * When another tab saves the same dossier, this page's copy is out of date: saving it would
 * silently replace every answer given over there. From then on its changes stay on the page
 * only (`changedElsewhere`), and the user chooses: show the saved version, or export this one.
 *
 * A change that would not load back (a text past its limit, a half-typed year) is not stored:
 * the page keeps it, `unsaved` says why beside each field, and the stored dossier stays the last
 * one that loads. The next change that fits is stored whole, the corrected field with it.
 */
interface DossierContextValue {
  dossier: Dossier;
  /** The latest dossier, for code that runs outside rendering (form resolvers). */
  latest: () => Dossier;
  update: (change: (dossier: Dossier) => Dossier) => void;
  today: IsoDate;
  changedElsewhere: boolean;
  /** The page's latest version that would load back: what an export holds. */
  loadable: () => Dossier;
  /** Why the page's answers are not stored right now; empty when they are. */
  unsaved: readonly StorageProblem[];
}

const NOTHING_UNSAVED: readonly StorageProblem[] = [];

const DossierContext = createContext<DossierContextValue | null>(null);

export function DossierProvider({ initial, children }: { initial: Dossier; children: ReactNode }) {
  const [dossier, setDossier] = useState(initial);
  const ref = useRef(initial);
  const lastLoadable = useRef(initial);
  const today = useMemo(() => todayIso(), []);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const [unsaved, setUnsaved] = useState<readonly StorageProblem[]>(NOTHING_UNSAVED);
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
    const problems = storageProblems(changed);
    setUnsaved((previous) => (problems.length === 0 && previous.length === 0 ? previous : problems));
    const next = frozen.current || problems.length > 0 ? changed : saveDossier(changed);
    if (problems.length === 0) lastLoadable.current = next;
    ref.current = next;
    setDossier(next);
  }, []);
  const latest = useCallback(() => ref.current, []);
  const loadable = useCallback(() => lastLoadable.current, []);

  const value = useMemo(
    () => ({ dossier, latest, loadable, update, today, changedElsewhere, unsaved }),
    [dossier, latest, loadable, update, today, changedElsewhere, unsaved],
  );
  return <DossierContext.Provider value={value}>{children}</DossierContext.Provider>;
}

export function useDossier(): DossierContextValue {
  const value = useContext(DossierContext);
  if (!value) throw new Error('useDossier must be used inside a DossierProvider');
  return value;
}
