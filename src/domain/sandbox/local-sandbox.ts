import { isIsoDate, todayIso, type IsoDate } from '../dates';
import { must } from '../must';
import { latestIncomeYear } from '../years';
import { apiErrorBody, gatewayErrorBody, type ApiErrorId, type GatewayErrorId, API_ERRORS, GATEWAY_ERRORS } from './api-errors';
import { randomToken, SPI_PATTERN, UUID_PATTERN, YEAR_PATTERN } from './formats';
import type { FictionalHousehold, TaxNotice } from './household-model';
import { householdByFranceConnectToken, householdBySpi, mainSpi } from './households';
import { assietteBody, derniereSituationBody, factureBody, ifiBody, multipleBody } from './response-bodies';
import { matchRoute, type AccessModeId, type RouteMatch } from './routes';

/**
 * A fake of API Impôt particulier and of its APIM gateway, as a fetch-compatible handler: the
 * tester injects it as the HTTP client's `fetch`, so it works in the static build, offline, with
 * no server and no service worker. It checks what the real chain checks, in the same order:
 * token (401), quota (429), token scope and access mode (403), headers and formats (400), then
 * the data (410 or 200).
 */

export interface LocalSandboxSettings {
  /** The simulated day: decides which income years are already taxed. Today when not a date. */
  today: IsoDate;
  /** A whole number of calls, at least 1; LOCAL_DEFAULT_QUOTA otherwise. */
  callsPerMinute: number;
}

/** The smallest volumetry of DataPass, for a quota that is not a number of calls. */
export const LOCAL_DEFAULT_QUOTA = 50;

/**
 * The clock's calendar day, or null when it has none a date may have (years 1000 to 9999): not a
 * number, or past what a Date holds (±8.64e15 ms) once the time zone's offset is added, which
 * made todayIso throw.
 */
function dayOfClock(now: number): IsoDate | null {
  // Stryker disable next-line EqualityOperator: equivalent, a clock a day short of 8.64e15 ms is in the year 275760, refused just below either way.
  if (!(Math.abs(now) < 8.64e15 - 86_400_000)) return null;
  const day = todayIso(new Date(now));
  return isIsoDate(day) ? day : null;
}

/** Settings as the sandbox applies them: a day it can compute with, a quota it can count to. */
function usable(settings: LocalSandboxSettings, now: number): LocalSandboxSettings {
  const { today, callsPerMinute } = settings;
  return {
    today: isIsoDate(today) ? today : (dayOfClock(now) ?? todayIso()),
    callsPerMinute: Number.isFinite(callsPerMinute) && callsPerMinute >= 1 ? Math.floor(callsPerMinute) : LOCAL_DEFAULT_QUOTA,
  };
}

export interface LocalSandboxOptions {
  /** Token scopes of the fictional APIM subscription: those the dossier's habilitation opens. */
  subscribedScopes: readonly string[];
  /** Access modes the habilitation allows. */
  modes: readonly AccessModeId[];
  /** Read at each call, so that the tester's settings apply at once. */
  settings: () => LocalSandboxSettings;
  /** Real time in milliseconds: the quota's minute and the tokens' hour are real. */
  now?: () => number;
}

export interface LocalSandbox {
  handle(request: Request): Promise<Response>;
  /** Ages every token issued so far past its expiry, to try the 401 of an expired token. */
  expireTokens(): void;
}

/** The fictional client credentials of the local subscription (public on purpose). */
export const LOCAL_CLIENT = { id: 'client-fictif-bac-a-sable', secret: 'secret-fictif-bac-a-sable' } as const;
export const LOCAL_TOKEN_LIFETIME_S = 3600;
const QUOTA_WINDOW_MS = 60_000;

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  410: 'Gone',
  429: 'Too Many Requests',
};

function respond(status: number, body: unknown, contentType: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    // Stryker disable next-line StringLiteral: out of reach, every status the sandbox answers is in the table.
    statusText: STATUS_TEXT[status] ?? '',
    headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...headers },
  });
}

interface IssuedToken {
  scopes: readonly string[];
  expiresAt: number;
}

type Outcome = { body: unknown } | { error: ApiErrorId; detail: string };

function noticesOf(household: FictionalHousehold, spi: string, annrev: number): readonly TaxNotice[] {
  return household.years[annrev]?.notices.filter((n) => n.declarants.some((d) => d.spi === spi)) ?? [];
}

