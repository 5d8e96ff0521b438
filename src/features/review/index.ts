/**
 * The DPO review loop, as the rest of the app uses it: the project lead's panel and remarks,
 * and the DPO's review page. File imports go through review-import.ts, loaded lazily.
 */
export { ReviewPanel } from './review-panel';
export { StepRemarks, DatumRemarks } from './remark-list';
export { DpoReviewPage } from './dpo-review-page';
export { listDrafts, removeDraft, subscribeReviews, type DraftEntry } from './dpo-store';
