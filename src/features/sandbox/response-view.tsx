import { useId } from 'react';
import type { Dossier } from '../../domain/dossier/model';
import { filterResponse } from '../../domain/sandbox/filter';
import { coveredYears, type Habilitation } from '../../domain/sandbox/habilitation';
import { explainExchange } from './explain-exchange';
import { ExplanationNotice } from './explanation-notice';
import { formatDuration } from './format';
import { HabilitationView } from './habilitation-view';
import { headerTerm } from './header-terms';
import { PlainResult } from './plain-result';
import { TariffPanel } from './tariff-panel';
import { TechnicalDetails } from './technical-details';
import type { Exchange } from './use-sandbox-session';

/** Headers as sent or received; `explain` adds the plain sentence of the terms it knows. */
function HeaderList({ headers, explain }: { headers: readonly [string, string][]; explain: (name: string) => string | null }) {
  return (
    <dl className="sandbox-headers">
      {headers.map(([name, value]) => {
        const term = explain(name);
        return (
          <div key={name}>
            <dt>{name}</dt>
            <dd>
              {value}
              {term && <span className="sandbox-term">{term}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function statusClass(status: number): string {
  return status < 300 ? 'ok' : status < 500 ? 'client' : 'server';
}

/** Of the response's headers, only Content-Type needs a sentence: the request's list said the others. */
const responseTerm = (name: string) => (name.toLowerCase() === 'content-type' ? headerTerm(name) : null);

/**
 * One call, plain French first: the outcome, what the habilitation receives and the tariff. The
 * request as sent (secrets masked), the raw headers and body, field by field, fold away below.
 */
export function ResponseView({ exchange, dossier, habilitation }: { exchange: Exchange; dossier: Dossier; habilitation: Habilitation }) {
  const plainId = useId();
  const { record, asked } = exchange;
  const o = record.outcome;
  const explanation = explainExchange(exchange);
  const covered = coveredYears(habilitation, asked.day);
  const filtered =
    o.kind === 'response' && o.status === 200 && o.body.ok
      ? filterResponse(o.body.value, habilitation, { requestedYear: asked.requestedYear, coveredYears: covered })
      : null;

  return (
    <div className="sandbox-exchange">
      {o.kind === 'response' ? (
        <p className="sandbox-status">
          Réponse reçue :{' '}
          <span className={`sandbox-code sandbox-code--${statusClass(o.status)}`}>
            {o.status} {o.statusText}
          </span>{' '}
          en {formatDuration(record.durationMs)}.
        </p>
      ) : (
        <p className="sandbox-status">Aucune réponse lisible, après {formatDuration(record.durationMs)}.</p>
      )}
      {explanation && <ExplanationNotice explanation={explanation} />}
      {filtered && (
        <>
          <section aria-labelledby={plainId}>
            <h3 id={plainId}>Ce que votre habilitation recevrait{filtered.year !== null ? ` (revenus ${filtered.year})` : ''}</h3>
            <PlainResult result={filtered} day={asked.day} coveredYears={covered} />
          </section>
          <TariffPanel returned={filtered.returned} dossier={dossier} title="Tarif d'après cette réponse" />
        </>
      )}

      <TechnicalDetails what="requête envoyée, en-têtes, réponse brute (JSON)">
        <h3>Requête envoyée</h3>
        <p>L'adresse appelée, précédée de la méthode (GET : une simple lecture), puis les en-têtes qui accompagnent l'appel ; les jetons sont masqués.</p>
        <p className="sandbox-url">
          <code>
            {record.request.method} {record.request.url}
          </code>
        </p>
        <HeaderList headers={record.request.headers} explain={headerTerm} />

        <h3>Réponse</h3>
        {o.kind === 'response' ? (
          <>
            <p>
              Code {o.status} {o.statusText} : 200 signifie que l'appel a réussi ; un code qui commence par 4, que la requête a été refusée ; par 5, une panne
              du serveur.
            </p>
            <h4>En-têtes de la réponse</h4>
            <HeaderList headers={o.headers} explain={responseTerm} />
            <h4>Corps de la réponse{o.body.ok ? ' (JSON)' : ''}</h4>
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a <pre> that scrolls sideways must take the focus to be scrolled with the keyboard (WCAG 2.1.1) */}
            <pre className="sandbox-json" tabIndex={0} aria-label="Corps de la réponse">
              {o.body.ok ? JSON.stringify(o.body.value, null, 2) : o.text || '(vide)'}
            </pre>
          </>
        ) : (
          <p>Aucune réponse lisible.</p>
        )}
        {filtered && <HabilitationView result={filtered} />}
      </TechnicalDetails>
    </div>
  );
}
