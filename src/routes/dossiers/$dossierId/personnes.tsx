import { createFileRoute } from '@tanstack/react-router';
import { PeopleStep } from '../../../features/wizard/steps/people/people-step';

export const Route = createFileRoute('/dossiers/$dossierId/personnes')({ component: PeopleStep });
