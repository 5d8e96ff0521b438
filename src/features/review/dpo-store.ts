import type { Review } from '../../domain/review/review-model';
import type { ReviewRequest } from '../../domain/review/review-files';

/**
 * The DPO's side: each review request opened in this browser, with the review being written,
 * kept in localStorage like the dossiers (saved as typed, nothing sent anywhere).
 *
 * This module is the light half, for the home page: it writes drafts and lists them without the
 * validation library. What it lists is read field by field, so that a draft changed by hand or
 * by another version of the tool (a title that is not text, a date that is not one) still shows
 * as a line the user can open or remove, and never breaks the page. The review page reads a
 * draft in full, with the schemas of the files (`draft-reader.ts`).
 */
export const DRAFT_PREFIX = 'habilitation-impot-particulier/revue/';

/** Shown for a draft whose title cannot be read. */
export const UNTITLED_DOSSIER = 'Dossier sans titre';

export interface DpoReviewDraft {
  request: ReviewRequest;
  review: Review;
  updatedAt: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();

export function subscribeReviews(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function saveDraft(draft: DpoReviewDraft): boolean {
  try {
    store()?.setItem(DRAFT_PREFIX + draft.review.id, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  } finally {
    notify();
  }
}

/** The stored text of a draft, as it is, or null. */
export function readRawDraft(id: string): string | null {
  try {
    return store()?.getItem(DRAFT_PREFIX + id) ?? null;
  } catch {
    return null;
  }
}

/** Removes a draft and returns how to put it back (exactly as it was stored). */
export function removeDraft(id: string): (() => void) | null {
  const raw = readRawDraft(id);
  try {
    store()?.removeItem(DRAFT_PREFIX + id);
  } catch {
    // Nothing to undo when nothing was removed.
  }
  notify();
  if (raw === null) return null;
  return () => {
    try {
      store()?.setItem(DRAFT_PREFIX + id, raw);
    } catch {
      // The storage refuses: the draft stays removed, as the home page then shows.
    }
    notify();
  };
}

export interface DraftEntry {
  id: string;
  dossierTitle: string;
  version: number;
  /** An instant a Date can be built from, always. */
  updatedAt: string;
}

const EPOCH = new Date(0).toISOString();

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;

function instant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/**
 * The home page's line for a stored draft: null when it is not one of this tool's drafts at all
 * (no review of that id, no version), and read with defaults for what is merely odd.
 */
export function draftEntry(id: string, raw: string): DraftEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const dossier = field(field(value, 'request'), 'dossier');
  const version = field(dossier, 'version');
  if (field(field(value, 'review'), 'id') !== id || typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return null;
  const title = field(dossier, 'title');
  return {
    id,
    dossierTitle: typeof title === 'string' && title.trim() !== '' ? title : UNTITLED_DOSSIER,
    version,
    updatedAt: instant(field(value, 'updatedAt')) ?? instant(field(field(value, 'request'), 'sentAt')) ?? EPOCH,
  };
}

/** The ids of the drafts stored in this browser. */
export function draftIds(): string[] {
  const s = store();
  const ids: string[] = [];
  try {
    for (let i = 0; s && i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(DRAFT_PREFIX)) ids.push(key.slice(DRAFT_PREFIX.length));
    }
  } catch {
    return [];
  }
  return ids;
}

let cache: { signature: string; entries: DraftEntry[] } | null = null;
const read = new Map<string, { raw: string; entry: DraftEntry | null }>();

export function listDrafts(): DraftEntry[] {
  const entries: DraftEntry[] = [];
  for (const id of draftIds()) {
    const raw = readRawDraft(id);
    if (raw === null) continue;
    // React asks again at every render: a draft unchanged since is not parsed again.
    let known = read.get(id);
    if (known?.raw !== raw) {
      known = { raw, entry: draftEntry(id, raw) };
      read.set(id, known);
    }
    if (known.entry) entries.push(known.entry);
  }
  const signature = entries
    .map((e) => `${e.id}:${e.updatedAt}:${e.version}:${e.dossierTitle}`)
    .sort()
    .join('|');
  if (cache?.signature !== signature) cache = { signature, entries: entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
  return cache.entries;
}
