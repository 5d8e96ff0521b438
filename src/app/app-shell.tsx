import { lazy, Suspense } from 'react';
import { Link, Outlet } from '@tanstack/react-router';
import { APP_NAME } from '../ui/app-name';
import { focusById } from '../ui/field-id';
import { whenIdle } from './when-idle';

/**
 * The update notice has nothing to say before the service worker is registered, once the page is
 * loaded and the browser idle: its code comes then, not with the first page. Until it does, its
 * live region is already in place, empty, so that screen readers hear its first message.
 */
const UpdateNotice = lazy(() =>
  whenIdle()
    .then(() => import('./update-notice'))
    .then((module) => ({ default: module.UpdateNotice })),
);
const EMPTY_NOTICE = <p className="update-notice-message" aria-live="polite" aria-atomic="true" />;

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
      <Suspense fallback={EMPTY_NOTICE}>
        <UpdateNotice />
      </Suspense>
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
