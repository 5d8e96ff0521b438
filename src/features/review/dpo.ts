/** The review feature's entry point for the DPO's review page (its own route). */
export { DpoReviewPage } from './dpo-review-page';
// Styles load with the feature, not with the home page: those the step pages share, then its own.
import '../../styles/pages.css';
import './review.css';
