import { createFileRoute } from '@tanstack/react-router';
import { DossierListPage } from '../features/dossiers/dossier-list-page';

export const Route = createFileRoute('/')({ component: DossierListPage });
