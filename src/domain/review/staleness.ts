import type { Dossier, ReceivedReview } from '../dossier/model';
import { dossierContent } from '../dossier/content';
import { contentHash } from './content-hash';
import { diffContents, type Change } from './diff';

export type Staleness = { stale: false } | { stale: true; changes: Change[] };

/** Whether the dossier's answers changed since the version the review covers, and how. */
export function staleness(dossier: Dossier, review: ReceivedReview): Staleness {
  if (contentHash(dossierContent(dossier)) === review.dossierHash) return { stale: false };
  const sent = dossier.review.sent.find((s) => s.version === review.dossierVersion && s.hash === review.dossierHash);
  return { stale: true, changes: sent ? diffContents(sent.snapshot, dossierContent(dossier)) : [] };
}
