// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { KEY_PREFIX, createDossier, removeDossier, duplicateDossier, listDossiers, readRaw, renameDossier, storageProblem, writeDossier } from './local-store';
import { importDossierText, loadDossier } from './dossier-repository';
import type { Dossier } from '../../domain/dossier/model';

const readJson = (text: string) => JSON.parse(text) as Dossier;

describe('dossiers kept in the browser', () => {
  it('lists them most recent first, and names a dossier that cannot be read', () => {
    const old = { ...completeCantineDossier(), id: 'ancien', updatedAt: '2026-01-01T10:00:00.000Z' };
    writeDossier(old);
    const recent = createDossier('Récent');
    localStorage.setItem(`${KEY_PREFIX}abime`, '{"format": tronqué');
    const list = listDossiers();
    expect(list.map((e) => e.id)).toEqual([recent.id, 'ancien', 'abime']);
    expect(list[1]).toMatchObject({ title: 'Cantine – Saint-Exemple', organisationName: 'Commune de Saint-Exemple', unreadable: false });
    expect(list[2]).toMatchObject({ title: 'Dossier illisible', unreadable: true });
  });

  it('duplicates and renames without touching the original', () => {
    writeDossier(completeCantineDossier());
    const copyId = duplicateDossier('dossier-cantine')!;
    renameDossier(copyId, '  Cantine 2028  ');
    expect(readJson(readRaw(copyId)!).title).toBe('Cantine 2028');
    expect(readJson(readRaw(copyId)!).organisation).toEqual(completeCantineDossier().organisation);
    expect(readJson(readRaw('dossier-cantine')!).title).toBe('Cantine – Saint-Exemple');
  });

  it('shows a rename to a title of the same length at once, in this tab or from another', () => {
    // The same instant for every write: only the title's characters change, not the text's length.
    const at = new Date('2026-12-02T10:00:00.000Z');
    vi.setSystemTime(at);
    writeDossier({ ...completeCantineDossier(), title: 'Cantine 2027', updatedAt: at.toISOString() });
    const before = listDossiers();
    expect(before.map((e) => e.title)).toEqual(['Cantine 2027']);
    expect(listDossiers()).toBe(before); // unchanged storage, the same list (React relies on it)

    vi.setSystemTime(at);
    renameDossier('dossier-cantine', 'Cantine 2028');
    expect(readRaw('dossier-cantine')!.length).toBe(JSON.stringify({ ...completeCantineDossier(), title: 'Cantine 2027', updatedAt: at.toISOString() }).length);
    expect(listDossiers().map((e) => e.title)).toEqual(['Cantine 2028']);

    // Another tab writes the same key: no write of this module, yet the list follows storage.
    localStorage.setItem(`${KEY_PREFIX}dossier-cantine`, readRaw('dossier-cantine')!.replace('Cantine 2028', 'Cantine 2029'));
    expect(listDossiers().map((e) => e.title)).toEqual(['Cantine 2029']);
  });

  it('says so when the browser refuses to save', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeDossier(completeCantineDossier())).toBe(false);
    expect(storageProblem()).toContain("L'espace de stockage du navigateur est plein");
    spy.mockRestore();
    expect(writeDossier(completeCantineDossier())).toBe(true);
    expect(storageProblem()).toBeNull();
  });
});

describe('opening and importing dossiers', () => {
  it('reports a missing or damaged dossier instead of showing a blank one', () => {
    expect(loadDossier('inconnu')).toMatchObject({ ok: false, notFound: true });
    localStorage.setItem(`${KEY_PREFIX}abime`, JSON.stringify({ ...completeCantineDossier(), id: 'abime', method: 'tranches' }));
    const result = loadDossier('abime');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('« method »');
    expect(localStorage.getItem(`${KEY_PREFIX}abime`)).toContain('"method":"tranches"');
  });

  it('adds an imported dossier beside one with the same identifier, never over it', () => {
    const original = completeCantineDossier();
    writeDossier(original);
    const result = importDossierText(JSON.stringify({ ...original, title: 'Version du DPD' }));
    expect(result).toMatchObject({ ok: true, replaced: null });
    expect(result.ok && result.dossier.id).not.toBe(original.id);
    expect(readJson(readRaw(original.id)!).title).toBe('Cantine – Saint-Exemple');
    expect(listDossiers()).toHaveLength(2);
  });

  it('leaves stored dossiers untouched when an import is refused', () => {
    writeDossier(completeCantineDossier());
    const before = Object.fromEntries(Object.entries(localStorage));
    expect(importDossierText('{"__proto__": {}}')).toMatchObject({ ok: false });
    expect(Object.fromEntries(Object.entries(localStorage))).toEqual(before);
  });
});

describe('when the browser will not store', () => {
  it('keeps the dossiers of the session in memory and says so', async () => {
    const { checkStorage, createDossier: create, readRaw: read, listDossiers: list, storageProblem: problem } = await import('./local-store');
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    checkStorage();
    expect(problem()).toContain('navigation privée');
    const dossier = create('Sans stockage');
    expect(readJson(read(dossier.id)!).title).toBe('Sans stockage');
    expect(list().map((e) => e.title)).toContain('Sans stockage');
    spy.mockRestore();
    removeDossier(dossier.id);
  });
});

describe('replacing a dossier by an import', () => {
  it('returns the replaced text so that it can be put back', async () => {
    const { checkImport, saveImport } = await import('./dossier-repository');
    const original = completeCantineDossier();
    writeDossier(original);
    const check = checkImport(JSON.stringify({ ...original, title: 'Version du DPD' }));
    expect(check.ok && check.existing?.title).toBe('Cantine – Saint-Exemple');
    const result = saveImport(check.ok ? check.dossier : original, 'replace');
    expect(result.ok && readJson(result.replaced!).title).toBe('Cantine – Saint-Exemple');
    expect(readJson(readRaw(original.id)!).title).toBe('Version du DPD');
    expect(listDossiers()).toHaveLength(1);
  });
});
