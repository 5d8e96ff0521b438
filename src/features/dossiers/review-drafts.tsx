import { useSyncExternalStore } from 'react';
import { Link } from '@tanstack/react-router';
import { listDrafts, removeDraft, subscribeReviews } from '../review/drafts';
import type { Outcome } from './outcome';

let dateTimeFormat: Intl.DateTimeFormat | undefined;
const dateTime = () => (dateTimeFormat ??= new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }));

/** The reviews a DPO has opened in this browser, to come back to them. */
export function ReviewDrafts({ onRemoved }: { onRemoved: (outcome: Outcome) => void }) {
  const drafts = useSyncExternalStore(subscribeReviews, listDrafts, () => []);
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="revues-en-cours">
      <h2 id="revues-en-cours">Revues en cours (délégué à la protection des données)</h2>
      <ul className="dossier-list">
        {drafts.map((d) => (
          <li key={d.id} className="dossier-card">
            <h3 className="dossier-card-title">
              <Link to="/revues/$reviewId" params={{ reviewId: d.id }}>
                {d.dossierTitle}, version {d.version}
              </Link>
            </h3>
            {Number.isFinite(Date.parse(d.updatedAt)) && <p className="dossier-card-meta">Modifiée le {dateTime().format(new Date(d.updatedAt))}</p>}
            <button
              type="button"
              className="button button--link button--danger-link"
              onClick={() => {
                const restore = removeDraft(d.id);
                onRemoved({
                  message: `La revue de « ${d.dossierTitle} » est retirée de ce navigateur.`,
                  undo: restore ? { label: 'Annuler', run: restore, done: `La revue de « ${d.dossierTitle} » est rétablie.` } : undefined,
                });
              }}
            >
              Retirer<span className="visually-hidden"> la revue de {d.dossierTitle}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
