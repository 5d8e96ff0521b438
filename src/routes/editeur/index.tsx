import { createFileRoute } from '@tanstack/react-router';
import { VendorModelPage } from '../../features/vendor-model';

export const Route = createFileRoute('/editeur/')({ component: VendorModelPage });
