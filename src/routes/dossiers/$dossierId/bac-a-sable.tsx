import { createFileRoute } from '@tanstack/react-router';
import { SandboxPage } from '../../../features/sandbox';

export const Route = createFileRoute('/dossiers/$dossierId/bac-a-sable')({ component: SandboxPage });
