import { createFileRoute } from '@tanstack/react-router';
import { DossierListPage } from '../features/dossiers';

export const Route = createFileRoute('/')({ component: DossierListPage });
