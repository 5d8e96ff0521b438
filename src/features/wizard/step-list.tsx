import { Link, useRouterState } from '@tanstack/react-router';
import { useDeferredValue, useMemo } from 'react';
import { STEPS } from '../../domain/steps';
import { stepStatuses } from '../../domain/validation/validate';
import { StatusBadge } from '../../ui/status-badge';
import { useDossier } from '../storage';
import { STEP_PATHS } from '../../ui/step-paths';

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

  return (
    <nav className="step-list" aria-label="Étapes de la demande">
      <ol>
        {STEPS.map((step) => {
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
    </nav>
  );
}
