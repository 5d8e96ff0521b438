/** What the rest of the app may use of the DataPass requests feature. */
export { RequestsPage } from './requests-page';
export { RequestsOverview } from './requests-overview';
export { NextSteps } from './next-steps';
