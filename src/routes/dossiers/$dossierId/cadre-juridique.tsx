import { createFileRoute } from '@tanstack/react-router';
import { LegalStep } from '../../../features/wizard/steps/legal/legal-step';

export const Route = createFileRoute('/dossiers/$dossierId/cadre-juridique')({ component: LegalStep });
