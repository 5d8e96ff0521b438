/**
 * The review feature's light entry point: the list of reviews a DPO has open in this browser,
 * for the home page, without the review screens and their validation code.
 */
export { listDrafts, removeDraft, subscribeReviews, type DraftEntry } from './dpo-store';
