/**
 * The sandbox tester's optional relay: `npm run relay -- --target https://HOST`.
 *
 * Browsers refuse to read the DGFiP gateway's answers when it sends no CORS headers. This relay
 * runs on the user's own workstation, listens on 127.0.0.1 only, forwards the tester's calls to
 * the one host given and adds the CORS headers for the app's origin. Nothing goes through a third
 * party. It logs one line a call (method, path with the SPI masked, status, duration) and never
 * a header value or a body: tokens and fiscal data do not end up in a terminal's scrollback.
 */
import http from 'node:http';
import https from 'node:https';
import { pathToFileURL } from 'node:url';
import { readHost } from '../src/domain/sandbox/host';

export const DEFAULT_PORT = 8787;
/** `vite preview` and `vite dev`, on both loopback names. */
export const DEFAULT_ORIGINS = ['http://127.0.0.1:4173', 'http://localhost:4173', 'http://127.0.0.1:5173', 'http://localhost:5173'];

export interface RelayOptions {
  /** Gateway base URL (https; plain http only towards the loopback, for tests). */
  target: string;
  port: number;
  /** Origins of the app allowed to use the relay. */
  origins: readonly string[];
  log?: (line: string) => void;
  timeoutMs?: number;
}

/** Only the gateway's token endpoint and the API: the relay is not an open proxy. */
const RELAYED_PATH = /^\/(?:token|impotparticulier\/.*)$/;
/** The request headers the API uses; the browser's others (cookies, origin, referer…) stay here. */
const FORWARDED_HEADERS = ['authorization', 'content-type', 'accept', 'x-correlation-id', 'id_teleservice', 'x-franceconnect-oauth'];
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer']);

/** SPIs are personal data outside the sandbox: the log never shows one. */
export function maskedPath(path: string): string {
  return path.replace(/\/spi\/[^/?]*/, '/spi/…').replace(/\?.*$/, '');
}

function corsHeaders(origin: string): Record<string, string> {
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

function sendJson(res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify({ erreur: { message } }));
}

export function createRelay(options: RelayOptions): http.Server {
  const reading = readHost(options.target, { allowLoopbackHttp: true });
  if (!reading.ok) throw new Error(reading.message);
  const base = new URL(reading.base);
  const client = base.protocol === 'https:' ? https : http;
  const log = options.log ?? ((line: string) => console.log(line));
  const timeoutMs = options.timeoutMs ?? 30_000;

  return http.createServer((req, res) => {
    const started = Date.now();
    const path = req.url ?? '/';
    const origin = req.headers.origin;
    const done = (status: number, note = '') => log(`${new Date().toISOString()} ${req.method} ${maskedPath(path)} → ${status} (${Date.now() - started} ms)${note}`);

    // Calls without an Origin come from curl or a script on this machine; a page must be the app's.
    if (origin !== undefined && !options.origins.includes(origin)) {
      sendJson(res, 403, `Origine non autorisée par le relais : ${origin}. Relancez-le avec --origin ${origin}.`);
      done(403, ' origine refusée');
      return;
    }
    const cors = origin ? corsHeaders(origin) : {};

    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': FORWARDED_HEADERS.join(', '),
        'Access-Control-Max-Age': '600',
        // Chrome asks before a public page reaches the loopback (Private Network Access).
        ...(req.headers['access-control-request-private-network'] ? { 'Access-Control-Allow-Private-Network': 'true' } : {}),
      });
      res.end();
      done(204, ' préliminaire CORS');
      return;
    }
    if (!RELAYED_PATH.test(path.replace(/\?.*$/, '')) || (req.method !== 'GET' && req.method !== 'POST')) {
      sendJson(res, 404, 'Le relais ne transmet que POST /token et GET /impotparticulier/…', cors);
      done(404);
      return;
    }

    const headers: http.OutgoingHttpHeaders = {};
    for (const name of FORWARDED_HEADERS) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
    if (req.headers['content-length'] !== undefined) headers['content-length'] = req.headers['content-length'];
    const upstream = client.request(
      { protocol: base.protocol, hostname: base.hostname, port: base.port || undefined, method: req.method, path: base.pathname.replace(/\/$/, '') + path, headers, timeout: timeoutMs },
      (answer) => {
        const out: http.OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name) && !name.startsWith('access-control-')) out[name] = value;
        }
        res.writeHead(answer.statusCode ?? 502, { ...out, ...cors, ...(origin ? { 'Access-Control-Expose-Headers': Object.keys(out).join(', ') } : {}) });
        answer.pipe(res);
        answer.on('end', () => done(answer.statusCode ?? 502));
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error('délai dépassé')));
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const timedOut = error.message === 'délai dépassé';
      sendJson(res, timedOut ? 504 : 502, `Le relais n'a pas pu joindre ${base.host} : ${error.code ?? error.message}.`, cors);
      done(timedOut ? 504 : 502, ` ${error.code ?? error.message}`);
    });
    req.pipe(upstream);
  });
}

/** Starts the relay on 127.0.0.1 only; resolves with its address once it listens. */
export function startRelay(options: RelayOptions): Promise<{ server: http.Server; url: string }> {
  const server = createRelay(options);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

const USAGE = `Usage : npm run relay -- --target https://HOTE [--port ${DEFAULT_PORT}] [--origin http://127.0.0.1:4173]…`;

export function parseArguments(args: readonly string[]): RelayOptions | { error: string } {
  let target = '';
  let port = DEFAULT_PORT;
  const origins: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (value === undefined) return { error: `${flag} attend une valeur.\n${USAGE}` };
    if (flag === '--target') target = value;
    else if (flag === '--port') {
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: `Port invalide : ${value}.\n${USAGE}` };
    } else if (flag === '--origin') origins.push(value.replace(/\/$/, ''));
    else return { error: `Option inconnue : ${flag}.\n${USAGE}` };
  }
  if (!target) return { error: `Indiquez l'hôte de la passerelle avec --target.\n${USAGE}` };
  const reading = readHost(target, { allowLoopbackHttp: true });
  if (!reading.ok) return { error: `--target : ${reading.message}` };
  return { target: reading.base, port, origins: origins.length > 0 ? origins : DEFAULT_ORIGINS };
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if ('error' in options) {
    console.error(options.error);
    process.exitCode = 2;
    return;
  }
  const { url } = await startRelay(options);
  console.log(`Relais prêt : ${url} → ${options.target}`);
  console.log(`Origines autorisées : ${options.origins.join(', ')}`);
  console.log('Dans le testeur, cochez « Passer par le relais local ». Ctrl+C pour arrêter.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
