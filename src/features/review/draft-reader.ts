import { z } from '../../domain/zod';
import { contentHash } from '../../domain/review/content-hash';
import { newReview, reviewRequestSchema, type ReviewRequest } from '../../domain/review/review-files';
import { OPINIONS, REVIEW_STATUSES } from '../../domain/review/review-labels';
import { reviewTargetSchema, targetKey, type Review, type ReviewItem } from '../../domain/review/review-model';
import { draftIds, readRawDraft, UNTITLED_DOSSIER, type DpoReviewDraft } from './dpo-store';

/**
 * A stored draft read in full, for the review page and the opening of a request: the request
 * with the schema of its file (the dossier must be whole, and match its hash), the review being
 * written with defaults for anything of the wrong type. A draft may hold text longer than an
 * exported review admits (it is work in progress): the page says so beside the field.
 */
const requestSchema = reviewRequestSchema.extend({
  sentAt: reviewRequestSchema.shape.sentAt.catch(new Date(0).toISOString()),
  dossier: reviewRequestSchema.shape.dossier.extend({ title: reviewRequestSchema.shape.dossier.shape.title.catch(UNTITLED_DOSSIER) }),
});

const itemSchema = z.object({
  target: reviewTargetSchema,
  status: z.union([z.literal(''), z.enum(REVIEW_STATUSES)]).catch(''),
  comment: z.string().catch(''),
});

const writtenSchema = z.object({
  reviewerName: z.string().catch(''),
  date: z.string().catch(''),
  opinion: z.union([z.literal(''), z.enum(OPINIONS)]).catch(''),
  generalComment: z.string().catch(''),
  items: z.array(z.unknown()).catch([]),
});

const instant = z
  .string()
  .refine((s) => Number.isFinite(Date.parse(s)))
  .transform((s) => new Date(Date.parse(s)).toISOString());

/** The items that name a step or a datum, once each (the first kept). */
function itemsOf(values: readonly unknown[]): ReviewItem[] {
  const items = new Map<string, ReviewItem>();
  for (const value of values) {
    const item = itemSchema.safeParse(value);
    if (item.success && !items.has(targetKey(item.data.target))) items.set(targetKey(item.data.target), item.data);
  }
  return [...items.values()];
}

export type DraftReading = { kind: 'ok'; draft: DpoReviewDraft } | { kind: 'absent' } | { kind: 'damaged' };

/** Reads a stored draft; never throws. */
export function openDraft(id: string): DraftReading {
  const raw = readRawDraft(id);
  if (raw === null) return { kind: 'absent' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'damaged' };
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const request = requestSchema.safeParse(record.request);
  if (!request.success) return { kind: 'damaged' };
  // The request was checked against its hash when it was opened; the storage may have changed since.
  if (contentHash(request.data.dossier.content) !== request.data.hash) return { kind: 'damaged' };
  const fresh = newReview(request.data);
  if (fresh.id !== id) return { kind: 'damaged' };
  const written = writtenSchema.catch(writtenSchema.parse({})).parse(record.review);
  const review: Review = { ...fresh, ...written, items: itemsOf(written.items) };
  const updatedAt = instant.safeParse(record.updatedAt);
  return { kind: 'ok', draft: { request: request.data, review, updatedAt: updatedAt.success ? updatedAt.data : request.data.sentAt } };
}

/** A stored draft, or null when absent or unreadable (the DPO then opens the request file again). */
export function readDraft(id: string): DpoReviewDraft | null {
  const reading = openDraft(id);
  return reading.kind === 'ok' ? reading.draft : null;
}

/** The request of an earlier version of the same dossier, when the DPO reviewed one here. */
export function previousRequest(request: ReviewRequest): ReviewRequest | null {
  const earlier = draftIds()
    .map(readDraft)
    .filter((d): d is DpoReviewDraft => d !== null && d.request.dossier.id === request.dossier.id && d.request.dossier.version < request.dossier.version)
    .sort((a, b) => b.request.dossier.version - a.request.dossier.version);
  return earlier[0]?.request ?? null;
}
