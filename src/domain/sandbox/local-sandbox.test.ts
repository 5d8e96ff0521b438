import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../api/resources';
import { createLocalSandbox, LOCAL_CLIENT, type LocalSandboxOptions } from './local-sandbox';

const HOST = 'https://bac-a-sable.test';
const CORRELATION = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const ALL_SCOPES = [...new Set(RESOURCES.map((r) => r.tokenScope))];

function sandbox(overrides: Partial<LocalSandboxOptions> & { today?: string; callsPerMinute?: number } = {}) {
  let clock = 1_000_000;
  const settings = { today: overrides.today ?? '2026-11-26', callsPerMinute: overrides.callsPerMinute ?? 50 };
  const box = createLocalSandbox({ subscribedScopes: ALL_SCOPES, modes: ['spi', 'france-connect'], settings: () => settings, now: () => clock, ...overrides });
  return { box, settings, tick: (ms: number) => (clock += ms) };
}

function tokenRequest(body: string, credentials = `${LOCAL_CLIENT.id}:${LOCAL_CLIENT.secret}`) {
  return new Request(`${HOST}/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(credentials)}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });
}

async function token(box: ReturnType<typeof sandbox>['box'], scope = '') {
  const response = await box.handle(tokenRequest(`grant_type=client_credentials&scope=${encodeURIComponent(scope)}`));
  return ((await response.json()) as { access_token: string }).access_token;
}

function get(path: string, headers: Record<string, string>) {
  return new Request(`${HOST}/impotparticulier/1.0${path}`, { headers: { 'X-Correlation-ID': CORRELATION, ...headers } });
}

describe('local sandbox: token endpoint', () => {
  it('issues a bearer token for the subscribed scopes asked for', async () => {
    const { box } = sandbox({ subscribedScopes: ['RessourceIR', 'RessourceIRFacture'] });
    const response = await box.handle(tokenRequest('grant_type=client_credentials&scope=RessourceIR%20RessourceIFI'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ token_type: 'Bearer', scope: 'RessourceIR', expires_in: 3600 });
  });

  it('refuses wrong credentials, another grant and unsubscribed scopes the OAuth 2.0 way', async () => {
    const { box } = sandbox({ subscribedScopes: ['RessourceIR'] });
    const wrong = await box.handle(tokenRequest('grant_type=client_credentials', 'client:mauvais'));
    expect([wrong.status, ((await wrong.json()) as { error: string }).error]).toEqual([401, 'invalid_client']);
    const grant = await box.handle(tokenRequest('grant_type=password'));
    expect([grant.status, ((await grant.json()) as { error: string }).error]).toEqual([400, 'unsupported_grant_type']);
    const scope = await box.handle(tokenRequest('grant_type=client_credentials&scope=RessourceIFI'));
    expect([scope.status, ((await scope.json()) as { error: string }).error]).toEqual([400, 'invalid_scope']);
  });
});

describe('local sandbox: resources', () => {
  it('answers with the vendor media type and echoes the correlation id', async () => {
    const { box } = sandbox();
    const t = await token(box);
    const response = await box.handle(get('/spi/3999999000118/situations/ir/assiettes/annrev/2025', { Authorization: `Bearer ${t}` }));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/prs.dgfip.part.situations.ir.assiettes.v1+json');
    expect(response.headers.get('X-Correlation-ID')).toBe(CORRELATION);
    expect(await response.json()).toMatchObject({
      rfr: 52340,
      nbPart: 3,
      sitFam: 'M',
      pac: { nbPac: 2, nbPacF: 2 },
      nmUsaDec2: 'MARTIN',
      aftDetail: { codePostal: '99100' },
    });
  });

  it('checks the token before the quota, the quota before the scope, the scope before the formats', async () => {
    const { box } = sandbox({ subscribedScopes: ['RessourceIR'], callsPerMinute: 1 });
    const t = await token(box);
    const bad = '/spi/123/situations/ifiisf/assiettes/annrev/2025';
    expect((await box.handle(get(bad, {}))).status).toBe(401);
    expect((await box.handle(get(bad, { Authorization: `Bearer ${t}` }))).status).toBe(403);
    expect((await box.handle(get(bad, { Authorization: `Bearer ${t}` }))).status).toBe(429);
  });

  it('counts the quota over a sliding minute and says when to retry', async () => {
    const { box, tick } = sandbox({ callsPerMinute: 2 });
    const t = await token(box);
    const call = () => box.handle(get('/spi/3999999000312/situations/ir/assiettes/annrev/2025', { Authorization: `Bearer ${t}` }));
    expect((await call()).status).toBe(200);
    tick(20_000);
    expect((await call()).status).toBe(200);
    const throttled = await call();
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('Retry-After')).toBe('40');
    tick(40_001);
    expect((await call()).status).toBe(200);
  });

  it('expires tokens after an hour, or on request', async () => {
    const { box, tick } = sandbox();
    const t = await token(box);
    const call = () => box.handle(get('/spi/3999999000312/situations/ir/assiettes/annrev/2025', { Authorization: `Bearer ${t}` }));
    tick(3_599_000);
    expect((await call()).status).toBe(200);
    tick(1_000);
    const expired = await call();
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: '900901', description: 'Access token expired' });
    const fresh = await token(box);
    box.expireTokens();
    expect((await box.handle(get('/spi/3999999000312/situations/ir/assiettes/annrev/2025', { Authorization: `Bearer ${fresh}` }))).status).toBe(401);
  });

  it('follows the taxation calendar of the simulated day', async () => {
    const { box, settings } = sandbox({ today: '2026-07-21' });
    const t = await token(box);
    const call = () => box.handle(get('/spi/3999999000312/situations/ir/assiettes/annrev/2025', { Authorization: `Bearer ${t}` }));
    const before = await call();
    expect(before.status).toBe(410);
    expect(await before.json()).toMatchObject({ erreur: { code: 4101 } });
    settings.today = '2026-07-22';
    expect((await call()).status).toBe(200);
  });

  it('serves FranceConnect paths from the X-FranceConnect-OAuth token, only when the habilitation allows that mode', async () => {
    const { box } = sandbox();
    const t = await token(box);
    const fc = await box.handle(
      get('/situations/ir/assiettes/annrev/2025', { Authorization: `Bearer ${t}`, 'X-FranceConnect-OAuth': 'fc-fictif-90ce5d17-roux' }),
    );
    expect(await fc.json()).toMatchObject({ rfr: 21480, nmUsaDec1: 'ROUX' });
    const missing = await box.handle(get('/situations/ir/assiettes/annrev/2025', { Authorization: `Bearer ${t}` }));
    expect(missing.status).toBe(400);

    const spiOnly = sandbox({ modes: ['spi'] }).box;
    const t2 = await token(spiOnly);
    const refused = await spiOnly.handle(
      get('/situations/ir/assiettes/annrev/2025', { Authorization: `Bearer ${t2}`, 'X-FranceConnect-OAuth': 'fc-fictif-90ce5d17-roux' }),
    );
    expect(refused.status).toBe(403);
  });

  it('wants a UUID as X-Correlation-ID', async () => {
    const { box } = sandbox();
    const t = await token(box);
    const response = await box.handle(
      get('/spi/3999999000312/situations/ir/assiettes/annrev/2025', { Authorization: `Bearer ${t}`, 'X-Correlation-ID': 'abc' }),
    );
    expect(response.status).toBe(400);
  });

  it('answers 404 off the documented paths and 405 to anything but GET', async () => {
    const { box } = sandbox();
    const t = await token(box);
    expect((await box.handle(get('/spi/3999999000312/lep/departement/75/annrev/2025/bareme/2026', { Authorization: `Bearer ${t}` }))).status).toBe(404);
    const post = new Request(`${HOST}/impotparticulier/1.0/spi/3999999000312/situations/ir/assiettes/annrev/2025`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${t}` },
    });
    expect((await box.handle(post)).status).toBe(405);
  });
});
