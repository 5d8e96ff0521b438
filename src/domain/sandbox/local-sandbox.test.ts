import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESOURCES, resourceById, type ResourceId } from '../api/resources';
import { HOUSEHOLDS, mainSpi } from './households';
import { createLocalSandbox, LOCAL_CLIENT, type LocalSandboxOptions, type LocalSandboxSettings } from './local-sandbox';
import { resourcePath, type AccessModeId } from './routes';

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

/**
 * Exchanges with the local sandbox, written as a tester reads them: the request, then the status,
 * the headers that matter and the body. The clock is fixed (2026-11-26 at noon, UTC) and moved by
 * hand; tokens, random, are shown as « <jeton> ».
 */
const NOON = Date.parse('2026-11-26T12:00:00Z');
const CREDENTIALS = btoa(`${LOCAL_CLIENT.id}:${LOCAL_CLIENT.secret}`);
const SHOWN_HEADERS = ['Content-Type', 'Cache-Control', 'Allow', 'WWW-Authenticate', 'Retry-After', 'X-Correlation-ID'];

const household = (id: string) => HOUSEHOLDS.find((h) => h.id === id)!;

class Transcript {
  readonly lines: string[] = [];
  private clock = NOON;
  private token = '';
  readonly settings: LocalSandboxSettings = { today: '2026-11-26', callsPerMinute: 50 };
  readonly box;

  constructor(options: Partial<LocalSandboxOptions> = {}) {
    this.box = createLocalSandbox({
      subscribedScopes: ALL_SCOPES,
      modes: ['spi', 'france-connect'],
      settings: () => this.settings,
      now: () => this.clock,
      ...options,
    });
  }

  note(text: string) {
    this.lines.push('', `# ${text}`);
  }

  wait(ms: number) {
    this.clock += ms;
    this.lines.push(`(${String(ms / 1000)} s plus tard)`);
  }

  async send(what: string, request: Request) {
    const response = await this.box.handle(request);
    const text = await response.text();
    const body = JSON.parse(text) as Record<string, unknown>;
    if (typeof body.access_token === 'string') {
      this.token = body.access_token;
      body.access_token = '<jeton>';
    }
    const headers = SHOWN_HEADERS.flatMap((h) => (response.headers.has(h) ? [`${h}: ${response.headers.get(h) ?? ''}`] : []));
    this.lines.push(`→ ${what}`, `← ${String(response.status)} ${response.statusText} | ${headers.join(' | ')}`, `  ${JSON.stringify(body)}`);
  }

  async askToken(body: string, authorization: string | null = `Basic ${CREDENTIALS}`, method = 'POST') {
    const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (authorization !== null) headers.Authorization = authorization;
    await this.send(
      `${method} /token « ${body} »${authorization === null ? ' sans identifiants' : ` (${authorization.split(' ')[0] ?? ''})`}`,
      new Request(`${HOST}/token`, { method, headers, ...(method === 'POST' ? { body } : {}) }),
    );
  }

  async call(
    resourceId: ResourceId,
    mode: AccessModeId,
    params: { spi?: string; annrev?: string; fc?: string | null },
    headers: { authorization?: string | null; correlation?: string | null; method?: string } = {},
  ) {
    const path = resourcePath(resourceById(resourceId), mode, { spi: params.spi ?? '', annrev: params.annrev ?? '' });
    const sent: Record<string, string> = {};
    const authorization = headers.authorization === undefined ? `Bearer ${this.token}` : headers.authorization;
    if (authorization !== null) sent.Authorization = authorization.replace('<jeton>', this.token);
    const correlation = headers.correlation === undefined ? CORRELATION : headers.correlation;
    if (correlation !== null) sent['X-Correlation-ID'] = correlation;
    if (params.fc) sent['X-FranceConnect-OAuth'] = params.fc;
    const shown = Object.keys(sent).join(', ') || 'aucun en-tête';
    await this.send(`${headers.method ?? 'GET'} ${path} (${shown})`, new Request(`${HOST}${path}`, { method: headers.method ?? 'GET', headers: sent }));
  }

  get text() {
    return `${this.lines.join('\n').trim()}\n`;
  }
}

const expectedFile = (name: string) => `../../../test/fixtures/sandbox/${name}.txt`;

