import { useDossier } from './dossier-context';

/**
 * Tells the user, at the top of the page, that the dossier was saved from another tab, and that
 * this page no longer saves so as not to overwrite it. Reloading shows the saved version;
 * exporting keeps what this page holds.
 */
export function ChangedElsewhereWarning({ onExport }: { onExport: () => void }) {
  const { changedElsewhere } = useDossier();
  if (!changedElsewhere) return null;
  return (
    <div className="notice notice--error storage-warning" role="alert">
      <p className="notice-title">Ce dossier vient d'être modifié dans un autre onglet ou une autre fenêtre</p>
      <p>
        Cette page n'est plus à jour. Pour ne pas effacer ce qui a été saisi là-bas, ce que vous changez ici n'est plus enregistré. Affichez la version
        enregistrée, ou exportez d'abord celle de cette page si vous voulez la garder.
      </p>
      <p className="storage-warning-actions">
        <button type="button" className="button button--primary button--small" onClick={() => window.location.reload()}>
          Afficher la version enregistrée
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onExport}>
          Exporter la version de cette page (.json)
        </button>
      </p>
    </div>
  );
}
