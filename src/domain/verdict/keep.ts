import type { Dossier } from '../dossier/model';
import type { JudgedFinding } from './finding';

/** Keeps an "À revoir" point as it is, with the reason the instructor will read. */
export function keepReview(dossier: Dossier, finding: Pick<JudgedFinding, 'key' | 'message'>, reason: string): Dossier {
  return { ...dossier, keptReviews: { ...dossier.keptReviews, [finding.key]: { reason, message: finding.message } } };
}

export function unkeepReview(dossier: Dossier, key: string): Dossier {
  const { [key]: _removed, ...rest } = dossier.keptReviews;
  return { ...dossier, keptReviews: rest };
}
