import type { Plugin } from 'vite';

/**
 * The app's Content-Security-Policy. Nothing but the app itself may run or be fetched; the only
 * other addresses the app may call are the sandbox relay on this computer and the DGFiP
 * sandbox hosts that whoever deploys the app lists at build time:
 *
 *   SANDBOX_HOSTS="https://bac-a-sable.example" npm run build
 *
 * The policy is written into index.html (a <meta> tag, so that it holds on any static host);
 * the README shows the same policy as an HTTP header, which adds frame-ancestors.
 */
const LOOPBACK = ['http://127.0.0.1:*', 'http://localhost:*'];

/** Accepts only bare https origins, so that nothing else can slip into the policy. */
export function parseSandboxHosts(value: string | undefined): string[] {
  const hosts = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const host of hosts) {
    if (!/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) {
      throw new Error(`SANDBOX_HOSTS : « ${host} » n'est pas une origine https valide (par exemple https://bac-a-sable.exemple.fr, sans chemin).`);
    }
  }
  return hosts;
}

export function contentSecurityPolicy(sandboxHosts: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${[...LOOPBACK, ...sandboxHosts].join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the policy to the built index.html (not in development: Vite's dev server injects inline scripts). */
export function contentSecurityPolicyPlugin(sandboxHosts: readonly string[]): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(sandboxHosts) }, injectTo: 'head-prepend' },
      ],
    },
  };
}
