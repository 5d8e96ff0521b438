import type { ApiResource } from '../../domain/api/resources';
import { resourcePath, type AccessModeId } from '../../domain/sandbox/routes';

/**
 * The one HTTP client of the tester. It does not know whether it talks to the local sandbox, to
 * the DGFiP's gateway or to the relay: the transport decides, and the local sandbox is just a
 * `fetch` that never leaves the page. Secrets go into the request and nowhere else: what the
 * client hands back for display and history has them masked.
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface Transport {
  kind: 'local' | 'real';
  /** Origin (and path prefix) requests go to. */
  base: string;
  fetch: FetchLike;
  throughRelay: boolean;
}

export interface ApiCall {
  resource: ApiResource;
  mode: AccessModeId;
  spi: string;
  year: string;
  /** Sent as "Authorization: Bearer …"; empty sends no Authorization at all. */
  token: string;
  correlationId: string;
  /** Empty sends no ID_Teleservice header. */
  teleserviceId: string;
  /** FranceConnect mode only. */
  franceConnectToken: string;
}

export interface SentRequest {
  method: 'GET' | 'POST';
  url: string;
  /** Headers as sent, secrets masked. */
  headers: [string, string][];
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false; error: string };

export type CallOutcome =
  | { kind: 'response'; status: number; statusText: string; headers: [string, string][]; contentType: string; text: string; body: ParsedBody }
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; seconds: number }
  /** The browser refused to build the request (a header value it cannot send). */
  | { kind: 'invalid'; message: string };

export interface CallRecord {
  id: number;
  at: Date;
  request: SentRequest;
  outcome: CallOutcome;
  durationMs: number;
}

export const DEFAULT_TIMEOUT_S = 20;
const MASK = '•••••••• (masqué)';
const SECRET_HEADERS = new Set(['authorization', 'x-franceconnect-oauth']);

let nextId = 1;

function masked(headers: Headers): [string, string][] {
  return [...headers.entries()].map(([name, value]) => {
    if (!SECRET_HEADERS.has(name)) return [name, value];
    const scheme = /^(Bearer|Basic)\s/i.exec(value)?.[1];
    return [name, scheme ? `${scheme} ${MASK}` : MASK];
  });
}

export function apiRequest(transport: Transport, call: ApiCall): { url: string; headers: Headers } {
  const url = transport.base + resourcePath(call.resource, call.mode, { spi: call.spi, annrev: call.year });
  const headers = new Headers();
  if (call.token) headers.set('Authorization', `Bearer ${call.token}`);
  headers.set('X-Correlation-ID', call.correlationId);
  if (call.teleserviceId) headers.set('ID_Teleservice', call.teleserviceId);
  if (call.mode === 'france-connect' && call.franceConnectToken) headers.set('X-FranceConnect-OAuth', call.franceConnectToken);
  return { url, headers };
}

/** Deeper than any API answer: shown as text, since drawing it as JSON would exhaust the stack. */
export const MAX_JSON_DEPTH = 64;

function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    if (depth > MAX_JSON_DEPTH) break;
    if (node !== null && typeof node === 'object') for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return deepest;
}

function parse(text: string): ParsedBody {
  if (text.trim() === '') return { ok: false, error: 'corps vide' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return depthOf(value) > MAX_JSON_DEPTH ? { ok: false, error: `JSON imbriqué sur plus de ${MAX_JSON_DEPTH} niveaux` } : { ok: true, value };
}

async function send(transport: Transport, method: 'GET' | 'POST', url: string, headers: Headers, body: string | null, timeoutS: number): Promise<CallRecord> {
  const request: SentRequest = { method, url, headers: masked(headers) };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutS * 1000);
  const started = performance.now();
  let outcome: CallOutcome;
  try {
    const response = await transport.fetch(url, { method, headers, body, signal: controller.signal });
    const text = await response.text();
    outcome = {
      kind: 'response',
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      contentType: response.headers.get('Content-Type') ?? '',
      text,
      body: parse(text),
    };
  } catch (error) {
    outcome = controller.signal.aborted
      ? { kind: 'timeout', seconds: timeoutS }
      : { kind: 'network', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
  return { id: nextId++, at: new Date(), request, outcome, durationMs: performance.now() - started };
}

export async function callApi(transport: Transport, call: ApiCall, timeoutS = DEFAULT_TIMEOUT_S): Promise<CallRecord> {
  let request: { url: string; headers: Headers };
  try {
    request = apiRequest(transport, call);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { id: nextId++, at: new Date(), request: { method: 'GET', url: transport.base, headers: [] }, outcome: { kind: 'invalid', message }, durationMs: 0 };
  }
  return send(transport, 'GET', request.url, request.headers, null, timeoutS);
}

/**
 * Base64 of a text's UTF-8 bytes, by slices: spreading a long pasted secret into one call of
 * String.fromCharCode would exceed the engine's argument limit and throw.
 */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type TokenResult = { ok: true; token: string; scope: string; expiresIn: number | null; record: CallRecord } | { ok: false; record: CallRecord };

/** OAuth 2.0 client credentials at `{base}/token`, as the APIM gateway expects them. */
export async function requestToken(
  transport: Transport,
  credentials: { clientId: string; clientSecret: string },
  scopes: readonly string[],
  timeoutS = DEFAULT_TIMEOUT_S,
): Promise<TokenResult> {
  const headers = new Headers({ 'Content-Type': 'application/x-www-form-urlencoded' });
  headers.set('Authorization', `Basic ${base64Utf8(`${credentials.clientId}:${credentials.clientSecret}`)}`);
  const form = new URLSearchParams({ grant_type: 'client_credentials', scope: scopes.join(' ') });
  const record = await send(transport, 'POST', `${transport.base}/token`, headers, form.toString(), timeoutS);
  const { outcome } = record;
  if (outcome.kind === 'response' && outcome.status === 200 && outcome.body.ok) {
    const value = outcome.body.value as Record<string, unknown>;
    if (typeof value.access_token === 'string' && value.access_token !== '') {
      // The token itself never enters the record: the history shows only that one was issued.
      const safe: CallRecord = { ...record, outcome: { ...outcome, text: '', body: { ok: true, value: { ...value, access_token: MASK } } } };
      return {
        ok: true,
        token: value.access_token,
        scope: typeof value.scope === 'string' ? value.scope : '',
        expiresIn: typeof value.expires_in === 'number' ? value.expires_in : null,
        record: safe,
      };
    }
  }
  return { ok: false, record };
}
