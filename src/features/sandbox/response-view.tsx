import type { Dossier } from '../../domain/dossier/model';
import { filterResponse } from '../../domain/sandbox/filter';
import { coveredYears, type Habilitation } from '../../domain/sandbox/habilitation';
import { explainExchange } from './explain-exchange';
import { ExplanationNotice } from './explanation-notice';
import { formatDuration } from './format';
import { HabilitationView } from './habilitation-view';
import { TariffPanel } from './tariff-panel';
import type { Exchange } from './use-sandbox-session';

function HeaderList({ headers }: { headers: readonly [string, string][] }) {
  return (
    <dl className="sandbox-headers">
      {headers.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function statusClass(status: number): string {
  return status < 300 ? 'ok' : status < 500 ? 'client' : 'server';
}

/** One call: the request as sent (secrets masked), the answer, its explanation, and what the habilitation makes of it. */
export function ResponseView({ exchange, dossier, habilitation }: { exchange: Exchange; dossier: Dossier; habilitation: Habilitation }) {
  const { record, asked } = exchange;
  const o = record.outcome;
  const explanation = explainExchange(exchange);
  const covered = coveredYears(habilitation, asked.day);
  const filtered = o.kind === 'response' && o.status === 200 && o.body.ok ? filterResponse(o.body.value, habilitation, { requestedYear: asked.requestedYear, coveredYears: covered }) : null;

  return (
    <div className="sandbox-exchange">
      <h3>Requête envoyée</h3>
      <p className="sandbox-url">
        <code>
          {record.request.method} {record.request.url}
        </code>
      </p>
      <HeaderList headers={record.request.headers} />

      <h3>Réponse</h3>
      {o.kind === 'response' ? (
        <p className="sandbox-status">
          <span className={`sandbox-code sandbox-code--${statusClass(o.status)}`}>
            {o.status} {o.statusText}
          </span>{' '}
          en {formatDuration(record.durationMs)}
        </p>
      ) : (
        <p className="sandbox-status">Aucune réponse lisible, après {formatDuration(record.durationMs)}.</p>
      )}
      {explanation && <ExplanationNotice explanation={explanation} />}
      {o.kind === 'response' && (
        <>
          <h4>En-têtes de la réponse</h4>
          <HeaderList headers={o.headers} />
          <h4>Corps de la réponse{o.body.ok ? ' (JSON)' : ''}</h4>
          <pre className="sandbox-json" tabIndex={0} aria-label="Corps de la réponse">
            {o.body.ok ? JSON.stringify(o.body.value, null, 2) : o.text || '(vide)'}
          </pre>
        </>
      )}
      {filtered && (
        <>
          <HabilitationView result={filtered} day={asked.day} coveredYears={covered} />
          <TariffPanel returned={filtered.returned} dossier={dossier} />
        </>
      )}
    </div>
  );
}
