import { createFileRoute } from '@tanstack/react-router';
import { SecurityStep } from '../../../features/wizard/steps/security/security-step';

export const Route = createFileRoute('/dossiers/$dossierId/securite')({ component: SecurityStep });
