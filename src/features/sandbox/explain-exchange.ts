import {
  explainInvalidRequest,
  explainNetworkFailure,
  explainNotJson,
  explainStatus,
  explainTimeout,
  explainTokenFailure,
  serverMessageOf,
  type Explanation,
} from '../../domain/sandbox/explanations';
import type { CallRecord } from './client';
import { formatDuration } from './format';
import type { Exchange } from './exchange';

/** The explanation of an answer, whatever went wrong: the network, the body or the status. */
export function explainExchange({ record, asked }: Exchange): Explanation | null {
  const o = record.outcome;
  if (o.kind === 'network') return explainNetworkFailure({ host: asked.host, throughRelay: asked.throughRelay });
  if (o.kind === 'timeout') return explainTimeout(o.seconds);
  if (o.kind === 'invalid') return explainInvalidRequest();
  const success = o.status >= 200 && o.status < 300;
  if (success && !o.body.ok) return explainNotJson(o.status, o.contentType);
  const body = o.body.ok ? o.body.value : null;
  const retryAfter = o.headers.find(([name]) => name.toLowerCase() === 'retry-after')?.[1] ?? null;
  return explainStatus(o.status, body, { ...asked, retryAfter, serverMessage: serverMessageOf(body) });
}

/** One sentence for the live region, read out when an answer arrives. */
export function announce(exchange: Exchange): string {
  const o = exchange.record.outcome;
  const explanation = explainExchange(exchange);
  if (o.kind !== 'response') return `Échec de l'appel : ${explanation?.title ?? ''}.`;
  return `Réponse ${o.status} ${o.statusText} en ${formatDuration(exchange.record.durationMs)}${explanation ? ` : ${explanation.title}` : ''}.`;
}

/** Why POST /token gave no token. */
export function explainTokenRecord(record: CallRecord, target: { host: string; throughRelay: boolean }): Explanation {
  const o = record.outcome;
  if (o.kind === 'network') return explainNetworkFailure(target);
  if (o.kind === 'timeout') return explainTimeout(o.seconds);
  if (o.kind === 'invalid') return explainInvalidRequest();
  if (!o.body.ok) return explainNotJson(o.status, o.contentType);
  return explainTokenFailure(o.status, o.body.value);
}
