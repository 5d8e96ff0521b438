import { describe, expect, it } from 'vitest';
import { readHost } from './host';

describe('gateway host', () => {
  it('accepts the host in the forms people paste it', () => {
    expect(readHost('https://passerelle.exemple.fr')).toEqual({ ok: true, base: 'https://passerelle.exemple.fr' });
    expect(readHost('  https://passerelle.exemple.fr/ ')).toEqual({ ok: true, base: 'https://passerelle.exemple.fr' });
    expect(readHost('https://passerelle.exemple.fr/impotparticulier/1.0')).toEqual({ ok: true, base: 'https://passerelle.exemple.fr' });
    expect(readHost('https://passerelle.exemple.fr:8443/apim/impotparticulier/1.0/')).toEqual({ ok: true, base: 'https://passerelle.exemple.fr:8443/apim' });
  });

  it.each([
    ['', "Indiquez l'hôte de la passerelle"],
    ['passerelle.exemple.fr', 'commence par https://'],
    ['http://passerelle.exemple.fr', "n'accepte que des connexions chiffrées"],
    ['ftp://passerelle.exemple.fr', "n'accepte que des connexions chiffrées"],
    ['https://bonjour', "« bonjour » n'est pas un nom d'hôte complet"],
    ['https://moi:secret@passerelle.exemple.fr', "Retirez l'identifiant"],
    ['https://passerelle.exemple.fr/?x=1', 'Retirez la partie'],
    ['https://passe relle.fr', "n'est pas valide"],
  ])('explains why %j cannot be a gateway', (input, message) => {
    const reading = readHost(input);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toContain(message);
  });

  it('lets plain http reach the loopback only when asked (the relay’s test host)', () => {
    expect(readHost('http://127.0.0.1:9000').ok).toBe(false);
    expect(readHost('http://127.0.0.1:9000', { allowLoopbackHttp: true })).toEqual({ ok: true, base: 'http://127.0.0.1:9000' });
    expect(readHost('http://exemple.fr', { allowLoopbackHttp: true }).ok).toBe(false);
  });
});

describe('gateway host, at the edges of what is pasted', () => {
  it('wants the address to start with its scheme, a username or a password alone refused, any number of final slashes dropped', () => {
    expect(readHost('voir https://passerelle.exemple.fr')).toEqual({ ok: false, message: "Indiquez l'adresse complète, qui commence par https://." });
    expect(readHost('https://moi@passerelle.exemple.fr')).toMatchObject({ ok: false, message: expect.stringContaining("Retirez l'identifiant") as unknown });
    expect(readHost('https://:secret@passerelle.exemple.fr')).toMatchObject({
      ok: false,
      message: expect.stringContaining("Retirez l'identifiant") as unknown,
    });
    expect(readHost('https://passerelle.exemple.fr/apim///')).toEqual({ ok: true, base: 'https://passerelle.exemple.fr/apim' });
    expect(readHost('https://passerelle.exemple.fr/#ancre')).toMatchObject({ ok: false, message: expect.stringContaining('Retirez la partie') as unknown });
  });

  it('accepts an IPv6 address, and plain http to the loopback only, not another scheme', () => {
    expect(readHost('https://[2001:db8::1]:8443')).toEqual({ ok: true, base: 'https://[2001:db8::1]:8443' });
    expect(readHost('http://[::1]:9000', { allowLoopbackHttp: true })).toEqual({ ok: true, base: 'http://[::1]:9000' });
    expect(readHost('http://localhost:9000', { allowLoopbackHttp: true })).toEqual({ ok: true, base: 'http://localhost:9000' });
    expect(readHost('ftp://127.0.0.1', { allowLoopbackHttp: true })).toMatchObject({ ok: false });
  });
});
