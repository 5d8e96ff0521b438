import { describe, expect, it } from 'vitest';
import { RESOURCES, resourceById, type ResourceId } from '../../domain/api/resources';
import { uuidV4 } from '../../domain/sandbox/formats';
import { HOUSEHOLDS, mainSpi } from '../../domain/sandbox/households';
import { createLocalSandbox, LOCAL_CLIENT } from '../../domain/sandbox/local-sandbox';
import { SIMULATED_RESOURCES } from '../../domain/sandbox/routes';
import { callApi, requestToken, type ApiCall, type CallRecord, type Transport } from './client';
import { localTransport } from './transports';
import { runBatch } from './batch';

const ALL_SCOPES = [...new Set(RESOURCES.map((r) => r.tokenScope))];
// On this day every fictional year (2022 to 2026) is taxed.
const DAY = '2027-07-22';

async function setUp(options: { scopes?: readonly string[]; callsPerMinute?: number; day?: string } = {}) {
  const settings = { today: options.day ?? DAY, callsPerMinute: options.callsPerMinute ?? 100_000 };
  const sandbox = createLocalSandbox({ subscribedScopes: options.scopes ?? ALL_SCOPES, modes: ['spi', 'france-connect'], settings: () => settings });
  const transport = localTransport(sandbox);
  const issued = await requestToken(transport, { clientId: LOCAL_CLIENT.id, clientSecret: LOCAL_CLIENT.secret }, options.scopes ?? ALL_SCOPES);
  if (!issued.ok) throw new Error('no token');
  const call = (resource: ResourceId, changes: Partial<ApiCall> = {}) =>
    callApi(transport, {
      resource: resourceById(resource),
      mode: 'spi',
      spi: '3999999000118',
      year: '2025',
      token: issued.token,
      correlationId: uuidV4(),
      teleserviceId: 'TELESERVICE-TEST',
      franceConnectToken: '',
      ...changes,
    });
  return { sandbox, transport, token: issued.token, call, settings };
}

function response(record: CallRecord) {
  if (record.outcome.kind !== 'response') throw new Error(`no response: ${record.outcome.kind}`);
  return record.outcome;
}

const body = (record: CallRecord) => {
  const r = response(record);
  if (!r.body.ok) throw new Error('not JSON');
  return r.body.value as Record<string, unknown>;
};

const codeOf = (record: CallRecord) => (body(record).erreur as { code?: number } | undefined)?.code ?? null;

describe('HTTP client × local sandbox: every household, resource and year', () => {
  it('answers each household’s data, in both access modes, with each resource’s media type', async () => {
    const { call } = await setUp();
    for (const household of HOUSEHOLDS) {
      const spi = mainSpi(household);
      for (const resource of SIMULATED_RESOURCES) {
        for (const year of resource.takesYear ? [2021, 2022, 2023, 2024, 2025, 2026] : [null]) {
          const notices = year === null ? [] : (household.years[year]?.notices ?? []).filter((n) => n.declarants.some((d) => d.spi === spi));
          const expectOk =
            year === null
              ? true
              : resource.id === 'ifi'
                ? notices.length > 0 && household.years[year]!.ifi
                : resource.id === 'ir-assiette' || resource.id === 'ir-facture'
                  ? notices.length === 1
                  : notices.length > 0;
          for (const mode of ['spi', 'france-connect'] as const) {
            const record = await call(resource.id, { spi, year: String(year ?? ''), mode, franceConnectToken: household.franceConnectToken });
            const r = response(record);
            const where = `${household.id} ${resource.id} ${year} ${mode}`;
            expect(r.status, where).toBe(expectOk ? 200 : 410);
            if (!expectOk) {
              expect(codeOf(record), where).toBe(4101);
              continue;
            }
            expect(r.contentType, where).toBe(resource.mediaType);
            const value = body(record);
            const last = notices[notices.length - 1];
            if (resource.id === 'ifi') expect(value, where).toEqual({ indicateurIfiIsf: 'O' });
            else if (resource.id === 'ir-multiple') expect((value.situationsIR as unknown[]).length, where).toBe(notices.length);
            else if (resource.id === 'ir-derniere-situation-deux-ans') expect(value.annRevenu, where).toBe(2026);
            else if (last!.income.rfr === null) expect(value, where).not.toHaveProperty('rfr');
            else expect(value.rfr, where).toBe(last!.income.rfr);
          }
        }
      }
    }
  });

  it('answers for a death year only through "dernière situation" and "multiple"', async () => {
    const { call } = await setUp();
    const spi = '3999999000525';
    expect(response(await call('ir-assiette', { spi, year: '2024' })).status).toBe(410);
    const multiple = body(await call('ir-multiple', { spi, year: '2024' }));
    expect(multiple.situationsIR).toMatchObject([
      { sitFam: 'M', nbPart: 2, dateDebutPeriode: '2024-01-01', dateFinPeriode: '2024-03-14', dateDecesdec1: '2024-03-14' },
      { sitFam: 'V', nbPart: 2, dateDebutPeriode: '2024-03-15', dateDecesdec2: '2024-03-14', rfr: 19480 },
    ]);
    expect(body(await call('ir-derniere-situation', { spi, year: '2024' }))).toMatchObject({ annRevenu: 2024, sitFam: 'V', rfr: 19480 });
    // The deceased's own number has no notice after the death.
    expect(codeOf(await call('ir-assiette', { spi: '3999999000517', year: '2025' }))).toBe(4101);
  });

  it('falls back to the previous notice in "deux ans" when the latest is missing', async () => {
    const { call, settings } = await setUp();
    settings.today = '2025-03-01';
    // Latest taxed year on that day: 2023. NGUYEN declared first for 2024, so nothing at all.
    expect(codeOf(await call('ir-derniere-situation-deux-ans', { spi: '3999999001215' }))).toBe(4101);
    settings.today = '2026-03-01';
    expect(body(await call('ir-derniere-situation-deux-ans', { spi: '3999999001215' })).annRevenu).toBe(2024);
  });
});

