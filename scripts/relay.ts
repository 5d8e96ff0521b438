/**
 * The sandbox tester's optional relay: `npm run relay -- --target https://HOST`.
 *
 * Browsers refuse to read the DGFiP gateway's answers when it sends no CORS headers. This relay
 * runs on the user's own workstation, listens on 127.0.0.1 only, forwards the tester's calls to
 * the one host given and adds the CORS headers for the app's origin. Nothing goes through a third
 * party. It logs one line a call (method, path with the SPI masked, status, duration) and never
 * a header value or a body: tokens and fiscal data do not end up in a terminal's scrollback.
 *
 * Anything on this machine can reach a loopback port, web pages included: the relay answers only
 * to its own address, only the two routes of the API, and only on a path that means what it says.
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
const RELAYED_ROUTES = [
  { method: 'POST', path: /^\/token$/ },
  { method: 'GET', path: /^\/impotparticulier\/.+$/ },
];
/** The request headers the API uses; the browser's others (cookies, origin, referer…) stay here. */
const FORWARDED_HEADERS = ['authorization', 'content-type', 'accept', 'x-correlation-id', 'id_teleservice', 'x-franceconnect-oauth'];
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
]);
/**
 * A cookie the gateway sets would be stored for 127.0.0.1 and sent back by the browser to every
 * local service on that address: the API needs none, so none goes through.
 */
const DROPPED_ANSWER_HEADERS = new Set([...HOP_BY_HOP, 'set-cookie', 'set-cookie2']);

/**
 * SPIs are personal data outside the sandbox: the log never shows one. The query string is left
 * out, the segment after /spi/ is masked, and so is any run of 13 digits wherever it stands, even
 * with its digits percent-encoded: a mistyped path or a refused one can hold an SPI elsewhere.
 */
export function maskedPath(path: string): string {
  return path
    .replace(/\?.*$/s, '')
    .replace(/\/spi\/[^/]*/gi, '/spi/…')
    .replace(/%3([0-9])/gi, '$1')
    .replace(/[0-9]{13,}/g, '…');
}

/**
 * A page that rebinds its own domain name to 127.0.0.1 (DNS rebinding) reaches the relay as a
 * same-origin call, without an Origin on its GETs; its Host header still names its domain. So the
 * relay answers only to the names the tester and the commands use, with the port it listens on.
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  const name = host?.toLowerCase();
  // Browsers leave out the port when it is HTTP's own.
  return ['127.0.0.1', 'localhost'].some((own) => name === `${own}:${port}` || (port === 80 && name === own));
}

/** Layers of percent-encoding looked through: %252e is %2e once decoded, and a dot twice. */
const DECODINGS = 3;

/** Why a path segment could mean another path once a server decodes it, or null. */
function segmentTrick(segment: string): string | null {
  let layer = segment;
  for (let i = 0; i <= DECODINGS; i++) {
    if (/%2e/i.test(layer) || layer === '.' || layer.includes('..')) return 'un segment « . » ou « .. », même encodé';
    if (layer.includes('\\')) return 'une barre oblique inversée';
    if (/%2f|%5c/i.test(layer) || layer.includes('/')) return 'une barre oblique encodée';
    // eslint-disable-next-line no-control-regex -- refuses a path that holds a control character
    if (/[\u0000-\u001f\u007f]/.test(layer)) return 'un caractère de contrôle';
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return 'un encodage « % » invalide';
    }
    if (decoded === layer) return null;
    layer = decoded;
  }
  return 'un encodage « % » répété';
}

/**
 * The API's paths are plain: no dot segment, no empty segment, no encoded separator. A path with
 * one is refused rather than cleaned, since the gateway or a server behind it could read it as a
 * path outside the two relayed routes.
 */
export function pathTrick(path: string): string | null {
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '')) return 'une double barre oblique ou une barre finale';
  for (const segment of segments) {
    const trick = segmentTrick(segment);
    if (trick) return trick;
  }
  return null;
}

function corsHeaders(origin: string): Record<string, string> {
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

/** The gateway's answer headers a browser may see through the relay; its own CORS headers are replaced. */
function answerHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  // Connection may name further headers that concern this hop only.
  const hopByHop = new Set((headers.connection ?? '').split(',').map((name) => name.trim().toLowerCase()));
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !DROPPED_ANSWER_HEADERS.has(name) && !hopByHop.has(name) && !name.startsWith('access-control-')) out[name] = value;
  }
  return out;
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

  // Node answers a request without Host with a bare 400; the relay explains its refusal itself.
  return http.createServer({ requireHostHeader: false }, (req, res) => {
    const started = Date.now();
    const url = req.url ?? '/';
    const path = url.replace(/\?.*$/s, '');
    const origin = req.headers.origin;
    const done = (status: number, note = '') =>
      log(`${new Date().toISOString()} ${req.method} ${maskedPath(url)} → ${status} (${Date.now() - started} ms)${note}`);

    const port = req.socket.localPort ?? options.port;
    if (!isOwnHost(req.headers.host, port)) {
      sendJson(res, 421, `Le relais ne répond qu'aux adresses http://127.0.0.1:${port} et http://localhost:${port}.`);
      done(421, ' hôte refusé');
      return;
    }

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
    if (!path.startsWith('/')) {
      sendJson(res, 400, 'Le relais attend un chemin qui commence par « / ».', cors);
      done(400, ' chemin refusé');
      return;
    }
    const trick = pathTrick(path);
    if (trick) {
      sendJson(res, 400, `Chemin refusé par le relais : il contient ${trick}.`, cors);
      done(400, ' chemin refusé');
      return;
    }
    if (!RELAYED_ROUTES.some((route) => route.method === req.method && route.path.test(path))) {
      sendJson(res, 404, 'Le relais ne transmet que POST /token et GET /impotparticulier/…', cors);
      done(404);
      return;
    }

    const headers: http.OutgoingHttpHeaders = {};
    for (const name of FORWARDED_HEADERS) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
    if (req.headers['content-length'] !== undefined) headers['content-length'] = req.headers['content-length'];
    const upstream = client.request(
      {
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port || undefined,
        method: req.method,
        path: base.pathname.replace(/\/$/, '') + url,
        headers,
        timeout: timeoutMs,
      },
      (answer) => {
        const out = answerHeaders(answer.headers);
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
