import { createFileRoute } from '@tanstack/react-router';
import { RequestsPage } from '../../../features/requests';

export const Route = createFileRoute('/dossiers/$dossierId/demandes')({ component: RequestsPage });
