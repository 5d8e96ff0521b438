import { createFileRoute } from '@tanstack/react-router';
import { WizardLayout } from '../../features/wizard';

export const Route = createFileRoute('/dossiers/$dossierId')({ component: DossierRoute });

function DossierRoute() {
  const { dossierId } = Route.useParams();
  return <WizardLayout dossierId={dossierId} />;
}
