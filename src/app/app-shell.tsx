import { Link, Outlet } from '@tanstack/react-router';
import { APP_NAME } from '../ui/app-name';
import { focusById } from '../ui/field-id';
import { UpdateNotice } from './update-notice';

/** The frame of every page: skip link, header, main content, footer. */
export function AppShell() {
  return (
    <>
      <a
        className="skip-link"
        href="#contenu"
        onClick={(event) => {
          // The router owns the URL's hash: move focus without touching it.
          event.preventDefault();
          focusById('contenu');
        }}
      >
        Aller au contenu
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="site-name">
            {APP_NAME}
          </Link>
          <p className="site-tagline">Préparer sa demande DataPass, données strictement nécessaires comprises</p>
        </div>
      </header>
      <UpdateNotice />
      <main id="contenu" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Outil libre et indépendant : il n'est pas un service de l'État et ne remplace ni DataPass ni l'avis de votre délégué à la protection des données. Tout
          reste dans votre navigateur.
        </p>
      </footer>
    </>
  );
}

export function NotFound() {
  return (
    <div className="page">
      <h1>Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune page de l'outil. <Link to="/">Revenir à la liste des dossiers</Link>
      </p>
    </div>
  );
}
