import { createFileRoute } from '@tanstack/react-router';
import { DpoReviewPage } from '../../features/review/dpo';

export const Route = createFileRoute('/revues/$reviewId')({ component: ReviewRoute });

function ReviewRoute() {
  const { reviewId } = Route.useParams();
  return <DpoReviewPage reviewId={reviewId} key={reviewId} />;
}
