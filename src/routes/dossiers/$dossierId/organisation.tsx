import { createFileRoute } from '@tanstack/react-router';
import { OrganisationStep } from '../../../features/wizard/steps/organisation/organisation-step';

export const Route = createFileRoute('/dossiers/$dossierId/organisation')({ component: OrganisationStep });
