import { Link, useRouterState } from '@tanstack/react-router';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { STEPS } from '../../domain/steps';
import { stepStatuses } from '../../domain/validation/validate';
import { StatusBadge } from '../../ui/status-badge';
import { useDossier } from '../storage';
import { STEP_PATHS } from '../../ui/step-paths';
import { useMediaQuery } from '../../ui/use-media-query';

/** Where the step list stops being a column beside the step (as in global.css). */
const NARROW_LAYOUT = '(max-width: 52rem)';

/**
 * On a narrow window (a phone, or a laptop zoomed for reading), the nine steps would fill the
 * first screen above the step itself: there the list folds behind a line naming the current
 * step, and folds again after each move.
 */
function Folding({ summary, pathname, children }: { summary: string; pathname: string; children: ReactNode }) {
  const narrow = useMediaQuery(NARROW_LAYOUT);
  if (!narrow) return children;
  return (
    <details className="step-list-fold" key={pathname}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

/**
 * Every step with its state; any step can be opened at any time. Statuses are computed from a
 * deferred copy of the dossier (none at first), so that neither the first display nor typing
 * waits for the nine validations.
 */
export function StepList() {
  const { dossier, today } = useDossier();
  const deferred = useDeferredValue<typeof dossier | null>(dossier, null);
  const statuses = useMemo(() => (deferred ? stepStatuses(deferred, today) : null), [deferred, today]);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const currentStep = STEPS.find((step) => pathname.endsWith(`/${step.id}`));
  const summary = currentStep ? `Étape ${currentStep.number} sur ${STEPS.length} : ${currentStep.title} – toutes les étapes` : 'Toutes les étapes';

  return (
    <nav className="step-list" aria-label="Étapes de la demande">
      <Folding summary={summary} pathname={pathname}>
        <ol>
          {STEPS.map((step) => {
            const current = step === currentStep;
            return (
              <li key={step.id} className={current ? 'step-list-item step-list-item--current' : 'step-list-item'}>
                <Link to={STEP_PATHS[step.id]} params={{ dossierId: dossier.id }} aria-current={current ? 'step' : undefined}>
                  <span className="step-list-number" aria-hidden="true">
                    {step.number}
                  </span>
                  <span className="step-list-title">
                    <span className="visually-hidden">Étape {step.number} : </span>
                    {step.title}
                  </span>
                  {statuses ? <StatusBadge status={statuses[step.id]} /> : <span className="badge badge--pending" aria-hidden="true">…</span>}
                </Link>
              </li>
            );
          })}
        </ol>
        <h2 className="step-list-heading">Après la synthèse</h2>
        <ul className="step-list-after">
          <li>
            <Link to="/dossiers/$dossierId/documents" params={{ dossierId: dossier.id }} aria-current={pathname.endsWith('/documents') ? 'page' : undefined}>
              Documents et fiche de saisie DataPass
            </Link>
          </li>
          <li>
            <Link to="/dossiers/$dossierId/bac-a-sable" params={{ dossierId: dossier.id }} aria-current={pathname.endsWith('/bac-a-sable') ? 'page' : undefined}>
              Bac à sable : essayer l'API
            </Link>
          </li>
        </ul>
      </Folding>
    </nav>
  );
}
