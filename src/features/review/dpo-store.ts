import type { Review } from '../../domain/review/review-model';
import type { ReviewRequest } from '../../domain/review/review-files';

/**
 * The DPO's side: each review request opened in this browser, with the review being written,
 * kept in localStorage like the dossiers (saved as typed, nothing sent anywhere).
 */
const PREFIX = 'habilitation-impot-particulier/revue/';

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

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function saveDraft(draft: DpoReviewDraft): boolean {
  try {
    store()?.setItem(PREFIX + draft.review.id, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  } finally {
    for (const listener of listeners) listener();
  }
}

/** A stored draft, or null when absent or unreadable (the DPO then opens the request file again). */
export function readDraft(id: string): DpoReviewDraft | null {
  try {
    const raw = store()?.getItem(PREFIX + id);
    if (!raw) return null;
    const draft = JSON.parse(raw) as DpoReviewDraft;
    return draft?.request?.dossier && draft.review?.id === id ? draft : null;
  } catch {
    return null;
  }
}

/** Removes a draft and returns how to put it back. */
export function removeDraft(id: string): (() => void) | null {
  const draft = readDraft(id);
  store()?.removeItem(PREFIX + id);
  for (const listener of listeners) listener();
  return draft ? () => void saveDraft(draft) : null;
}

export interface DraftEntry {
  id: string;
  dossierTitle: string;
  version: number;
  updatedAt: string;
}

let cache: { signature: string; entries: DraftEntry[] } | null = null;

export function listDrafts(): DraftEntry[] {
  const s = store();
  const entries: DraftEntry[] = [];
  for (let i = 0; s && i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const draft = readDraft(key.slice(PREFIX.length));
    if (draft) entries.push({ id: draft.review.id, dossierTitle: draft.request.dossier.title, version: draft.request.dossier.version, updatedAt: draft.updatedAt });
  }
  const signature = entries.map((e) => `${e.id}:${e.updatedAt}`).sort().join('|');
  if (cache?.signature !== signature) cache = { signature, entries: entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
  return cache.entries;
}

/** The request of an earlier version of the same dossier, when the DPO reviewed one here. */
export function previousRequest(request: ReviewRequest): ReviewRequest | null {
  const earlier = listDrafts()
    .map((e) => readDraft(e.id))
    .filter((d): d is DpoReviewDraft => d !== null && d.request.dossier.id === request.dossier.id && d.request.dossier.version < request.dossier.version)
    .sort((a, b) => b.request.dossier.version - a.request.dossier.version);
  return earlier[0]?.request ?? null;
}
