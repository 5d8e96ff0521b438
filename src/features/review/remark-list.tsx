import { useId } from 'react';
import { REVIEW_STATUS_LABELS } from '../../domain/review/review-labels';
import { remarksFor, withRemarkResolved, type Remark } from '../../domain/review/review-state';
import type { ReviewTarget } from '../../domain/review/review-model';
import type { StepId } from '../../domain/steps';
import { useDossier } from '../storage/editing';

/** One remark of the DPO, with the box the project lead ticks once it is dealt with. */
export function RemarkItem({ remark, reviewer }: { remark: Remark; reviewer: string }) {
  const { update } = useDossier();
  const id = useId();
  return (
    <li className={`remark${remark.resolved ? ' remark--resolved' : ''}`}>
      <p className="remark-head">
        {remark.item.status && <span className={`badge badge--remark-${remark.item.status}`}>{REVIEW_STATUS_LABELS[remark.item.status]}</span>}{' '}
        <span className="remark-author">{reviewer || 'Le DPD'}</span>
      </p>
      {remark.item.comment.trim() && <p className="remark-comment">{remark.item.comment}</p>}
      <p className="choice choice--single">
        <input id={id} type="checkbox" checked={remark.resolved} onChange={(e) => update((d) => withRemarkResolved(d, remark.key, e.target.checked))} />
        <label htmlFor={id}>Remarque traitée</label>
      </p>
    </li>
  );
}

/** The DPO's remarks on one step or one datum, where the answer they concern is typed. */
export function TargetRemarks({ target, title }: { target: ReviewTarget; title: string }) {
  const { dossier } = useDossier();
  const found = remarksFor(dossier, target);
  const reviewer = dossier.review.received.at(-1)?.reviewerName ?? '';
  if (found.length === 0) return null;
  const open = found.filter((r) => !r.resolved).length;
  return (
    <section className="remarks" aria-label={title}>
      <p className="remarks-title">
        {title}
        {open > 0 ? ` : ${open} à traiter` : ' : traitées'}
      </p>
      <ul>
        {found.map((r) => (
          <RemarkItem key={r.key} remark={r} reviewer={reviewer} />
        ))}
      </ul>
    </section>
  );
}

export function StepRemarks({ step }: { step: StepId }) {
  return <TargetRemarks target={{ kind: 'step', step }} title="Remarques du délégué à la protection des données sur cette étape" />;
}

export function DatumRemarks({ scope }: { scope: Extract<ReviewTarget, { kind: 'datum' }>['scope'] }) {
  return <TargetRemarks target={{ kind: 'datum', scope }} title="Remarque du DPD sur cette donnée" />;
}
