import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { readDossierText } from './read-dossier';
import { migrate, type Migration } from './migrations';
import { CURRENT_SCHEMA_VERSION } from './format';

const refusal = (text: string) => {
  const result = readDossierText(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
};

describe('reading a dossier file', () => {
  it('reads back what was written', () => {
    const dossier = completeCantineDossier();
    const result = readDossierText(JSON.stringify(dossier));
    expect(result).toEqual({ ok: true, dossier, migratedFrom: null });
  });

  it('refuses what is not JSON, another program’s file, and a wrong shape, with a reason', () => {
    expect(refusal('{ pas du json')).toContain("n'est pas du JSON");
    expect(refusal(JSON.stringify({ name: 'PIA', version: 3 }))).toContain('autre logiciel');
    expect(refusal('[1,2,3]')).toContain("n'est pas un dossier");
    const broken = { ...completeCantineDossier(), organisation: { type: 'mairie' } };
    expect(refusal(JSON.stringify(broken))).toContain('« organisation.type »');
  });

  it('refuses a file over 5 MB', () => {
    const big = JSON.stringify({ ...completeCantineDossier(), padding: 'x'.repeat(5 * 1024 * 1024) });
    expect(refusal(big)).toMatch(/pèse 5 Mo|limite de 5 Mo/);
  });

  it('refuses prototype-polluting keys', () => {
    const text = JSON.stringify(completeCantineDossier()).replace('"organisation":{', '"organisation":{"__proto__":{"polluted":true},');
    expect(refusal(text)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a dossier from a newer version, naming both versions', () => {
    const newer = { ...completeCantineDossier(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(refusal(JSON.stringify(newer))).toContain('version plus récente');
  });
});

describe('migrations', () => {
  const renameTitle: Migration = ({ name, ...rest }) => ({ ...rest, title: name });
  it('applies each step from the file’s version to the current one', () => {
    const result = migrate({ schemaVersion: 1, name: 'Ancien' }, { 1: renameTitle }, 2);
    expect(result).toEqual({ ok: true, from: 1, dossier: { schemaVersion: 2, title: 'Ancien' } });
  });
  it('reports a missing step, an unknown version and a newer one', () => {
    expect(migrate({ schemaVersion: 1 }, {}, 2)).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(migrate({ schemaVersion: 'v1' })).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(migrate({ schemaVersion: 9 }, {}, 2)).toMatchObject({ ok: false, reason: 'newer-version' });
  });
});

describe('a dossier saved by version 1 of the format', () => {
  it('is upgraded on reading: its first version, never sent for review', () => {
    const text = readFileSync(new URL('../../../test/fixtures/dossier-v1-cantine.json', import.meta.url), 'utf8');
    expect((JSON.parse(text) as { schemaVersion: unknown }).schemaVersion).toBe(1);
    const result = readDossierText(text);
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(result.ok && result.dossier).toMatchObject({
      schemaVersion: 5,
      version: 1,
      review: { sent: [], received: [] },
      keptReviews: {},
      datapassRequests: {},
      vendor: null,
    });
    expect(result.ok && result.dossier.organisation.name).toBe('Commune de Saint-Exemple');
  });
});

describe('a dossier saved by version 4 of the format', () => {
  it('is upgraded on reading: started without a vendor’s model, its answers untouched', () => {
    const { vendor: _vendor, ...v4 } = { ...completeCantineDossier(), schemaVersion: 4 };
    const result = readDossierText(JSON.stringify(v4));
    expect(result).toEqual({ ok: true, dossier: { ...completeCantineDossier(), vendor: null }, migratedFrom: 4 });
  });

  it('whatever a v4 file says of a vendor, it was started without a model: no version 4 of the tool wrote one', () => {
    const { vendor: _vendor, ...v4 } = { ...completeCantineDossier(), schemaVersion: 4 };
    const result = readDossierText(JSON.stringify({ ...v4, vendor: 'Logiciels Famille' }));
    expect(result.ok && result.dossier.vendor).toBeNull();
  });
});
