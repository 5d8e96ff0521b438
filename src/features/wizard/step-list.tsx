import { Link, useRouterState } from '@tanstack/react-router';
import { useDeferredValue, useMemo } from 'react';
import { STEPS } from '../../domain/steps';
import { stepStatus } from '../../domain/validation/validate';
import { StatusBadge } from '../../ui/status-badge';
import { useDossier } from '../storage';
import { STEP_PATHS } from '../../ui/step-paths';

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
    </nav>
  );
}
