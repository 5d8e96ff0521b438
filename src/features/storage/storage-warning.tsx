import { useSyncExternalStore } from 'react';
import { storageProblem, subscribe } from './local-store';

/** Why the browser is not saving the user's answers right now, or null while it saves them. */
export function useStorageProblem(): string | null {
  return useSyncExternalStore(subscribe, storageProblem, () => null);
}

/**
 * Says at once, at the top of the page, when the browser does not save the user's answers,
 * and offers the export straight away when a dossier is open.
 */
export function StorageWarning({ onExport }: { onExport?: () => void }) {
  const problem = useStorageProblem();
  if (!problem) return null;
  return (
    <div className="notice notice--error storage-warning" role="alert">
      <p className="notice-title">Vos réponses ne sont pas enregistrées dans ce navigateur</p>
      <p>{problem}</p>
      {onExport && (
        <button type="button" className="button button--primary button--small" onClick={onExport}>
          Exporter le dossier maintenant (.json)
        </button>
      )}
    </div>
  );
}
