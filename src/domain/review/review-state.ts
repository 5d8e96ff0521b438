import type { Dossier, ReceivedReview } from '../dossier/model';
import { targetKey, type ReviewItem, type ReviewTarget } from './review-model';

/**
 * Where the review loop stands for the project lead: the latest opinion and the comments still
 * to deal with. Whether the dossier changed since is in `staleness.ts`, kept apart because it
 * needs the hash and diff code, which the remarks shown on every step do not.
 */
export function latestReview(dossier: Dossier): ReceivedReview | null {
  return dossier.review.received.at(-1) ?? null;
}

/** An item that asks for something: a comment, or a status other than "conforme". */
export function isRemark(item: ReviewItem): boolean {
  return item.comment.trim() !== '' || item.status === 'a-revoir' || item.status === 'non-conforme';
}

export interface Remark {
  item: ReviewItem;
  key: string;
  resolved: boolean;
}

export function remarks(review: ReceivedReview): Remark[] {
  return review.items.filter(isRemark).map((item) => ({ item, key: targetKey(item.target), resolved: review.resolved.includes(targetKey(item.target)) }));
}

export function remarksFor(dossier: Dossier, target: ReviewTarget): Remark[] {
  const review = latestReview(dossier);
  return review ? remarks(review).filter((r) => r.key === targetKey(target)) : [];
}

export function unresolvedRemarks(dossier: Dossier): Remark[] {
  const review = latestReview(dossier);
  return review ? remarks(review).filter((r) => !r.resolved) : [];
}

/** The dossier with a remark of the latest review marked resolved, or not. */
export function withRemarkResolved(dossier: Dossier, key: string, resolved: boolean): Dossier {
  const review = latestReview(dossier);
  if (!review) return dossier;
  const keys = review.resolved.filter((k) => k !== key);
  const updated = { ...review, resolved: resolved ? [...keys, key] : keys };
  return { ...dossier, review: { ...dossier.review, received: [...dossier.review.received.slice(0, -1), updated] } };
}
