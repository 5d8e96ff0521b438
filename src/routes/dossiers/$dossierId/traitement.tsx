import { createFileRoute } from '@tanstack/react-router';
import { GdprStep } from '../../../features/wizard/steps/gdpr/gdpr-step';

export const Route = createFileRoute('/dossiers/$dossierId/traitement')({ component: GdprStep });
