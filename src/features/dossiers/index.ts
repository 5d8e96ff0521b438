/** What the routes use of the home page. */
export { DossierListPage } from './dossier-list-page';
// Its styles load with it, not with the app's frame.
import './dossiers.css';
