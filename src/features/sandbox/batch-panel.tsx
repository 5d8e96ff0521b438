import type { ApiResource } from '../../domain/api/resources';
import { formatFrenchDate, type IsoDate } from '../../domain/dates';
import type { Dossier } from '../../domain/dossier/model';
import { errorCodeOf } from '../../domain/sandbox/api-errors';
import { filterResponse } from '../../domain/sandbox/filter';
import { coveredYears, type Habilitation } from '../../domain/sandbox/habilitation';
import { HOUSEHOLDS, mainSpi } from '../../domain/sandbox/households';
import { tariffFromResponse } from '../../domain/sandbox/tariff';
import type { BatchRow } from './batch';
import { householdNames } from './household-label';
import type { BatchRun } from './use-sandbox-session';

/** A cell: the status, then what the habilitation and the method make of a success. */
function cellText(row: BatchRow, habilitation: Habilitation, dossier: Dossier, day: IsoDate): string {
  const o = row.record.outcome;
  if (o.kind !== 'response') return 'échec';
  const body = o.body.ok ? o.body.value : null;
  if (o.status !== 200 || body === null) {
    const code = errorCodeOf(body);
    return `${o.status}${code ? ` (${code})` : ''}`;
  }
  const filtered = filterResponse(body, habilitation, { requestedYear: row.year, coveredYears: coveredYears(habilitation, day) });
  if (!filtered.yearCovered) return '200 · année non couverte';
  const tariff = tariffFromResponse(filtered.returned, dossier.method);
  return `200 · ${tariff.ok ? tariff.result : 'pas de tarif'}`;
}

interface BatchPanelProps {
  run: BatchRun | null;
  resource: ApiResource;
  years: readonly number[];
  busy: boolean;
  habilitation: Habilitation;
  dossier: Dossier;
  onRun: () => void;
}

/** Every fictional household for three years, with the total duration the benchmark reads. */
export function BatchPanel({ run, resource, years, busy, habilitation, dossier, onRun }: BatchPanelProps) {
  return (
    <section aria-labelledby="sandbox-lot">
      <h2 id="sandbox-lot">Tous les foyers fictifs</h2>
      <p>
        Appelle « {resource.label} » pour les {HOUSEHOLDS.length} foyers fictifs et les revenus {years.join(', ')}, l'un après l'autre comme le ferait votre
        téléservice, puis applique votre habilitation et votre méthode de calcul.
      </p>
      <p>
        <button type="button" className="button button--secondary" onClick={onRun} disabled={busy}>
          Appeler tous les foyers fictifs sur 3 ans
        </button>
      </p>
      {run && (
        <>
          <p className="sandbox-batch-summary">
            {run.result.rows.length} appels en{' '}
            <strong data-testid="sandbox-batch-duration" data-duration-ms={run.result.durationMs.toFixed(1)}>
              {Math.round(run.result.durationMs)} ms
            </strong>
            .
          </p>
          <div className="sandbox-table-wrap">
            <table className="sandbox-table">
              <caption>
                « {run.resource.label} », date simulée du {formatFrenchDate(run.day)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Foyer</th>
                  {run.years.map((y) => (
                    <th scope="col" key={y}>
                      Revenus {y}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {HOUSEHOLDS.map((h) => (
                  <tr key={h.id}>
                    <th scope="row">
                      <span className="sandbox-spi">{mainSpi(h)}</span> {householdNames(h.id)}
                    </th>
                    {run.years.map((y) => {
                      const row = run.result.rows.find((r) => r.household.id === h.id && r.year === y);
                      return <td key={y}>{row ? cellText(row, habilitation, dossier, run.day) : ''}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
