/** What the rest of the app may use of the DataPass requests feature. */
export { RequestsPage } from './requests-page';
export { RequestsOverview } from './requests-overview';
export { NextSteps } from './next-steps';
// Styles load with the feature, not with the home page: those the step pages share, then its own.
import '../../styles/pages.css';
import './requests.css';
