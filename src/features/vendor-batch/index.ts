/**
 * A vendor's batch in the browser (/editeur/lot), for a vendor without Node: the same files as
 * `npm run batch`, in one zip. The reading and generating code is loaded with the page only.
 */
export { VendorBatchPage } from './batch-page';
