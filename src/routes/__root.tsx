import { createRootRoute } from '@tanstack/react-router';
import { AppShell, NotFound } from '../app/app-shell';
import { ErrorPage } from '../app/error-page';

export const Route = createRootRoute({ component: AppShell, notFoundComponent: NotFound, errorComponent: ErrorPage });
