import { householdMembers } from '../../domain/sandbox/household-model';
import { HOUSEHOLDS } from '../../domain/sandbox/households';
import { householdNames } from './household-label';

/** The fictional population, with what each household lets the user try. */
export function HouseholdsTable() {
  return (
    <section aria-labelledby="sandbox-foyers">
      <h2 id="sandbox-foyers">Les foyers fictifs</h2>
      <p>Inventés pour cet outil (les jeux de données de la DGFiP ne sont publiés que dans son portail). Revenus 2022 à 2026.</p>
      <div className="sandbox-table-wrap">
        <table className="sandbox-table">
          <caption>{HOUSEHOLDS.length} foyers et ce qu'ils permettent d'essayer</caption>
          <thead>
            <tr>
              <th scope="col">Numéros fiscaux</th>
              <th scope="col">Foyer</th>
              <th scope="col">À essayer</th>
            </tr>
          </thead>
          <tbody>
            {HOUSEHOLDS.map((h) => (
              <tr key={h.id}>
                <td className="sandbox-spi">
                  {householdMembers(h)
                    .map((d) => d.spi)
                    .join(', ')}
                </td>
                <td>
                  {householdNames(h.id)} : {h.situation}
                </td>
                <td>{h.covers.join(' ; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
