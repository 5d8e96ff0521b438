/** What the routes use of the vendor's space: its page, where a vendor exports its model. */
export { VendorModelPage } from './vendor-model-page';
// This feature's styles load with it, not with the first page (the answer rows are the synthesis's).
import '../../styles/pages.css';
