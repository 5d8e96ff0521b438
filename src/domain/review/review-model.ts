import { z } from '../zod';
import { SCOPE_KEYS } from '../catalogue/scopes';
import { STEP_IDS } from '../steps';
import { OPINIONS, REVIEW_STATUSES } from './review-labels';

/**
 * A DPO's review of one version of a dossier: a status and a comment per step and per datum,
 * and an overall opinion, signed with a name and a date. It travels as a file; there is no
 * server.
 */
const text = (max: number) => z.string().max(max);

export const reviewTargetSchema = z.union([
  z.object({ kind: z.literal('step'), step: z.enum(STEP_IDS) }),
  z.object({ kind: z.literal('datum'), scope: z.enum(SCOPE_KEYS) }),
]);

export const reviewItemSchema = z.object({
  target: reviewTargetSchema,
  status: z.union([z.literal(''), z.enum(REVIEW_STATUSES)]),
  comment: text(10_000),
});

export const reviewSchema = z.object({
  id: text(200).min(1),
  dossierId: text(100).min(1),
  dossierTitle: text(300),
  dossierVersion: z.number().int().min(1),
  /** SHA-256 of the reviewed dossier's content (see content-hash.ts). */
  dossierHash: z.string().regex(/^[0-9a-f]{64}$/),
  reviewerName: text(300),
  date: z.union([z.literal(''), z.iso.date()]),
  opinion: z.union([z.literal(''), z.enum(OPINIONS)]),
  generalComment: text(10_000),
  items: z.array(reviewItemSchema).max(STEP_IDS.length + SCOPE_KEYS.length),
});

export type ReviewTarget = z.infer<typeof reviewTargetSchema>;
export type ReviewItem = z.infer<typeof reviewItemSchema>;
export type Review = z.infer<typeof reviewSchema>;

/** A stable key for a target, to match comments and their "resolved" marks. */
export function targetKey(target: ReviewTarget): string {
  return target.kind === 'step' ? `etape:${target.step}` : `donnee:${target.scope}`;
}
