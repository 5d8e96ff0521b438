/**
 * The DPO review loop's entry points, one per place that uses it, so that each page loads only
 * its part: index.ts (this file) for the synthesis panel, remarks.ts for the remarks beside the
 * answers, dpo.ts for the DPO's review page, drafts.ts for the home page's list of open
 * reviews, and review-import.ts for files (loaded lazily).
 */
export { ReviewPanel } from './review-panel';
// Styles load with the feature, not with the home page: those the step pages share, then its own.
import '../../styles/pages.css';
import './review.css';
