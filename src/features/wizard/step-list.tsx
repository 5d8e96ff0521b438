import { Link, useRouterState } from '@tanstack/react-router';
import { useDeferredValue, useMemo } from 'react';
import { STEPS } from '../../domain/steps';
import { stepStatus } from '../../domain/validation/validate';
import { StatusBadge } from '../../ui/status-badge';
import { useDossier } from '../storage';
import { STEP_PATHS } from './step-paths';

/**
 * Every step with its state; any step can be opened at any time. Statuses are computed from a
 * deferred copy of the dossier so that typing never waits for them.
 */
export function StepList() {
  const { dossier, today } = useDossier();
  const deferred = useDeferredValue(dossier);
  const statuses = useMemo(() => STEPS.map((s) => stepStatus(s.id, deferred, today)), [deferred, today]);
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  return (
    <nav className="step-list" aria-label="Étapes de la demande">
      <ol>
        {STEPS.map((step, i) => {
          const current = pathname.endsWith(`/${step.id}`);
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
                <StatusBadge status={statuses[i]!} />
              </Link>
            </li>
          );
        })}
      </ol>
      <p className="step-list-later">
        Ensuite : les documents (projet de délibération, liste de contrôle) et le testeur du bac à sable, dans une prochaine version.
      </p>
    </nav>
  );
}
