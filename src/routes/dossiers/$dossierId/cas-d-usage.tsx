import { createFileRoute } from '@tanstack/react-router';
import { UseCaseStep } from '../../../features/wizard/steps/use-case/use-case-step';

export const Route = createFileRoute('/dossiers/$dossierId/cas-d-usage')({ component: UseCaseStep });
