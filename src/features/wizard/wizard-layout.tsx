import { Link, Outlet } from '@tanstack/react-router';
import { useDeferredValue, useMemo, useState } from 'react';
import { loadDossier } from '../storage/dossier-repository';
import { readRaw, downloadDossier, StorageWarning, useStorageProblem } from '../storage';
import { DossierProvider, useDossier, ChangedElsewhereWarning } from '../storage/editing';
import { Notice } from '../../ui/notice';
import { StepList } from './step-list';
import { RepairPage } from './repair-page';
import { VerdictProvider } from './verdict-context';

function WizardHeader() {
  const { dossier, changedElsewhere, unsaved, loadable } = useDossier();
  // An export must import back: while a value cannot be stored, it holds the last one that loads.
  const exportJson = () => downloadDossier(loadable());
  const saving = useStorageProblem() === null && !changedElsewhere && unsaved.length === 0;
  const status = saving
    ? 'Enregistré automatiquement dans ce navigateur'
    : unsaved.length > 0 && !changedElsewhere
      ? 'Dernière modification non enregistrée : un champ est à corriger'
      : 'Les modifications de cette page ne sont pas enregistrées';
  return (
    <>
      <StorageWarning onExport={exportJson} />
      <ChangedElsewhereWarning onExport={exportJson} />
      <div className="wizard-header">
        <p className="wizard-title">
          <span className="visually-hidden">Dossier : </span>
          {dossier.title}
        </p>
        <p className={saving ? 'wizard-saved' : 'wizard-saved wizard-saved--off'} aria-live="polite">
          {status}
        </p>
        <button type="button" className="button button--secondary button--small" onClick={exportJson}>
          Exporter le dossier (.json)
        </button>
      </div>
    </>
  );
}

/** The frame of every step: the dossier's name, the step list, and the step itself. */
export function WizardLayout({ dossierId }: { dossierId: string }) {
  // Bumped once a repaired dossier is stored, to read it again.
  const [readCount, setReadCount] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- readCount is the signal to read the stored text again
  const result = useMemo(() => loadDossier(dossierId), [dossierId, readCount]);
  // On opening, the frame is drawn first and the step right after, in a render React splits
  // into short tasks, so that an old laptop's page never freezes while a long step is built.
  // Until then a screen-high placeholder keeps the footer where the step will push it.
  const showStep = useDeferredValue(true, false);

  if (!result.ok) {
    const raw = readRaw(dossierId);
    if (raw !== null) return <RepairPage dossierId={dossierId} raw={raw} message={result.message} onRepaired={() => setReadCount((n) => n + 1)} />;
    return (
      <div className="page">
        <h1 tabIndex={-1}>Ce dossier ne peut pas être ouvert</h1>
        <Notice kind="error">
          <p>{result.message}</p>
        </Notice>
        <p>
          <Link to="/">Revenir à la liste des dossiers</Link>
        </p>
      </div>
    );
  }

  return (
    <DossierProvider initial={result.dossier} key={dossierId}>
      <VerdictProvider>
        <WizardHeader />
        <div className="wizard">
          <StepList />
          <div className="wizard-main">{showStep ? <Outlet /> : <div className="wizard-main-placeholder" />}</div>
        </div>
      </VerdictProvider>
    </DossierProvider>
  );
}
