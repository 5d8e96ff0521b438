import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ORIGINS, isOwnHost, maskedPath, parseArguments, pathTrick, startRelay } from '../../scripts/relay';

/** The relay against a fake gateway started here, on the loopback. */

const APP = 'http://127.0.0.1:4173';
const SECRET = 'jeton-tres-secret';
const SPI_PATH = '/impotparticulier/1.0/spi/3999999000118/situations/ir/assiettes/annrev/2025';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let upstream: http.Server;
let upstreamUrl: string;
let seen: Seen[];
let relay: http.Server | null;
let logs: string[];
/** Extra headers the fake gateway puts in its answers. */
let upstreamHeaders: http.OutgoingHttpHeaders;

function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * A request with its path and Host header sent as written: a URL string would be normalised by
 * the client (dot segments resolved, backslashes turned into slashes) before the relay sees it.
 */
function sendRaw(
  relayUrl: string,
  path: string,
  options: { method?: string; host?: string | null; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { port } = new URL(relayUrl);
  const headers: Record<string, string> = { ...options.headers };
  if (options.host !== null) headers.Host = options.host ?? `127.0.0.1:${port}`;
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname: '127.0.0.1', port, path, method: options.method ?? 'GET', headers, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function relayTo(target: string): Promise<string> {
  const started = await startRelay({ target, port: 0, origins: [APP], log: (line) => logs.push(line), timeoutMs: 2000 });
  relay = started.server;
  return started.url;
}

beforeEach(async () => {
  seen = [];
  logs = [];
  relay = null;
  upstreamHeaders = {};
  upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const token = req.url === '/token';
      res.writeHead(token ? 200 : 410, {
        'Content-Type': token ? 'application/json' : 'application/json',
        'X-Correlation-ID': String(req.headers['x-correlation-id'] ?? ''),
        'Access-Control-Allow-Origin': '*',
        ...upstreamHeaders,
      });
      res.end(
        token
          ? JSON.stringify({ access_token: 'jeton-delivre', token_type: 'Bearer' })
          : JSON.stringify({ erreur: { code: 4101, message: 'Absence de réponse' } }),
      );
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => upstream.close(resolve));
  if (relay) await new Promise((resolve) => relay!.close(resolve));
});

describe('relay', () => {
  it('listens on 127.0.0.1 only', async () => {
    await relayTo(upstreamUrl);
    expect((relay!.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('answers the CORS preflight for the app’s origin', async () => {
    const url = await relayTo(upstreamUrl);
    const res = await send(url + SPI_PATH, {
      method: 'OPTIONS',
      headers: {
        Origin: APP,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,x-correlation-id,id_teleservice',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(res.headers['access-control-allow-headers']).toContain('id_teleservice');
    expect(res.headers['access-control-allow-private-network']).toBe('true');
    expect(seen).toHaveLength(0);
  });

  it('forwards the method, the API’s headers and the path, and adds CORS headers to the answer', async () => {
    const url = await relayTo(upstreamUrl);
    const res = await send(url + SPI_PATH, {
      headers: {
        Origin: APP,
        Authorization: `Bearer ${SECRET}`,
        'X-Correlation-ID': '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
        ID_Teleservice: 'T-1',
        Cookie: 'session=1',
        Referer: `${APP}/`,
      },
    });
    expect(res.status).toBe(410);
    expect(JSON.parse(res.body)).toEqual({ erreur: { code: 4101, message: 'Absence de réponse' } });
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(res.headers['access-control-expose-headers']).toContain('x-correlation-id');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', url: SPI_PATH });
    expect(seen[0]!.headers).toMatchObject({
      authorization: `Bearer ${SECRET}`,
      'x-correlation-id': '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      id_teleservice: 'T-1',
    });
    // What only the browser knows stays on this machine.
    expect(seen[0]!.headers).not.toHaveProperty('cookie');
    expect(seen[0]!.headers).not.toHaveProperty('origin');
    expect(seen[0]!.headers).not.toHaveProperty('referer');
  });

  it('forwards the token request’s body', async () => {
    const url = await relayTo(upstreamUrl);
    const body = 'grant_type=client_credentials&scope=RessourceIR';
    const res = await send(`${url}/token`, {
      method: 'POST',
      headers: { Origin: APP, Authorization: 'Basic Y2xpZW50OnNlY3JldA==', 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ access_token: 'jeton-delivre' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/token', body });
  });

  it('refuses other origins and other paths without calling the host', async () => {
    const url = await relayTo(upstreamUrl);
    expect((await send(url + SPI_PATH, { headers: { Origin: 'https://site-tiers.example' } })).status).toBe(403);
    expect((await send(`${url}/admin`, { headers: { Origin: APP } })).status).toBe(404);
    expect((await send(`${url}/impotparticulier/1.0/x`, { method: 'DELETE', headers: { Origin: APP } })).status).toBe(404);
    expect(seen).toHaveLength(0);
  });

  it('says so, readably by the page, when the host cannot be reached', async () => {
    const port = (upstream.address() as AddressInfo).port;
    await new Promise((resolve) => upstream.close(resolve));
    upstream = http.createServer();
    const url = await relayTo(`http://127.0.0.1:${port}`);
    const res = await send(url + SPI_PATH, { headers: { Origin: APP } });
    expect(res.status).toBe(502);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect((JSON.parse(res.body) as { erreur: { message: string } }).erreur.message).toContain('ECONNREFUSED');
  });

  it('logs one line a call, without the token, the body or the SPI', async () => {
    const url = await relayTo(upstreamUrl);
    await send(url + SPI_PATH, { headers: { Origin: APP, Authorization: `Bearer ${SECRET}` } });
    await send(`${url}/token`, {
      method: 'POST',
      headers: { Origin: APP, Authorization: 'Basic c2VjcmV0' },
      body: 'grant_type=client_credentials&scope=RessourceIR',
    });
    expect(logs).toHaveLength(2);
    const all = logs.join('\n');
    expect(all).toContain('GET /impotparticulier/1.0/spi/…/situations/ir/assiettes/annrev/2025 → 410');
    expect(all).toContain('POST /token → 200');
    for (const secret of [SECRET, 'c2VjcmV0', 'grant_type', '3999999000118', 'Absence de réponse', 'jeton-delivre']) expect(all).not.toContain(secret);
  });
});

describe('relay: what it refuses to reach', () => {
  const API = '/impotparticulier/1.0';

  const DOTS = 'un segment « . » ou « .. », même encodé';
  const ENCODED_SLASH = 'une barre oblique encodée';
  it.each([
    ['a dot-dot segment', `${API}/../../admin`, DOTS],
    ['a dot-dot segment that stays under the API', `${API}/spi/../situations/ir/assiettes/annrev/2025`, DOTS],
    ['a single dot segment', `${API}/./spi/3999999000118/situations/ir/assiettes/annrev/2025`, DOTS],
    ['encoded dots', `${API}/%2e%2e/%2e%2e/admin`, DOTS],
    ['encoded dots, upper case', `${API}/%2E%2E/%2E%2E/admin`, DOTS],
    ['encoded dots, mixed case', `${API}/%2e%2E/admin`, DOTS],
    ['half-encoded dots', `${API}/.%2e/admin`, DOTS],
    ['double-encoded dots', `${API}/%252e%252e/admin`, DOTS],
    ['double-encoded dots, upper case', `${API}/%252E%252E/admin`, DOTS],
    ['triple-encoded dots', `${API}/%25252e%25252e/admin`, DOTS],
    ['a doubled slash', `${API}//spi/3999999000118/situations/ir/assiettes/annrev/2025`, 'une double barre oblique'],
    ['a doubled slash at the start', `//impotparticulier/1.0/x`, 'une double barre oblique'],
    ['an encoded slash', `${API}/spi%2fadmin`, ENCODED_SLASH],
    ['an encoded slash, upper case', `${API}/spi%2Fadmin`, ENCODED_SLASH],
    ['a double-encoded slash', `${API}/spi%252fadmin`, ENCODED_SLASH],
    ['an encoded backslash', `${API}/spi%5cadmin`, ENCODED_SLASH],
    ['an encoded backslash, upper case', `${API}/spi%5Cadmin`, ENCODED_SLASH],
    ['a double-encoded backslash', `${API}/spi%255cadmin`, ENCODED_SLASH],
    ['a backslash', `${API}/spi\\admin`, 'une barre oblique inversée'],
    ['a backslash for a slash', `${API}\\spi`, 'une barre oblique inversée'],
    ['an encoded control character', `${API}/x%0d%0aHost:%20autre`, 'un caractère de contrôle'],
    ['a broken percent-encoding', `${API}/x%zz`, 'un encodage « % » invalide'],
  ])('refuses %s, in French, without calling the host', async (_, path, reason) => {
    const url = await relayTo(upstreamUrl);
    const res = await sendRaw(url, path, { headers: { Origin: APP } });
    expect(res.status).toBe(400);
    expect((JSON.parse(res.body) as { erreur: { message: string } }).erreur.message).toMatch(
      new RegExp(`^Chemin refusé par le relais : il contient ${reason}`),
    );
    // The page can read why.
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(seen).toHaveLength(0);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/→ 400 \(\d+ ms\) chemin refusé$/);
  });

  it('forwards only POST /token and GET /impotparticulier/…', async () => {
    const url = await relayTo(upstreamUrl);
    for (const [method, path] of [
      ['GET', '/token'],
      ['POST', `${API}/spi/3999999000118/situations/ir/assiettes/annrev/2025`],
      ['PUT', '/token'],
      ['GET', '/impotparticulier'],
      ['GET', '/tokens'],
      ['GET', 'http://127.0.0.1/token'],
    ] as const) {
      const res = await sendRaw(url, path, { method });
      expect([400, 404]).toContain(res.status);
      expect((JSON.parse(res.body) as { erreur: { message: string } }).erreur.message).toMatch(/^(Le relais|Chemin refusé)/);
    }
    expect(seen).toHaveLength(0);
    expect((await sendRaw(url, `${API}/spi/3999999000118/situations/ir/assiettes/annrev/2025`)).status).toBe(410);
    expect((await sendRaw(url, '/token', { method: 'POST' })).status).toBe(200);
    expect(seen.map((call) => `${call.method} ${call.url}`)).toEqual([`GET ${API}/spi/3999999000118/situations/ir/assiettes/annrev/2025`, 'POST /token']);
  });

  it.each([
    ['another domain name rebound to 127.0.0.1', 'evil.example:PORT'],
    ['another domain name, without a port', 'evil.example'],
    ['a loopback name with another port', '127.0.0.1:9999'],
    ['localhost with another port', 'localhost:9999'],
    ['the loopback address without a port', '127.0.0.1'],
    ['a name that only starts like the loopback', '127.0.0.1.evil.example:PORT'],
    ['an IPv6 loopback', '[::1]:PORT'],
    ['an empty Host', ''],
    ['no Host at all', null],
  ])('answers nothing to %s (DNS rebinding), in French', async (_, host) => {
    const url = await relayTo(upstreamUrl);
    const port = new URL(url).port;
    for (const [method, path, headers] of [
      ['GET', SPI_PATH, {}],
      ['POST', '/token', { 'Content-Type': 'application/x-www-form-urlencoded' }],
      // Even the app's origin: the page that rebinds a name is not the app.
      ['GET', SPI_PATH, { Origin: APP }],
      ['OPTIONS', SPI_PATH, { Origin: APP, 'Access-Control-Request-Method': 'GET' }],
    ] as const) {
      const res = await sendRaw(url, path, { method, host: host?.replace('PORT', port) ?? null, headers });
      expect(res.status).toBe(421);
      expect((JSON.parse(res.body) as { erreur: { message: string } }).erreur.message).toBe(
        `Le relais ne répond qu'aux adresses http://127.0.0.1:${port} et http://localhost:${port}.`,
      );
      expect(res.headers).not.toHaveProperty('access-control-allow-origin');
    }
    expect(seen).toHaveLength(0);
    expect(logs.every((line) => line.endsWith('hôte refusé'))).toBe(true);
  });

  it('answers to 127.0.0.1 and localhost with its own port', async () => {
    const url = await relayTo(upstreamUrl);
    const port = new URL(url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LocalHost:${port}`]) expect((await sendRaw(url, SPI_PATH, { host })).status).toBe(410);
    expect(seen).toHaveLength(3);
    expect(isOwnHost(`127.0.0.1:${port}`, Number(port))).toBe(true);
    expect(isOwnHost(undefined, Number(port))).toBe(false);
    expect(isOwnHost('localhost', 80)).toBe(true);
    expect(isOwnHost('localhost', 8787)).toBe(false);
    expect(isOwnHost('localhost:80', 8787)).toBe(false);
  });

  it('does not pass the gateway’s cookies or hop-by-hop headers on', async () => {
    upstreamHeaders = {
      'Set-Cookie': ['session=abc; Path=/; HttpOnly', 'suivi=1; Path=/'],
      'Set-Cookie2': 'ancien=1',
      Connection: 'X-Entre-Deux',
      'X-Entre-Deux': 'seulement pour ce saut',
      'Proxy-Connection': 'keep-alive',
      'X-Garde': 'oui',
    };
    const url = await relayTo(upstreamUrl);
    for (const res of [await send(url + SPI_PATH, { headers: { Origin: APP } }), await send(`${url}/token`, { method: 'POST', headers: { Origin: APP } })]) {
      expect(res.headers).not.toHaveProperty('set-cookie');
      expect(res.headers).not.toHaveProperty('set-cookie2');
      expect(res.headers).not.toHaveProperty('x-entre-deux');
      expect(res.headers).not.toHaveProperty('proxy-connection');
      expect(res.headers['access-control-expose-headers']).not.toMatch(/cookie|entre-deux/i);
      // The other headers still go through.
      expect(res.headers['x-garde']).toBe('oui');
    }
    expect(seen).toHaveLength(2);
  });

  it('masks every SPI in its log, wherever it stands in the path or the query', async () => {
    const url = await relayTo(upstreamUrl);
    const spis = [
      '1234567890123',
      '3999999000118',
      '3999999000119',
      '3999999000120',
      '3999999000121',
      '3999999000122',
      '3999999000123',
      '3999999000124',
      '3999999000125',
    ];
    const calls: Array<[string, string, string | null]> = [
      ['GET', `${API}/spi/1234567890123/situations/ir/assiettes/annrev/2025?spi=3999999000118&autre=3999999000119`, null],
      ['GET', `${API}/situations/ir/3999999000120/annrev/2025`, null],
      ['GET', `${API}/spi/3999999000121/x/3999999000122`, null],
      ['GET', `${API}/x3999999000123y?3999999000118`, null],
      // Its digits percent-encoded.
      ['GET', `${API}/fiscal/%33%39%39%39%39%39%39%30%30%30%31%32%34`, null],
      ['GET', `${API}/SPI/3999999000125/x`, null],
      // Refused calls are logged too.
      ['GET', `${API}/spi/3999999000121/../../admin?spi=3999999000122`, null],
      ['GET', `/autre/3999999000123/x`, null],
      ['POST', `${API}/spi/3999999000124`, null],
      ['GET', `${API}/spi/3999999000125`, 'evil.example:80'],
    ];
    for (const [method, path, host] of calls) await sendRaw(url, path, { method, ...(host ? { host } : {}) });
    expect(logs).toHaveLength(calls.length);
    const all = logs.join('\n');
    for (const spi of spis) expect(all).not.toContain(spi);
    expect(all).not.toMatch(/[0-9]{13}/);
    expect(all).not.toContain('%33');
    expect(all).toContain(`GET ${API}/spi/…/situations/ir/assiettes/annrev/2025 → 410`);
    expect(all).toContain(`GET ${API}/situations/ir/…/annrev/2025 → 410`);
    expect(all).toContain(`GET ${API}/spi/…/x/… → 410`);
    expect(all).toContain(`GET ${API}/x…y → 410`);
  });

  it('masks SPIs in logged paths, the query left out', () => {
    expect(maskedPath('/impotparticulier/1.0/spi/3999999000118/situations/ir/3999999000119/x?spi=3999999000120')).toBe(
      '/impotparticulier/1.0/spi/…/situations/ir/…/x',
    );
    expect(maskedPath('/a/12345678901234567/b')).toBe('/a/…/b');
    expect(maskedPath('/a/spi/12/b/spi/34')).toBe('/a/spi/…/b/spi/…');
    // A mistyped SPI is still someone's.
    expect(maskedPath('/impotparticulier/1.0/spi/399999900011/x')).toBe('/impotparticulier/1.0/spi/…/x');
    // Twelve digits (a year, an id) stay readable.
    expect(maskedPath('/a/123456789012/annrev/2025')).toBe('/a/123456789012/annrev/2025');
  });

  it('finds each trick in a path, and none in the API’s own paths', () => {
    expect(pathTrick(`${API}/spi/3999999000118/situations/ir/assiettes/annrev/2025`)).toBeNull();
    expect(pathTrick(`${API}/spi/39%2099/situations/ir/assiettes/annrev/2025`)).toBeNull();
    expect(pathTrick('/token')).toBeNull();
    expect(pathTrick(`${API}/x/`)).toContain('barre finale');
    expect(pathTrick(`${API}/%252e%252e`)).toContain('« .. »');
    expect(pathTrick(`${API}/%252525252e`)).toContain('répété');
    expect(pathTrick(`${API}/%2525252e`)).toContain('« .. »');
  });
});

describe('relay arguments', () => {
  it('reads --target, --port and --origin', () => {
    expect(parseArguments(['--target', 'https://passerelle.exemple.fr/impotparticulier/1.0', '--port=9000', '--origin', 'https://outil.exemple.fr/'])).toEqual({
      target: 'https://passerelle.exemple.fr',
      port: 9000,
      origins: ['https://outil.exemple.fr'],
    });
    expect(parseArguments(['--target', 'https://passerelle.exemple.fr'])).toMatchObject({ port: 8787, origins: DEFAULT_ORIGINS });
  });

  it('explains a missing or absurd target', () => {
    expect(parseArguments([])).toMatchObject({ error: expect.stringContaining('--target') as string });
    expect(parseArguments(['--target', 'http://passerelle.exemple.fr'])).toMatchObject({ error: expect.stringContaining('https://') as string });
    expect(parseArguments(['--target', 'https://bonjour'])).toMatchObject({ error: expect.stringContaining("nom d'hôte complet") as string });
    expect(parseArguments(['--target', 'https://a.fr', '--port', 'abc'])).toMatchObject({ error: expect.stringContaining('Port invalide') as string });
  });

  it('masks the SPI in logged paths', () => {
    expect(maskedPath('/impotparticulier/1.0/spi/3999999000118/dernieresituation/ir/assiettes/deuxans?x=1')).toBe(
      '/impotparticulier/1.0/spi/…/dernieresituation/ir/assiettes/deuxans',
    );
  });
});
