import { STEP_STATUS_LABELS, type StepStatus } from '../domain/step-status';

export function StatusBadge({ status }: { status: StepStatus }) {
  return <span className={`badge badge--${status}`}>{STEP_STATUS_LABELS[status]}</span>;
}
