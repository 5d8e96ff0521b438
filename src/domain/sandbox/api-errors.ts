/**
 * The errors API Impôt particulier answers, with the codes and messages of the DGFiP's OpenAPI
 * file (word for word). The body shape `{"erreur":{code, message, horodatage}}` is the one of
 * API SFiP on the same gateway ⚠ (not documented for this API).
 *
 * 401 and 429 come from the APIM gateway before the request reaches the DGFiP, and are not
 * documented at all ⚠: the gateway's `x-scopes-bindings` show a WSO2 API Manager, so they carry
 * WSO2's body `{code, message, description}` and its codes.
 */
export const API_ERRORS = {
  malformedSpi: { status: 400, code: 4001, message: 'mauvais format de spi' },
  malformedYear: { status: 400, code: 4002, message: "mauvais format d'année (annrev ou bareme)" },
  /** No code is documented for a request without its required headers. */
  badRequest: { status: 400, code: null, message: 'Requete mal formée' },
  accessDenied: { status: 403, code: 4031, message: "L'utilisateur n'a pas accès à la ressource" },
  noResult: { status: 410, code: 4101, message: "La requête avec le spi et l'année ne renvoie aucun résultat" },
  unknownSpi: { status: 410, code: 4102, message: 'Le spi envoyé ne correspond à aucun usager' },
} as const;

export type ApiErrorId = keyof typeof API_ERRORS;

export const GATEWAY_ERRORS = {
  missingCredentials: { status: 401, code: '900902', message: 'Missing Credentials' },
  invalidCredentials: { status: 401, code: '900901', message: 'Invalid Credentials' },
  throttled: { status: 429, code: '900800', message: 'Message throttled out' },
} as const;

export type GatewayErrorId = keyof typeof GATEWAY_ERRORS;

export function apiErrorBody(id: ApiErrorId, detail: string | null, now: Date): unknown {
  const e = API_ERRORS[id];
  return {
    erreur: {
      ...(e.code === null ? {} : { code: e.code }),
      message: detail ? `${e.message} : ${detail}` : e.message,
      // A clock that gives no date (a test's, a broken one) must not break the answer.
      horodatage: Number.isNaN(now.getTime()) ? new Date().toISOString() : now.toISOString(),
    },
  };
}

export function gatewayErrorBody(id: GatewayErrorId, description: string): unknown {
  const e = GATEWAY_ERRORS[id];
  return { code: e.code, message: e.message, description };
}

/** The DGFiP `codeapp` or the gateway code an error body carries, whichever shape it has. */
export function errorCodeOf(body: unknown): string | null {
  // Stryker disable next-line ConditionalExpression: equivalent for `typeof body !== 'object'` → false, a truthy text, number or true has no code or codeapp, so null comes out either way.
  if (!body || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  const inner = record.erreur && typeof record.erreur === 'object' ? (record.erreur as Record<string, unknown>) : record;
  const code = inner.code ?? inner.codeapp;
  return typeof code === 'number' || typeof code === 'string' ? String(code) : null;
}
