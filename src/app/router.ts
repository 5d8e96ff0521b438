import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { routeTree } from '../route-tree.gen';
import { NotFound } from './app-shell';
import { ErrorPage } from './error-page';

/**
 * The app's router, the same for the page and for the tests. Every page that breaks, and every
 * address that leads nowhere, gets the tool's own French page: the router's defaults are English.
 */
export function createAppRouter(history: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    defaultPreload: 'intent',
    scrollRestoration: true,
    defaultErrorComponent: ErrorPage,
    defaultNotFoundComponent: NotFound,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
