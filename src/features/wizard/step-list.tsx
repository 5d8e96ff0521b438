import { Link, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { STEPS } from '../../domain/steps';
import { countText } from '../../domain/verdict';
import { StatusBadge } from '../../ui/status-badge';
import { useDossier } from '../storage/editing';
import { STEP_PATHS } from '../../ui/step-paths';
import { useMediaQuery } from '../../ui/use-media-query';
import { useVerdict } from './verdict-context';

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

/** Every step with its state from the verdict, and its points "à revoir"; any step can be opened at any time. */
export function StepList() {
  const { dossier } = useDossier();
  const verdict = useVerdict();
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
                  {verdict ? (
                    <StatusBadge status={verdict.steps[step.id].status} />
                  ) : (
                    <span className="badge badge--pending" aria-hidden="true">
                      …
                    </span>
                  )}
                  {verdict && verdict.steps[step.id].toReview > 0 && (
                    <span className="step-list-review">{countText(verdict.steps[step.id].toReview, 'point à revoir', 'points à revoir')}</span>
                  )}
                </Link>
              </li>
            );
          })}
        </ol>
        <h2 className="step-list-heading">Après la synthèse</h2>
        <ul className="step-list-after">
          <li>
            <Link to="/dossiers/$dossierId/documents" params={{ dossierId: dossier.id }} aria-current={pathname.endsWith('/documents') ? 'page' : undefined}>
              Documents
            </Link>
          </li>
          <li>
            <Link to="/dossiers/$dossierId/demandes" params={{ dossierId: dossier.id }} aria-current={pathname.endsWith('/demandes') ? 'page' : undefined}>
              Vos demandes DataPass
            </Link>
          </li>
          <li>
            <Link
              to="/dossiers/$dossierId/bac-a-sable"
              params={{ dossierId: dossier.id }}
              aria-current={pathname.endsWith('/bac-a-sable') ? 'page' : undefined}
            >
              Bac à sable : essayer l'API
            </Link>
          </li>
        </ul>
      </Folding>
    </nav>
  );
}
