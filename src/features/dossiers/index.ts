/** What the routes use of the home page. */
export { DossierListPage } from './dossier-list-page';
