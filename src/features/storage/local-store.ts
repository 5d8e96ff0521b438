import { newDossier } from '../../domain/dossier/new-dossier';
import { uuidV4 } from '../../domain/sandbox/formats';
import type { Dossier } from '../../domain/dossier/model';
import { readRaw, storedTexts, writeRaw } from './raw-store';

/**
 * The stored dossiers as the pages see them: the list, and creating, copying, renaming and saving
 * one. Apart from the raw layer (raw-store.ts), which the first page loads before anything is drawn.
 */
export { KEY_PREFIX, checkStorage, readRaw, removeDossier, storageProblem, subscribe, watchOtherTabs, writeRaw } from './raw-store';

export interface DossierListEntry {
  id: string;
  title: string;
  updatedAt: string | null;
  organisationName: string | null;
  /** True when the stored text cannot even be read as a dossier. */
  unreadable: boolean;
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
  const raws = storedTexts();
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
