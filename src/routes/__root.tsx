import { createRootRoute } from '@tanstack/react-router';
import { AppShell, NotFound } from '../app/app-shell';

export const Route = createRootRoute({ component: AppShell, notFoundComponent: NotFound });
