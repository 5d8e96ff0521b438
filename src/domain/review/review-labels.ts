/**
 * The DPO's vocabulary: a status for each step and each datum, and an overall opinion. Kept
 * apart from the zod model so that light screens can show the labels.
 */
export const REVIEW_STATUSES = ['conforme', 'a-revoir', 'non-conforme'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  conforme: 'Conforme',
  'a-revoir': 'À revoir',
  'non-conforme': 'Non conforme',
};

export const OPINIONS = ['favorable', 'favorable-avec-reserves', 'defavorable'] as const;
export type Opinion = (typeof OPINIONS)[number];

export const OPINION_LABELS: Record<Opinion, string> = {
  favorable: 'Avis favorable',
  'favorable-avec-reserves': 'Avis favorable avec réserves',
  defavorable: 'Avis défavorable',
};
