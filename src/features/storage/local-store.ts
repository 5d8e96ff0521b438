import { newDossier } from '../../domain/dossier/new-dossier';
import { uuidV4 } from '../../domain/sandbox/formats';
import type { Dossier } from '../../domain/dossier/model';
import { journalRemove, journalWrite } from './durable-journal';

/**
 * The dossiers live in the browser's localStorage, one key per dossier. localStorage is
 * synchronous: each change is on disk before the next keystroke, so closing the tab abruptly
 * loses nothing. This module stores and lists raw JSON only; reading a dossier for real (with
 * validation and migration) is `dossier-repository.ts`'s job, loaded with the wizard.
 *
 * When the browser refuses to store (private browsing, storage disabled or full), the dossiers
 * are kept in memory for the session, the user is told at once, and export still works.
 */
export const KEY_PREFIX = 'habilitation-impot-particulier/dossier/';
/**
 * The start-up write test uses a key outside the dossiers' prefix: any text may be a dossier's
 * id (an imported file chooses it), so no key under that prefix may be the tool's own.
 */
const CHECK_KEY = 'habilitation-impot-particulier/verification-du-stockage';

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
/** What could not be written to the browser's storage, kept for this session. */
const memory = new Map<string, string>();
let lastWriteError: string | null = null;

const FULL =
  "L'espace de stockage du navigateur est plein : vos dernières modifications ne sont gardées que jusqu'à la fermeture de la page. Exportez le dossier maintenant.";
const UNAVAILABLE =
  "Ce navigateur n'enregistre pas les données (navigation privée ou stockage désactivé) : vos réponses seront perdues à la fermeture de la page. Exportez le dossier avant de partir.";

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

/**
 * Calls back when another tab or window of this browser writes or removes one dossier. The
 * browser sends this event only to the other pages, never to the one that wrote.
 */
export function watchOtherTabs(id: string, onChange: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === KEY_PREFIX + id && event.newValue !== event.oldValue) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on mere access when storage is disabled.
    return null;
  }
}

/** Tries a write once, at start-up, so that the user is warned before typing anything. */
export function checkStorage(): void {
  const store = storage();
  try {
    if (!store) throw new Error('unavailable');
    store.setItem(CHECK_KEY, '1');
    store.removeItem(CHECK_KEY);
  } catch {
    lastWriteError = UNAVAILABLE;
    notify();
  }
}

export function storageProblem(): string | null {
  return lastWriteError;
}

export function readRaw(id: string): string | null {
  return memory.get(id) ?? storage()?.getItem(KEY_PREFIX + id) ?? null;
}

/** Writes a dossier's text; returns false (and remembers why) when the browser refuses. */
export function writeRaw(id: string, text: string): boolean {
  const store = storage();
  try {
    if (!store) throw new Error('unavailable');
    store.setItem(KEY_PREFIX + id, text);
    memory.delete(id);
    lastWriteError = null;
  } catch (error) {
    memory.set(id, text);
    lastWriteError = error instanceof DOMException && /quota/i.test(error.name) ? FULL : UNAVAILABLE;
  }
  // localStorage reaches the disk seconds later: a durable copy survives a browser crash.
  journalWrite(id, text);
  notify();
  return lastWriteError === null;
}

export function writeDossier(dossier: Dossier): boolean {
  return writeRaw(dossier.id, JSON.stringify(dossier));
}

/** Saves a changed dossier, stamping the time of the change. */
export function saveDossier(dossier: Dossier, now: Date = new Date()): Dossier {
  const saved = { ...dossier, updatedAt: now.toISOString() };
  writeDossier(saved);
  return saved;
}

/** Removes a dossier and returns its text, so that the removal can be undone. */
export function removeDossier(id: string): string | null {
  const text = readRaw(id);
  memory.delete(id);
  storage()?.removeItem(KEY_PREFIX + id);
  journalRemove(id);
  notify();
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function filledText(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.trim() ? value.slice(0, max) : null;
}

/** A date the list can show and sort by: a real instant, written as the tool writes it. */
function instant(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 40 && Number.isFinite(Date.parse(value)) ? new Date(value).toISOString() : null;
}

/**
 * What the home list shows of a stored dossier, whatever the stored text holds: a wrong type or
 * an impossible date in one dossier leaves that line plainer, never the whole list broken. Only
 * opening a dossier reads it for real (and offers the repair page when it does not load).
 */
function summarise(id: string, raw: string): DossierListEntry {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  if (!isRecord(value)) return { id, title: 'Dossier illisible', updatedAt: null, organisationName: null, unreadable: true };
  const organisation = isRecord(value.organisation) ? value.organisation : {};
  return {
    id,
    title: filledText(value.title, 300) ?? 'Dossier sans titre',
    updatedAt: instant(value.updatedAt),
    organisationName: filledText(organisation.name, 300),
    unreadable: false,
  };
}

/**
 * The last list built, with the exact stored texts it was built from. The list is rebuilt as soon
 * as one stored text differs in any character, however it was written (this tab, another tab, a
 * test, the browser's tools): no digest, no length, no guessed key that a change could slip past.
 */
let cachedList: { raws: Map<string, string>; entries: DossierListEntry[] } | null = null;

function sameTexts(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, raw] of a) if (b.get(id) !== raw) return false;
  return true;
}

/** Every stored dossier, most recently changed first. Stable between changes (for React). */
export function listDossiers(): DossierListEntry[] {
  const store = storage();
  const raws = new Map<string, string>();
  for (let i = 0; store && i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(KEY_PREFIX)) raws.set(key.slice(KEY_PREFIX.length), store.getItem(key) ?? '');
  }
  for (const [id, raw] of memory) raws.set(id, raw);
  if (cachedList && sameTexts(cachedList.raws, raws)) return cachedList.entries;
  const entries = [...raws].map(([id, raw]) => summarise(id, raw)).sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
  cachedList = { raws, entries };
  return entries;
}

/** One UUID generator for the whole app (crypto.randomUUID is missing on a plain-http intranet). */
export function newDossierId(): string {
  return uuidV4();
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
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a damaged title of another type is copied as JavaScript writes it: the copy is there to be repaired
    const copy = { ...value, id: newDossierId(), title: `Copie de ${String(value.title ?? 'dossier')}`.slice(0, 300), createdAt: now, updatedAt: now };
    writeRaw(copy.id, JSON.stringify(copy));
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
    return writeRaw(id, JSON.stringify({ ...value, title: title.trim().slice(0, 300), updatedAt: new Date().toISOString() }));
  } catch {
    return false;
  }
}
