import { createFileRoute } from '@tanstack/react-router';
import { MethodStep } from '../../../features/wizard/steps/method/method-step';

export const Route = createFileRoute('/dossiers/$dossierId/methode')({ component: MethodStep });
