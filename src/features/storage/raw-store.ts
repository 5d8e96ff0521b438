import { journalRemove, journalWrite } from './durable-journal';

/**
 * The raw layer of the dossiers' storage: texts under keys, the crash journal, the warnings. The
 * dossiers live in the browser's localStorage, one key per dossier. localStorage is
 * synchronous: each change is on disk before the next keystroke, so closing the tab abruptly
 * loses nothing. This module stores raw JSON only (local-store.ts lists and creates dossiers); reading a dossier for real (with
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

/** Removes a dossier and returns its text, so that the removal can be undone. */
export function removeDossier(id: string): string | null {
  const text = readRaw(id);
  memory.delete(id);
  storage()?.removeItem(KEY_PREFIX + id);
  journalRemove(id);
  notify();
  return text;
}

/** Every stored dossier's text by id, those kept only in memory for this session included. */
export function storedTexts(): Map<string, string> {
  const store = storage();
  const raws = new Map<string, string>();
  for (let i = 0; store && i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(KEY_PREFIX)) raws.set(key.slice(KEY_PREFIX.length), store.getItem(key) ?? '');
  }
  for (const [id, raw] of memory) raws.set(id, raw);
  return raws;
}
