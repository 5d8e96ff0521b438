import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createHashHistory, createRouter } from '@tanstack/react-router';
import { routeTree } from './route-tree.gen';
import { checkStorage } from './features/storage';
import './styles/global.css';

// Hash-based URLs (…/#/dossiers/…) let the static build run from any folder of any host
// without server rewrites, and a reload never asks the server for a page that does not exist.
const router = createRouter({ routeTree, history: createHashHistory(), defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

// Warn before anything is typed if this browser will not keep it (private browsing…).
checkStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
