import type { LocalSandbox } from '../../domain/sandbox/local-sandbox';
import type { Transport } from './client';

/**
 * Where the client's requests go. The local sandbox's origin uses the reserved .invalid domain:
 * were a request ever to escape to the network, it could not resolve.
 */
export const LOCAL_BASE = 'https://bac-a-sable-local.invalid';

export function localTransport(sandbox: LocalSandbox): Transport {
  return {
    kind: 'local',
    base: LOCAL_BASE,
    throughRelay: false,
    // The signal is left out: the handler answers at once, and a jsdom AbortSignal is not one
    // the platform's Request accepts.
    fetch: (url, { signal: _signal, ...init }) => sandbox.handle(new Request(url, init)),
  };
}

export function realTransport(base: string, throughRelay: boolean): Transport {
  return {
    kind: 'real',
    base,
    throughRelay,
    // No cookies, no referrer: the gateway gets the call and nothing about this page.
    fetch: (url, init) => globalThis.fetch(url, { ...init, mode: 'cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' }),
  };
}

/** The relay listens on the loopback only. */
export function relayBase(port: number): string {
  return `http://127.0.0.1:${port}`;
}
