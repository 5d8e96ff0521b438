import { useMemo, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { resourceById, type ApiResource } from '../../domain/api/resources';
import type { IsoDate } from '../../domain/dates';
import { uuidV4, YEAR_PATTERN } from '../../domain/sandbox/formats';
import type { Habilitation } from '../../domain/sandbox/habilitation';
import { readHost } from '../../domain/sandbox/host';
import { createLocalSandbox, LOCAL_CLIENT } from '../../domain/sandbox/local-sandbox';
import { HOUSEHOLDS } from '../../domain/sandbox/households';
import { latestIncomeYear } from '../../domain/years';
import { runBatch, type BatchResult } from './batch';
import { callApi, requestToken, type ApiCall, type CallRecord, type Transport } from './client';
import { localTransport, realTransport, relayBase } from './transports';
import { announce, explainTokenRecord } from './explain-exchange';
import type { Explanation } from '../../domain/sandbox/explanations';
import { quotaOf, readPort, simulatedDay, type RequestValues } from './request-values';
import type { Asked, Exchange } from './exchange';

export type { Asked, Exchange } from './exchange';

/**
 * The tester's session: the local sandbox (one per page, so its quota and tokens last while the
 * page is open), the calls made, the last answer. Everything is in memory and ends with the page.
 */

export interface HistoryEntry {
  id: number;
  at: Date;
  what: string;
  outcome: string;
  durationMs: number;
}

export interface BatchRun {
  result: BatchResult;
  resource: ApiResource;
  years: number[];
  day: IsoDate;
}

/** The outcome of the last token request, for the target it was made for. */
export type TokenState =
  | { kind: 'idle' }
  | { kind: 'ok'; target: RequestValues['target']; message: string }
  | { kind: 'error'; target: RequestValues['target']; message: string; explanation: Explanation | null };

function outcomeText(record: CallRecord): string {
  const o = record.outcome;
  if (o.kind === 'response') return `${o.status} ${o.statusText}`.trim();
  return { timeout: 'Pas de réponse', network: 'Échec réseau', invalid: 'Non envoyée' }[o.kind];
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function useSandboxSession(form: UseFormReturn<RequestValues>, habilitation: Habilitation, today: IsoDate) {
  const sandbox = useMemo(
    () =>
      createLocalSandbox({
        subscribedScopes: habilitation.tokenScopes,
        modes: habilitation.modes,
        settings: () => {
          const v = form.getValues();
          return { today: simulatedDay(v, today), callsPerMinute: quotaOf(v) };
        },
      }),
    [habilitation, form, today],
  );
  const local = useMemo(() => localTransport(sandbox), [sandbox]);
  const [last, setLast] = useState<Exchange | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const [tokenState, setTokenState] = useState<TokenState>({ kind: 'idle' });
  const [batch, setBatch] = useState<BatchRun | null>(null);

  const dayFor = (v: RequestValues) => (v.target === 'local' ? simulatedDay(v, today) : today);

  function transportFor(v: RequestValues): Transport | null {
    if (v.target === 'local') return local;
    if (v.useRelay) {
      const port = readPort(v.relayPort);
      return port === null ? null : realTransport(relayBase(port), true);
    }
    const host = readHost(v.host);
    return host.ok ? realTransport(host.base, false) : null;
  }

  function record(entry: HistoryEntry) {
    setHistory((h) => [entry, ...h]);
  }

  /** The call the form describes, with changes (the error scenarios send variants of it). */
  function callOf(v: RequestValues, changes: Partial<ApiCall> = {}): ApiCall {
    return {
      resource: resourceById(v.resourceId),
      mode: v.mode,
      spi: v.spi.trim(),
      year: v.year.trim(),
      token: (v.target === 'local' ? v.localToken : v.token).trim(),
      correlationId: v.correlationId.trim(),
      teleserviceId: v.teleserviceId.trim(),
      franceConnectToken: v.target === 'local' ? (HOUSEHOLDS.find((h) => h.id === v.fcHouseholdId)?.franceConnectToken ?? '') : v.franceConnectToken.trim(),
      ...changes,
    };
  }

  async function send(v: RequestValues, changes: Partial<ApiCall> = {}): Promise<Exchange | null> {
    const transport = transportFor(v);
    if (!transport) return null;
    const call = callOf(v, changes);
    setBusy(true);
    const result = await callApi(transport, call);
    setBusy(false);
    const asked: Asked = {
      resourceId: call.resource.id,
      // Only a year the API can read: "20251" or 10 000 digits is no year to explain an answer by.
      requestedYear: call.resource.takesYear && YEAR_PATTERN.test(call.year) ? Number(call.year) : null,
      day: dayFor(v),
      target: v.target,
      host: transport.base,
      throughRelay: transport.throughRelay,
    };
    const exchange = { record: result, asked };
    setLast(exchange);
    setAnnouncement(announce(exchange));
    record({ id: result.id, at: result.at, what: `GET ${pathOf(result.request.url)}`, outcome: outcomeText(result), durationMs: result.durationMs });
    // Each call carries its own correlation id.
    form.setValue('correlationId', uuidV4());
    return exchange;
  }

  async function obtainToken(v: RequestValues): Promise<void> {
    const transport = transportFor(v);
    if (!transport) {
      setTokenState({
        kind: 'error',
        target: v.target,
        message: "Indiquez d'abord un hôte valide (et un port de relais valide si vous passez par le relais).",
        explanation: null,
      });
      return;
    }
    const credentials =
      v.target === 'local' ? { clientId: LOCAL_CLIENT.id, clientSecret: LOCAL_CLIENT.secret } : { clientId: v.clientId.trim(), clientSecret: v.clientSecret };
    if (!credentials.clientId || !credentials.clientSecret) {
      setTokenState({
        kind: 'error',
        target: v.target,
        message: "Indiquez l'identifiant et le secret client de votre compte APIM, ou collez directement un jeton.",
        explanation: null,
      });
      return;
    }
    const scopes = v.target === 'local' ? habilitation.tokenScopes : [resourceById(v.resourceId).tokenScope];
    const issued = await requestToken(transport, credentials, scopes);
    record({
      id: issued.record.id,
      at: issued.record.at,
      what: `POST ${pathOf(issued.record.request.url)}`,
      outcome: outcomeText(issued.record),
      durationMs: issued.record.durationMs,
    });
    if (issued.ok) {
      form.setValue(v.target === 'local' ? 'localToken' : 'token', issued.token, { shouldValidate: false });
      setTokenState({
        kind: 'ok',
        target: v.target,
        message: `Jeton obtenu${issued.scope ? ` pour ${issued.scope}` : ''}${issued.expiresIn ? `, valable ${Math.round(issued.expiresIn / 60)} minutes` : ''}.`,
      });
    } else {
      setTokenState({
        kind: 'error',
        target: v.target,
        message: "Aucun jeton n'a été délivré.",
        explanation: explainTokenRecord(issued.record, { host: transport.base, throughRelay: transport.throughRelay }),
      });
    }
  }

  /** Simulates the end of the local token's hour, and says so beside the token. */
  function expireLocalTokens(): void {
    sandbox.expireTokens();
    setTokenState({
      kind: 'error',
      target: 'local',
      message: 'Le jeton du bac à sable local a expiré (simulation) : obtenez-en un nouveau.',
      explanation: null,
    });
  }

  /** Calls until the gateway throttles, to show the 429 without waiting for a busy day. */
  async function exceedQuota(v: RequestValues, changes: Partial<ApiCall>): Promise<void> {
    for (let i = 0; i <= quotaOf(v); i++) {
      const exchange = await send(v, { ...changes, correlationId: uuidV4() });
      if (!exchange || exchange.record.outcome.kind !== 'response' || exchange.record.outcome.status === 429) return;
    }
  }

  async function runAllHouseholds(v: RequestValues, resource: ApiResource): Promise<void> {
    const day = simulatedDay(v, today);
    const latest = latestIncomeYear(day);
    const years = [latest - 2, latest - 1, latest];
    let token = v.localToken.trim();
    if (!token) {
      const issued = await requestToken(local, { clientId: LOCAL_CLIENT.id, clientSecret: LOCAL_CLIENT.secret }, habilitation.tokenScopes);
      token = issued.ok ? issued.token : '';
    }
    setBusy(true);
    const result = await runBatch(local, { resource, years, token, teleserviceId: v.teleserviceId.trim() });
    setBusy(false);
    setBatch({ result, resource, years, day });
    const counts = new Map<string, number>();
    for (const row of result.rows) counts.set(outcomeText(row.record), (counts.get(outcomeText(row.record)) ?? 0) + 1);
    const summary = [...counts].map(([text, n]) => `${n} × ${text}`).join(', ');
    record({
      id: result.rows[0]?.record.id ?? 0,
      at: new Date(),
      what: `Lot : ${result.rows.length} appels ${resource.label}`,
      outcome: summary,
      durationMs: result.durationMs,
    });
    setAnnouncement(`Lot terminé : ${result.rows.length} appels en ${Math.round(result.durationMs)} ms (${summary}).`);
  }

  return { expireLocalTokens, last, history, announcement, busy, tokenState, batch, send, obtainToken, exceedQuota, runAllHouseholds, dayFor };
}
