import { useEffect, useRef, type ReactNode } from 'react';
import { stepById, stepHeading, STEPS, type StepId } from '../../domain/steps';
import { APP_NAME } from '../../ui/app-name';
import { focusHeadingAfterNavigation } from '../../ui/focus-heading';
import { useDossier } from '../storage/editing';
import { StepRemarks } from '../review/remarks';
import { focusWhenDrawn, pendingFocusFor } from './pending-focus';

/**
 * A step's page: its document title ("Étape 3 sur 9 – …"), its heading, and focus moved to that
 * heading on arrival (the router does not manage focus), or to the field a link asked for.
 */
export function StepLayout({
  stepId,
  intro,
  hasErrors = false,
  onArrival,
  children,
}: {
  stepId: StepId;
  intro?: ReactNode;
  hasErrors?: boolean;
  onArrival?: (focusTarget: string | null) => void;
  children: ReactNode;
}) {
  const { dossier } = useDossier();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = stepById(stepId);

  useEffect(() => {
    document.title = `${hasErrors ? 'Erreur – ' : ''}${stepHeading(stepId)} – ${dossier.title} – ${APP_NAME}`;
  }, [stepId, dossier.title, hasErrors]);

  useEffect(() => {
    const target = pendingFocusFor(stepId);
    onArrival?.(target);
    if (!target) {
      focusHeadingAfterNavigation(headingRef);
      return;
    }
    return focusWhenDrawn(target, () => headingRef.current?.focus());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on arrival at the step: onArrival changes at each render and must not move the focus again
  }, [stepId]);

  return (
    <article className="step" aria-labelledby="step-heading">
      <p className="step-kicker">
        Étape {step.number} sur {STEPS.length}
      </p>
      <h1 id="step-heading" ref={headingRef} tabIndex={-1}>
        {step.title}
      </h1>
      {intro && <div className="step-intro">{intro}</div>}
      {step.section && <StepRemarks step={stepId} />}
      {children}
    </article>
  );
}
