import { createFileRoute, redirect } from '@tanstack/react-router';

export const Route = createFileRoute('/dossiers/$dossierId/')({
  beforeLoad: ({ params }) => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router's redirect is thrown by design: beforeLoad stops on it and navigates
    throw redirect({ to: '/dossiers/$dossierId/organisation', params, replace: true });
  },
});
