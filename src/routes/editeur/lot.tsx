import { createFileRoute } from '@tanstack/react-router';
import { VendorBatchPage } from '../../features/vendor-batch';

export const Route = createFileRoute('/editeur/lot')({ component: VendorBatchPage });