describe('the local sandbox, exchange by exchange', () => {
  it('issues a token only to the fictional client, for client credentials and the scopes it subscribed', async () => {
    const t = new Transcript({ subscribedScopes: ['RessourceIR', 'RessourceIRFacture'] });
    t.note('Une autre méthode que POST');
    await t.askToken('grant_type=client_credentials', `Basic ${CREDENTIALS}`, 'GET');
    t.note('Sans identifiants, avec des identifiants illisibles, avec d’autres identifiants');
    await t.askToken('grant_type=client_credentials', null);
    await t.askToken('grant_type=client_credentials', 'Basic !!!');
    await t.askToken('grant_type=client_credentials', `Basic ${btoa('client:mauvais')}`);
    await t.askToken('grant_type=client_credentials', `Bearer ${CREDENTIALS}`);
    t.note('Un autre type d’autorisation, puis aucun');
    await t.askToken('grant_type=password');
    await t.askToken('');
    t.note('Les scopes demandés, séparés de plusieurs espaces, dont un non souscrit ; aucun scope : tous ceux souscrits ; seulement des scopes non souscrits');
    await t.askToken('grant_type=client_credentials&scope=%20RessourceIR%20%20RessourceIFI%20', `basic   ${CREDENTIALS}`);
    await t.askToken('grant_type=client_credentials');
    await t.askToken('grant_type=client_credentials&scope=RessourceIFI');
    await expect(t.text).toMatchFileSnapshot(expectedFile('bac-a-sable-jeton'));
  });

  it('checks, in the gateway’s order, the method, the token, the quota, the scope and the access mode, then the DGFiP’s headers and formats', async () => {
    const t = new Transcript({ subscribedScopes: ['RessourceIR'], modes: ['spi'] });
    const spi = mainSpi(household('martin'));
    await t.askToken('grant_type=client_credentials');
    t.note('Une autre méthode que GET');
    await t.call('ir-assiette', 'spi', { spi, annrev: '2025' }, { method: 'POST' });
    t.note('Sans jeton, avec un jeton inconnu, un jeton suivi d’autre chose, puis le bon jeton écrit en minuscules');
    await t.call('ir-assiette', 'spi', { spi, annrev: '2025' }, { authorization: null });
    await t.call('ir-assiette', 'spi', { spi, annrev: '2025' }, { authorization: 'Bearer inconnu' });
    await t.call('ir-assiette', 'spi', { spi, annrev: '2025' }, { authorization: 'Bearer <jeton> autre' });
    await t.call('ir-assiette', 'spi', { spi, annrev: '2025' }, { authorization: 'bearer   <jeton>' });
    t.note('Une ressource que le jeton n’ouvre pas, puis un mode d’accès que l’habilitation ne prévoit pas');
    await t.call('ifi', 'spi', { spi, annrev: '2025' });
    await t.call('ir-assiette', 'france-connect', { annrev: '2025', fc: household('martin').franceConnectToken });
    t.note('Sans identifiant de corrélation, ou un identifiant qui n’est pas un UUID');
    await t.call('ir-assiette', 'spi', { spi, annrev: '2025' }, { correlation: null });
    await t.call('ir-assiette', 'spi', { spi, annrev: '2025' }, { correlation: 'abc' });
    t.note('Un numéro fiscal de 12 chiffres, une année de 5 chiffres, un numéro fiscal inconnu');
    await t.call('ir-assiette', 'spi', { spi: spi.slice(1), annrev: '2025' });
    await t.call('ir-assiette', 'spi', { spi, annrev: '20255' });
    await t.call('ir-assiette', 'spi', { spi: '3999999999990', annrev: '2025' });
    t.note('Une adresse inconnue');
    await t.send('GET /impotparticulier/1.0/spi/x/inconnue', new Request(`${HOST}/impotparticulier/1.0/spi/x/inconnue`));
    await expect(t.text).toMatchFileSnapshot(expectedFile('bac-a-sable-controles'));
  });

  it('serves FranceConnect calls from the FranceConnect token, and refuses the number path where only FranceConnect is allowed', async () => {
    const t = new Transcript({ modes: ['france-connect'] });
    await t.askToken('grant_type=client_credentials');
    await t.call('ir-assiette', 'france-connect', { annrev: '2025', fc: household('roux').franceConnectToken });
    await t.call('ir-assiette', 'france-connect', { annrev: '2025', fc: null });
    await t.call('ir-assiette', 'france-connect', { annrev: '2025', fc: 'fc-inconnu' });
    await t.call('ir-assiette', 'spi', { spi: mainSpi(household('roux')), annrev: '2025' });
    await expect(t.text).toMatchFileSnapshot(expectedFile('bac-a-sable-franceconnect'));
  });

  it('answers each resource from the fictional households, following the taxation calendar of the simulated day', async () => {
    const t = new Transcript();
    const spi = (id: string) => mainSpi(household(id));
    await t.askToken('grant_type=client_credentials');
    t.note('Le 26 novembre 2026 : 2025 est taxée, 2026 pas encore');
    await t.call('ir-assiette', 'spi', { spi: spi('martin'), annrev: '2025' });
    await t.call('ir-assiette', 'spi', { spi: spi('martin'), annrev: '2026' });
    await t.call('ir-facture', 'spi', { spi: spi('martin'), annrev: '2025' });
    await t.call('ir-derniere-situation-deux-ans', 'spi', { spi: spi('martin') });
    t.note('Une année sans avis pour ce foyer');
    await t.call('ir-assiette', 'spi', { spi: spi('martin'), annrev: '2000' });
    await t.call('ir-derniere-situation', 'spi', { spi: spi('martin'), annrev: '2000' });
    t.note('Un décès en 2024 : deux avis cette année-là');
    await t.call('ir-assiette', 'spi', { spi: spi('moreau'), annrev: '2024' });
    await t.call('ir-derniere-situation', 'spi', { spi: spi('moreau'), annrev: '2024' });
    await t.call('ir-multiple', 'spi', { spi: spi('moreau'), annrev: '2024' });
    t.note('L’IFI : un foyer imposé, un foyer qui ne l’est pas');
    await t.call('ifi', 'spi', { spi: spi('lambert'), annrev: '2025' });
    await t.call('ifi', 'spi', { spi: spi('martin'), annrev: '2025' });
    t.note('Une première déclaration pour les revenus 2024, puis deux ans plus tôt');
    await t.call('ir-derniere-situation-deux-ans', 'spi', { spi: spi('nguyen') });
    t.settings.today = '2025-11-26';
    await t.call('ir-derniere-situation-deux-ans', 'spi', { spi: spi('nguyen') });
    t.settings.today = '2024-11-26';
    await t.call('ir-derniere-situation-deux-ans', 'spi', { spi: spi('nguyen') });
    t.note('Le 21 puis le 22 juillet 2026, jour de la taxation des revenus 2025');
    t.settings.today = '2026-07-21';
    await t.call('ir-assiette', 'spi', { spi: spi('roux'), annrev: '2025' });
    t.settings.today = '2026-07-22';
    await t.call('ir-assiette', 'spi', { spi: spi('roux'), annrev: '2025' });
    await expect(t.text).toMatchFileSnapshot(expectedFile('bac-a-sable-ressources'));
  });

  it('counts the quota over a sliding minute, reads its settings at each call, and keeps tokens an hour', async () => {
    const t = new Transcript();
    const spi = mainSpi(household('martin'));
    const call = () => t.call('ir-assiette', 'spi', { spi, annrev: '2025' });
    await t.askToken('grant_type=client_credentials');
    t.note('Deux appels par minute, 2,9 lus comme 2');
    t.settings.callsPerMinute = 2.9;
    await call();
    t.wait(1_000);
    await call();
    await call();
    t.wait(59_000);
    await call();
    t.wait(500);
    await call();
    t.note('Un quota qui n’est pas un nombre d’appels : 50 par minute');
    t.settings.callsPerMinute = 0.5;
    await call();
    t.settings.callsPerMinute = Number.NaN;
    await call();
    t.note('Un jour simulé qui n’est pas une date : celui de l’horloge (le 26 novembre 2026)');
    t.settings.today = 'demain';
    await t.call('ir-assiette', 'spi', { spi, annrev: '2026' });
    t.note('Le jeton, une heure après');
    t.wait(3_600_000 - 60_500 - 1);
    await call();
    t.wait(1);
    await call();
    await expect(t.text).toMatchFileSnapshot(expectedFile('bac-a-sable-quota-et-expiration'));
  });
});

