import { createFileRoute } from '@tanstack/react-router';
import { SynthesisStep } from '../../../features/wizard/steps/synthesis/synthesis-step';

export const Route = createFileRoute('/dossiers/$dossierId/synthese')({ component: SynthesisStep });
