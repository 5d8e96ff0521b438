import { newDossier } from '../../domain/dossier/new-dossier';
import type { Dossier } from '../../domain/dossier/model';

/**
 * The dossiers live in the browser's localStorage, one key per dossier. localStorage is
 * synchronous: each change is on disk before the next keystroke, so closing the tab abruptly
 * loses nothing. This module stores and lists raw JSON only; reading a dossier for real (with
 * validation and migration) is `dossier-repository.ts`'s job, loaded with the wizard.
 */
export const KEY_PREFIX = 'habilitation-impot-particulier/dossier/';

export interface DossierListEntry {
  id: string;
  title: string;
  updatedAt: string | null;
  organisationName: string | null;
  /** True when the stored text cannot even be read as a dossier. */
  unreadable: boolean;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let lastWriteError: string | null = null;

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}

// Another tab changed a dossier: refresh what this one shows.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith(KEY_PREFIX)) notify();
  });
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on mere access when storage is disabled.
    return null;
  }
}

export function storageProblem(): string | null {
  return lastWriteError;
}

export function readRaw(id: string): string | null {
  return storage()?.getItem(KEY_PREFIX + id) ?? null;
}

/** Writes a dossier; returns false (and remembers why) when the browser refuses. */
export function writeDossier(dossier: Dossier): boolean {
  const store = storage();
  try {
    if (!store) throw new Error('unavailable');
    store.setItem(KEY_PREFIX + dossier.id, JSON.stringify(dossier));
    lastWriteError = null;
  } catch (error) {
    lastWriteError =
      error instanceof DOMException && /quota/i.test(error.name)
        ? "L'espace de stockage du navigateur est plein : vos dernières modifications ne sont pas enregistrées. Exportez le dossier maintenant."
        : "Ce navigateur n'enregistre pas les données (navigation privée ou stockage désactivé) : vos réponses seront perdues à la fermeture. Exportez le dossier régulièrement.";
  }
  notify();
  return lastWriteError === null;
}

/** Saves a changed dossier, stamping the time of the change. */
export function saveDossier(dossier: Dossier, now: Date = new Date()): Dossier {
  const saved = { ...dossier, updatedAt: now.toISOString() };
  writeDossier(saved);
  return saved;
}

export function removeDossier(id: string): void {
  storage()?.removeItem(KEY_PREFIX + id);
  notify();
}

function summarise(id: string, raw: string): DossierListEntry {
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    const organisation = value.organisation as Record<string, unknown> | undefined;
    return {
      id,
      title: typeof value.title === 'string' && value.title.trim() ? value.title : 'Dossier sans titre',
      updatedAt: typeof value.updatedAt === 'string' ? value.updatedAt : null,
      organisationName: typeof organisation?.name === 'string' && organisation.name.trim() ? organisation.name : null,
      unreadable: false,
    };
  } catch {
    return { id, title: 'Dossier illisible', updatedAt: null, organisationName: null, unreadable: true };
  }
}

let cachedList: { signature: string; entries: DossierListEntry[] } | null = null;

/** Every stored dossier, most recently changed first. Stable between changes (for React). */
export function listDossiers(): DossierListEntry[] {
  const store = storage();
  if (!store) return [];
  const raws: [string, string][] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(KEY_PREFIX)) raws.push([key.slice(KEY_PREFIX.length), store.getItem(key) ?? '']);
  }
  const signature = raws.map(([id, raw]) => `${id}:${raw.length}:${raw.slice(-60)}`).sort().join('|');
  if (cachedList?.signature === signature) return cachedList.entries;
  const entries = raws
    .map(([id, raw]) => summarise(id, raw))
    .sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
  cachedList = { signature, entries };
  return entries;
}

export function newDossierId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `d-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function defaultTitle(now: Date = new Date()): string {
  return `Demande du ${now.toLocaleDateString('fr-FR')}`;
}

export function createDossier(title = defaultTitle()): Dossier {
  const dossier = newDossier(newDossierId(), title);
  writeDossier(dossier);
  return dossier;
}

/** Copies the stored text as is, so that even a dossier this version cannot read is kept whole. */
export function duplicateDossier(id: string): string | null {
  const raw = readRaw(id);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    const now = new Date().toISOString();
    const copy = { ...value, id: newDossierId(), title: `Copie de ${String(value.title ?? 'dossier')}`.slice(0, 300), createdAt: now, updatedAt: now };
    writeDossier(copy as Dossier);
    return copy.id;
  } catch {
    return null;
  }
}

export function renameDossier(id: string, title: string): boolean {
  const raw = readRaw(id);
  if (raw === null) return false;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    return writeDossier({ ...value, title: title.trim().slice(0, 300), updatedAt: new Date().toISOString() } as Dossier);
  } catch {
    return false;
  }
}