/** What a resource returns for a household, once the request has passed every check. */
function answer(match: RouteMatch, household: FictionalHousehold, spi: string, today: IsoDate): Outcome {
  const { resource } = match;
  const latest = latestIncomeYear(today);

  if (!resource.takesYear) {
    // "Deux ans": the latest taxed year, or the one before when the household has no notice for it.
    for (const year of [latest, latest - 1]) {
      const last = noticesOf(household, spi, year).at(-1);
      if (last) return { body: derniereSituationBody(household, last, year) };
    }
    return { error: 'noResult', detail: `aucun avis pour ${latest} ni ${latest - 1}` };
  }

  const annrev = Number(match.params.annrev);
  if (annrev > latest) return { error: 'noResult', detail: `l'année ${annrev} n'est pas encore taxée au ${today}` };
  const notices = noticesOf(household, spi, annrev);
  const last = notices.at(-1);
  if (!last) return { error: 'noResult', detail: `aucun avis pour ${annrev}` };

  switch (resource.id) {
    case 'ir-derniere-situation':
      return { body: derniereSituationBody(household, last, annrev) };
    case 'ir-multiple':
      return { body: multipleBody(household, notices, annrev) };
    case 'ifi':
      // Stryker disable next-line OptionalChaining: equivalent, the year is there since a notice of it was just found.
      return household.years[annrev]?.ifi ? { body: ifiBody() } : { error: 'noResult', detail: `pas d'imposition à l'IFI pour ${annrev}` };
    default:
      // Two notices in the year (a death): only the "dernière situation" and multiple resources answer.
      if (notices.length > 1) return { error: 'noResult', detail: `deux avis d'imposition pour ${annrev} (décès)` };
      return { body: resource.id === 'ir-facture' ? factureBody(household, last, annrev) : assietteBody(household, last, annrev) };
  }
}

