import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { NOT_ON_DATAPASS, requestsSummary } from '../../domain/datapass/requests-summary';
import { useDossier } from '../storage/editing';

/** The synthesis's view of the project's DataPass requests: each one, its number, date and state. */
export function RequestsOverview() {
  const { dossier } = useDossier();
  const requests = useMemo(() => requestsSummary(dossier), [dossier]);
  return (
    <section aria-labelledby="vos-demandes">
      <h2 id="vos-demandes">Vos demandes DataPass</h2>
      {requests.length === 0 ? (
        <p>Choisissez le cas d’usage et le logiciel (étapes 1 et 2) : les demandes à déposer en dépendent.</p>
      ) : (
        <table className="requests-table">
          <caption className="visually-hidden">Les demandes DataPass du projet, dans l’ordre de dépôt</caption>
          <thead>
            <tr>
              <th scope="col">Demande</th>
              <th scope="col">Numéro</th>
              <th scope="col">Déposée le</th>
              <th scope="col">État sur DataPass</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.formUid}>
                <th scope="row">
                  {r.title}
                  <span className="sheet-note">« {r.formName} »</span>
                </th>
                <td>{r.number ?? '—'}</td>
                <td>{r.filedOn ?? '—'}</td>
                <td>{r.state ?? NOT_ON_DATAPASS}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link to="/dossiers/$dossierId/demandes" params={{ dossierId: dossier.id }}>
          Ouvrir « Vos demandes DataPass » : liens préremplis, fiches de saisie et suivi
        </Link>
      </p>
    </section>
  );
}
