import { useSyncExternalStore } from 'react';
import { storageProblem, subscribe } from './local-store';

/** Says at once, at the top of the page, when the browser stops saving the user's answers. */
export function StorageWarning() {
  const problem = useSyncExternalStore(subscribe, storageProblem, () => null);
  if (!problem) return null;
  return (
    <div className="notice notice--error storage-warning" role="alert">
      <p className="notice-title">Vos réponses ne sont plus enregistrées</p>
      <p>{problem}</p>
    </div>
  );
}