export function createLocalSandbox(options: LocalSandboxOptions): LocalSandbox {
  const now = options.now ?? (() => Date.now());
  const tokens = new Map<string, IssuedToken>();
  // Stryker disable next-line ArrayDeclaration: equivalent, an entry that is not a time is never within the last minute, so the first call's filter drops it.
  let calls: number[] = [];

  function apiError(id: ApiErrorId, detail: string | null, headers: Record<string, string>): Response {
    return respond(API_ERRORS[id].status, apiErrorBody(id, detail, new Date(now())), 'application/json', headers);
  }

  function gatewayError(id: GatewayErrorId, description: string, headers: Record<string, string>): Response {
    return respond(GATEWAY_ERRORS[id].status, gatewayErrorBody(id, description), 'application/json', headers);
  }

  async function issueToken(request: Request): Promise<Response> {
    if (request.method !== 'POST') return respond(405, { error: 'invalid_request', error_description: 'POST attendu' }, 'application/json', { Allow: 'POST' });
    // `.` stops at a line break, and a header value has none: the match runs to its end.
    // Stryker disable next-line StringLiteral: equivalent, a missing header reads as '', and any text that does not start with the scheme fails the match alike.
    const basic = /^Basic\s+(.+)/i.exec(request.headers.get('Authorization') ?? '')?.[1];
    let credentials: string | null = null;
    try {
      // Stryker disable next-line ConditionalExpression: equivalent, atob(undefined) reads "undefined", nine characters that are no base64, and throws.
      if (basic !== undefined) credentials = atob(basic);
    } catch {
      // Not base64: refused below.
    }
    if (credentials !== `${LOCAL_CLIENT.id}:${LOCAL_CLIENT.secret}`) {
      return respond(401, { error: 'invalid_client', error_description: 'Client authentication failed' }, 'application/json', { 'WWW-Authenticate': 'Basic' });
    }
    const form = new URLSearchParams(await request.text());
    if (form.get('grant_type') !== 'client_credentials') {
      return respond(400, { error: 'unsupported_grant_type', error_description: 'grant_type=client_credentials attendu' }, 'application/json');
    }
    const requested = (form.get('scope') ?? '').split(/\s/).filter(Boolean);
    const granted = requested.length === 0 ? [...options.subscribedScopes] : requested.filter((s) => options.subscribedScopes.includes(s));
    if (granted.length === 0)
      return respond(400, { error: 'invalid_scope', error_description: 'Aucun des scopes demandés n’est souscrit' }, 'application/json');
    const token = randomToken();
    tokens.set(token, { scopes: granted, expiresAt: now() + LOCAL_TOKEN_LIFETIME_S * 1000 });
    return respond(200, { access_token: token, scope: granted.join(' '), token_type: 'Bearer', expires_in: LOCAL_TOKEN_LIFETIME_S }, 'application/json');
  }

  function callResource(request: Request, match: RouteMatch): Response {
    const correlationId = request.headers.get('X-Correlation-ID') ?? '';
    const echo: Record<string, string> = correlationId ? { 'X-Correlation-ID': correlationId } : {};
    if (request.method !== 'GET')
      return respond(405, { erreur: { message: 'Méthode non autorisée : GET attendu' } }, 'application/json', { ...echo, Allow: 'GET' });

    // Gateway: the partner's token, then its quota.
    // Stryker disable next-line StringLiteral: equivalent, a missing header reads as '', and any text that does not start with the scheme fails the match alike.
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
    const challenge = { ...echo, 'WWW-Authenticate': 'Bearer error="invalid_token"' };
    if (bearer === undefined)
      return gatewayError('missingCredentials', "Make sure your API invocation call has a header: 'Authorization : Bearer ACCESS_TOKEN'", challenge);
    const token = tokens.get(bearer);
    if (!token) return gatewayError('invalidCredentials', 'Invalid Credentials. Make sure you have provided the correct security credentials', challenge);
    if (token.expiresAt <= now()) return gatewayError('invalidCredentials', 'Access token expired', challenge);

    const t = now();
    const { today, callsPerMinute } = usable(options.settings(), t);
    calls = calls.filter((at) => at > t - QUOTA_WINDOW_MS);
    if (calls.length >= callsPerMinute) {
      // Stryker disable next-line StringLiteral: out of reach, the quota is at least 1 so the oldest call is there.
      const retryAfter = Math.max(1, Math.ceil((must(calls[0], 'the oldest call, the quota being at least 1') + QUOTA_WINDOW_MS - t) / 1000));
      return gatewayError('throttled', `You have exceeded your quota of ${callsPerMinute} calls per minute`, { ...echo, 'Retry-After': String(retryAfter) });
    }
    calls.push(t);

    const { resource, mode, params } = match;
    if (!token.scopes.includes(resource.tokenScope)) return apiError('accessDenied', `le jeton ne porte pas le scope ${resource.tokenScope}`, echo);
    if (!options.modes.includes(mode))
      return apiError(
        'accessDenied',
        mode === 'spi' ? "l'habilitation ne prévoit pas l'accès par numéro fiscal" : "l'habilitation ne prévoit pas l'accès avec FranceConnect",
        echo,
      );

    // DGFiP: headers and formats, then the data.
    if (!UUID_PATTERN.test(correlationId)) return apiError('badRequest', "en-tête X-Correlation-ID absent ou qui n'est pas un UUID", echo);
    let household: FictionalHousehold | null;
    let spi: string;
    if (mode === 'france-connect') {
      const fcToken = request.headers.get('X-FranceConnect-OAuth') ?? '';
      if (!fcToken) return apiError('badRequest', 'en-tête X-FranceConnect-OAuth absent', echo);
      household = householdByFranceConnectToken(fcToken);
      if (!household) return apiError('unknownSpi', 'le jeton FranceConnect ne correspond à aucun usager fictif', echo);
      spi = mainSpi(household);
    } else {
      // Stryker disable next-line StringLiteral: out of reach, every number path has its {spi}.
      spi = params.spi ?? '';
      if (!SPI_PATTERN.test(spi)) return apiError('malformedSpi', null, echo);
      household = householdBySpi(spi);
    }
    // Stryker disable next-line StringLiteral: out of reach, both paths of a resource that takes a year have its {annrev}.
    if (resource.takesYear && !YEAR_PATTERN.test(params.annrev ?? '')) return apiError('malformedYear', null, echo);
    if (!household) return apiError('unknownSpi', null, echo);

    const outcome = answer(match, household, spi, today);
    if ('error' in outcome) return apiError(outcome.error, outcome.detail, echo);
    return respond(200, outcome.body, resource.mediaType, echo);
  }

  return {
    async handle(request) {
      const { pathname } = new URL(request.url);
      if (pathname === '/token') return issueToken(request);
      const match = matchRoute(pathname);
      if (!match) {
        return respond(
          404,
          { erreur: { message: "Aucune ressource de l'API Impôt particulier à cette adresse (la ressource LEP n'est pas simulée)" } },
          'application/json',
        );
      }
      return callResource(request, match);
    },
    expireTokens() {
      for (const token of tokens.values()) token.expiresAt = 0;
    },
  };
}
