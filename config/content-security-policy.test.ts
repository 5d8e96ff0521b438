import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, parseSandboxHosts } from './content-security-policy';

describe('the Content-Security-Policy', () => {
  it('lets the app call only itself, the local relay and the declared sandbox hosts', () => {
    const policy = contentSecurityPolicy(parseSandboxHosts('https://bac-a-sable.exemple.fr, https://autre.exemple.fr:8443'));
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:* http://localhost:* https://bac-a-sable.exemple.fr https://autre.exemple.fr:8443;");
  });

  it('refuses a sandbox host that is not a bare https origin', () => {
    for (const bad of ['http://bac-a-sable.fr', 'https://bac-a-sable.fr/chemin', "https://x.fr; script-src 'unsafe-inline'", '*']) {
      expect(() => parseSandboxHosts(bad)).toThrow(/SANDBOX_HOSTS/);
    }
    expect(parseSandboxHosts(undefined)).toEqual([]);
  });

  it('is the one the README gives for the HTTP header, plus frame-ancestors', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const header = /add_header Content-Security-Policy "([^"]+)"/.exec(readme)?.[1];
    expect(header).toBe(`${contentSecurityPolicy([])}; frame-ancestors 'none'`);
  });
});