describe('HTTP client × local sandbox: every error', () => {
  it.each([
    ['a malformed SPI', { spi: '39999990001' }, 400, 4001],
    ['a malformed year', { year: '25' }, 400, 4002],
    ['an unknown SPI', { spi: '3999999999990' }, 410, 4102],
    ['a year not taxed yet', { year: '2027' }, 410, 4101],
  ] as const)('%s', async (_, changes, status, code) => {
    const { call } = await setUp();
    const record = await call('ir-assiette', changes);
    expect(response(record).status).toBe(status);
    expect(codeOf(record)).toBe(code);
  });

  it('a missing or expired token (401)', async () => {
    const { call, sandbox } = await setUp();
    expect(response(await call('ir-assiette', { token: '' })).status).toBe(401);
    sandbox.expireTokens();
    const expired = await call('ir-assiette');
    expect(response(expired).status).toBe(401);
    expect(body(expired).description).toBe('Access token expired');
  });

  it('the quota exceeded (429)', async () => {
    const { call } = await setUp({ callsPerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(response(await call('ir-assiette')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('a resource the habilitation does not grant (403)', async () => {
    const { call } = await setUp({ scopes: ['RessourceIR', 'RessourceIRFacture'] });
    const record = await call('ifi');
    expect(response(record).status).toBe(403);
    expect(codeOf(record)).toBe(4031);
  });
});

describe('HTTP client: transport failures and secrets', () => {
  const fake = (fetch: Transport['fetch']): Transport => ({ kind: 'real', base: 'https://passerelle.exemple.fr', fetch, throughRelay: false });
  const anyCall: ApiCall = {
    resource: resourceById('ir-assiette'),
    mode: 'spi',
    spi: '3999999000118',
    year: '2025',
    token: 'jeton-secret',
    correlationId: uuidV4(),
    teleserviceId: 'T',
    franceConnectToken: '',
  };

  it('reads a body that is not JSON without failing', async () => {
    const record = await callApi(
      fake(() => Promise.resolve(new Response('<html>Connexion</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }))),
      anyCall,
    );
    const r = response(record);
    expect(r.body.ok).toBe(false);
    expect(r.text).toBe('<html>Connexion</html>');
  });

  it('reports a network or CORS failure, and a timeout', async () => {
    const failed = await callApi(
      fake(() => Promise.reject(new TypeError('Failed to fetch'))),
      anyCall,
    );
    expect(failed.outcome).toEqual({ kind: 'network', message: 'Failed to fetch' });
    const slow = await callApi(
      fake((_, init) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))),
      anyCall,
      0.05,
    );
    expect(slow.outcome).toEqual({ kind: 'timeout', seconds: 0.05 });
  });

  it('does not throw when a header value cannot be sent', async () => {
    const record = await callApi(
      fake(() => Promise.reject(new Error('not called'))),
      { ...anyCall, teleserviceId: 'CANTINE\nÉTÉ' },
    );
    expect(record.outcome.kind).toBe('invalid');
  });

  it('sends the secrets but keeps them out of what it hands back', async () => {
    let sent: Headers | null = null;
    const record = await callApi(
      fake((_, init) => {
        sent = new Headers(init.headers);
        return Promise.resolve(new Response('{}', { status: 200 }));
      }),
      { ...anyCall, mode: 'france-connect', franceConnectToken: 'fc-secret' },
    );
    expect(sent!.get('Authorization')).toBe('Bearer jeton-secret');
    expect(sent!.get('X-FranceConnect-OAuth')).toBe('fc-secret');
    expect(JSON.stringify(record)).not.toMatch(/jeton-secret|fc-secret/);
    expect(Object.fromEntries(record.request.headers)).toMatchObject({
      authorization: 'Bearer •••••••• (masqué)',
      'x-franceconnect-oauth': '•••••••• (masqué)',
    });

    const { transport } = await setUp();
    const issued = await requestToken(transport, { clientId: LOCAL_CLIENT.id, clientSecret: LOCAL_CLIENT.secret }, ['RessourceIR']);
    expect(issued.ok && JSON.stringify(issued.record)).not.toContain(issued.ok ? issued.token : 'x');
    expect(JSON.stringify(issued.record)).not.toContain(LOCAL_CLIENT.secret);
  });
});

describe('batch', () => {
  it('calls every household for three years and times the whole', async () => {
    const { transport, token } = await setUp();
    const result = await runBatch(transport, { resource: resourceById('ir-assiette'), years: [2024, 2025, 2026], token, teleserviceId: 'T' });
    expect(result.rows).toHaveLength(HOUSEHOLDS.length * 3);
    expect(result.durationMs).toBeGreaterThan(0);
    const statuses = result.rows.map((r) => response(r.record).status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(HOUSEHOLDS.length * 2);
    expect(statuses.every((s) => s === 200 || s === 410)).toBe(true);
  });
});
