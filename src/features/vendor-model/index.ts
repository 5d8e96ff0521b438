/** What the routes use of the vendor's space: its page, where a vendor exports its model. */
export { VendorModelPage } from './vendor-model-page';
