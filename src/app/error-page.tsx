import { Link, useRouterState, type ErrorComponentProps } from '@tanstack/react-router';
import { downloadFile, readRaw, safeFileName } from '../features/storage/start-up';

/** The dossier of the page that failed, read from its address, whatever its route. */
function dossierIdOf(pathname: string): string | null {
  const raw = /^\/dossiers\/([^/]+)/.exec(pathname)?.[1];
  if (raw === undefined) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * What every page shows when something breaks while it is drawn: never the router's English page.
 * The user is told what happened in plain words, and may take the dossier away as it is stored,
 * before anything else: the file keeps every answer, and the repair page can read it back.
 */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const dossierId = dossierIdOf(pathname);
  const raw = dossierId === null ? null : readRaw(dossierId);
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="page">
      <h1 tabIndex={-1}>Cette page n’a pas pu s’afficher</h1>
      <p>
        L’outil a rencontré une valeur ou une situation qu’il ne sait pas traiter, et s’est arrêté avant d’afficher la page. Rien n’a été envoyé : tout reste
        dans ce navigateur.
      </p>
      {raw !== null && (
        <p>
          Vos réponses à ce dossier sont conservées telles qu’elles ont été enregistrées. Vous pouvez les garder dans un fichier dès maintenant, puis les
          réimporter ici ou sur un autre poste.
        </p>
      )}
      <div className="page-actions">
        {raw !== null && dossierId !== null && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => downloadFile(safeFileName(`dossier ${dossierId}`, 'json'), raw, 'application/json')}
          >
            Exporter ce dossier tel quel (.json)
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={reset}>
          Réessayer
        </button>
        <Link to="/" className="button button--secondary">
          Revenir à l’accueil
        </Link>
      </div>
      <details className="error-detail">
        <summary>Détail technique, pour un signalement</summary>
        <p>
          Adresse : <code>{pathname}</code>
        </p>
        <p>
          Message : <code>{detail}</code>
        </p>
      </details>
    </div>
  );
}
