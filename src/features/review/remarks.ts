/** The review feature's entry point for the wizard's steps: the DPO's remarks beside the answers. */
export { StepRemarks, DatumRemarks } from './remark-list';
// Styles load with the feature, not with the home page: those the step pages share, then its own.
import '../../styles/pages.css';
import './review.css';
