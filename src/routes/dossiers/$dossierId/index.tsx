import { createFileRoute, redirect } from '@tanstack/react-router';

export const Route = createFileRoute('/dossiers/$dossierId/')({
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/dossiers/$dossierId/organisation', params, replace: true });
  },
});
