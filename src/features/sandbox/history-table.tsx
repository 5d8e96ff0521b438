import { formatDuration, formatTime } from './format';
import type { HistoryEntry } from './use-sandbox-session';

/** The session's calls, newest first. Kept in memory only: closing the page forgets them. */
export function HistoryTable({ entries }: { entries: readonly HistoryEntry[] }) {
  return (
    <section aria-labelledby="sandbox-historique">
      <h2 id="sandbox-historique">Historique de la session</h2>
      {entries.length === 0 ? (
        <p>Aucun appel pour l'instant. L'historique n'est pas enregistré : il disparaît avec la page.</p>
      ) : (
        <div className="sandbox-table-wrap">
          <table className="sandbox-table">
            <caption>{entries.length} appel(s), le plus récent en premier ; jetons et secrets n'y figurent pas.</caption>
            <thead>
              <tr>
                <th scope="col">Heure</th>
                <th scope="col">Requête</th>
                <th scope="col">Résultat</th>
                <th scope="col">Durée</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.id}-${e.at.getTime()}`}>
                  <td>{formatTime(e.at)}</td>
                  <td className="sandbox-path">{e.what}</td>
                  <td>{e.outcome}</td>
                  <td>{formatDuration(e.durationMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
