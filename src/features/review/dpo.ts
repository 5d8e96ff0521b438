/** The review feature's entry point for the DPO's review page (its own route). */
export { DpoReviewPage } from './dpo-review-page';
