import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ORIGINS, maskedPath, parseArguments, startRelay } from '../../scripts/relay';

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

function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
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

async function relayTo(target: string): Promise<string> {
  const started = await startRelay({ target, port: 0, origins: [APP], log: (line) => logs.push(line), timeoutMs: 2000 });
  relay = started.server;
  return started.url;
}

beforeEach(async () => {
  seen = [];
  logs = [];
  relay = null;
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
      });
      res.end(token ? JSON.stringify({ access_token: 'jeton-delivre', token_type: 'Bearer' }) : JSON.stringify({ erreur: { code: 4101, message: 'Absence de réponse' } }));
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
      headers: { Origin: APP, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,x-correlation-id,id_teleservice', 'Access-Control-Request-Private-Network': 'true' },
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
      headers: { Origin: APP, Authorization: `Bearer ${SECRET}`, 'X-Correlation-ID': '3f2504e0-4f89-41d3-9a0c-0305e82c3301', ID_Teleservice: 'T-1', Cookie: 'session=1', Referer: `${APP}/` },
    });
    expect(res.status).toBe(410);
    expect(JSON.parse(res.body)).toEqual({ erreur: { code: 4101, message: 'Absence de réponse' } });
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(res.headers['access-control-expose-headers']).toContain('x-correlation-id');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', url: SPI_PATH });
    expect(seen[0]!.headers).toMatchObject({ authorization: `Bearer ${SECRET}`, 'x-correlation-id': '3f2504e0-4f89-41d3-9a0c-0305e82c3301', id_teleservice: 'T-1' });
    // What only the browser knows stays on this machine.
    expect(seen[0]!.headers).not.toHaveProperty('cookie');
    expect(seen[0]!.headers).not.toHaveProperty('origin');
    expect(seen[0]!.headers).not.toHaveProperty('referer');
  });

  it('forwards the token request’s body', async () => {
    const url = await relayTo(upstreamUrl);
    const body = 'grant_type=client_credentials&scope=RessourceIR';
    const res = await send(`${url}/token`, { method: 'POST', headers: { Origin: APP, Authorization: 'Basic Y2xpZW50OnNlY3JldA==', 'Content-Type': 'application/x-www-form-urlencoded' }, body });
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
    expect(JSON.parse(res.body).erreur.message).toContain('ECONNREFUSED');
  });

  it('logs one line a call, without the token, the body or the SPI', async () => {
    const url = await relayTo(upstreamUrl);
    await send(url + SPI_PATH, { headers: { Origin: APP, Authorization: `Bearer ${SECRET}` } });
    await send(`${url}/token`, { method: 'POST', headers: { Origin: APP, Authorization: 'Basic c2VjcmV0' }, body: 'grant_type=client_credentials&scope=RessourceIR' });
    expect(logs).toHaveLength(2);
    const all = logs.join('\n');
    expect(all).toContain('GET /impotparticulier/1.0/spi/…/situations/ir/assiettes/annrev/2025 → 410');
    expect(all).toContain('POST /token → 200');
    for (const secret of [SECRET, 'c2VjcmV0', 'grant_type', '3999999000118', 'Absence de réponse', 'jeton-delivre']) expect(all).not.toContain(secret);
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
    expect(parseArguments([])).toMatchObject({ error: expect.stringContaining('--target') });
    expect(parseArguments(['--target', 'http://passerelle.exemple.fr'])).toMatchObject({ error: expect.stringContaining('https://') });
    expect(parseArguments(['--target', 'https://bonjour'])).toMatchObject({ error: expect.stringContaining("nom d'hôte complet") });
    expect(parseArguments(['--target', 'https://a.fr', '--port', 'abc'])).toMatchObject({ error: expect.stringContaining('Port invalide') });
  });

  it('masks the SPI in logged paths', () => {
    expect(maskedPath('/impotparticulier/1.0/spi/3999999000118/dernieresituation/ir/assiettes/deuxans?x=1')).toBe('/impotparticulier/1.0/spi/…/dernieresituation/ir/assiettes/deuxans');
  });
});
