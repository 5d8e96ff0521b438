import { createFileRoute } from '@tanstack/react-router';
import { DataStep } from '../../../features/wizard/steps/data/data-step';

export const Route = createFileRoute('/dossiers/$dossierId/donnees')({ component: DataStep });