describe('what the local sandbox answers for each fictional household', () => {
  it('gives each resource’s body, for the latest taxed year and the year before', async () => {
    const t = new Transcript();
    await t.askToken('grant_type=client_credentials');
    const resources: ResourceId[] = ['ir-assiette', 'ir-facture', 'ir-derniere-situation', 'ir-multiple', 'ifi'];
    for (const h of HOUSEHOLDS) {
      t.note(`${h.id} : ${h.situation}`);
      for (const annrev of ['2025', '2024']) for (const id of resources) await t.call(id, 'spi', { spi: mainSpi(h), annrev });
      await t.call('ir-derniere-situation-deux-ans', 'spi', { spi: mainSpi(h) });
    }
    await expect(t.text).toMatchFileSnapshot(expectedFile('bac-a-sable-foyers'));
  });
});

describe('the local sandbox at the edges of its inputs', () => {
  const ASSIETTE_2024 = '/spi/3999999000517/situations/ir/assiettes/annrev/2024';

  it('counts the quota on the real clock when no clock is given', async () => {
    const settings = { today: '2026-11-26', callsPerMinute: 1 };
    const box = createLocalSandbox({ subscribedScopes: ALL_SCOPES, modes: ['spi'], settings: () => settings });
    const t = await token(box);
    const path = '/spi/3999999000118/situations/ir/assiettes/annrev/2025';
    expect((await box.handle(get(path, { Authorization: `Bearer ${t}` }))).status).toBe(200);
    const throttled = await box.handle(get(path, { Authorization: `Bearer ${t}` }));
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('Retry-After'))).toBeGreaterThanOrEqual(59);
  });

  describe('without a simulated day', () => {
    // The real day, as `new Date()` reads it: only Date is faked, the sandbox's clock is given.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-26T12:00:00Z'));
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    async function deuxAns(clock: number) {
      const { box } = sandbox({ today: '', now: () => clock });
      const t = await token(box);
      const response = await box.handle(get('/spi/3999999000118/dernieresituation/ir/assiettes/deuxans', { Authorization: `Bearer ${t}` }));
      return [response.status, ((await response.json()) as { annRevenu?: number }).annRevenu];
    }

    it('takes the day of the clock', async () => {
      // 1 December 2023: the latest taxed income is 2022's (2025's on the real day).
      expect(await deuxAns(Date.UTC(2023, 11, 1))).toEqual([200, 2022]);
    });

    it('takes the real day when the clock gives no date with a four-digit year', async () => {
      // 1e15 ms is in the year 33658; 8.64e15 ms, the last instant a Date holds, overflows it once the time zone is added.
      for (const clock of [Number.NaN, 1e16, -1e16, 8.64e15, -8.64e15, 8.64e15 - 1, 1e15, -1e15, -1e14]) {
        expect(await deuxAns(clock), String(clock)).toEqual([200, 2025]);
      }
    });
  });

  it('answers a declarant who died with the notice he is on, not his widow’s own', async () => {
    // Moreau, 2024: a joint notice until the death, then Hélène's own; Pierre is on the first only.
    const { box } = sandbox();
    const t = await token(box);
    const pierre = await box.handle(get(ASSIETTE_2024, { Authorization: `Bearer ${t}` }));
    expect(pierre.status).toBe(200);
    expect(await pierre.json()).toMatchObject({ prnmDec1: 'PIERRE ANDRE', prnmDec2: 'HELENE', rfr: 8150 });
    const helene = await box.handle(get('/spi/3999999000525/situations/ir/assiettes/annrev/2024', { Authorization: `Bearer ${t}` }));
    expect(helene.status).toBe(410);
  });

  it('reads the client credentials only from an Authorization header that starts with Basic', async () => {
    const { box } = sandbox();
    const encoded = btoa(`${LOCAL_CLIENT.id}:${LOCAL_CLIENT.secret}`);
    for (const authorization of [`NotBasic ${encoded}`, `XBasic ${encoded}`]) {
      const response = await box.handle(
        new Request(`${HOST}/token`, { method: 'POST', headers: { Authorization: authorization }, body: 'grant_type=client_credentials' }),
      );
      expect(response.status, authorization).toBe(401);
    }
    // Any white space between the scheme and the credentials, a no-break space too (which base64 does not skip).
    for (const authorization of [`basic   ${encoded}`, `Basic\u00a0\u00a0${encoded}`, `Basic \t${encoded}`]) {
      const response = await box.handle(
        new Request(`${HOST}/token`, { method: 'POST', headers: { Authorization: authorization }, body: 'grant_type=client_credentials' }),
      );
      expect(response.status, authorization).toBe(200);
    }
  });

  it('reads the access token only from an Authorization header that starts with Bearer', async () => {
    const { box } = sandbox();
    const t = await token(box);
    const response = await box.handle(get('/spi/3999999000118/situations/ir/assiettes/annrev/2025', { Authorization: `NotBearer ${t}` }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: '900902' });
  });
});
