import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createHashHistory } from '@tanstack/react-router';
import { checkStorage, readRaw, restoreFromJournal, writeRaw } from './features/storage/start-up';
import { createAppRouter, type AppRouter } from './app/router';
import './styles/global.css';

// Hash-based URLs (…/#/dossiers/…) let the static build run from any folder of any host
// without server rewrites, and a reload never asks the server for a page that does not exist.
const router = createAppRouter(createHashHistory());

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}

// Warn before anything is typed if this browser will not keep it (private browsing…).
checkStorage();

// After a browser crash, localStorage may have missed the last seconds of typing: put back the
// durable journal's more recent copies before anything reads them (1 s at most, never failing).
// Should the journal answer later, what it restores is shown by a reload if this page has saved
// nothing yet (so loses nothing); otherwise the lists refresh by themselves.
void restoreFromJournal(readRaw, writeRaw, {
  timeoutMs: 1000,
  onLate: (_restored, pageHasWritten) => {
    if (!pageHasWritten) location.reload();
  },
}).then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
});
