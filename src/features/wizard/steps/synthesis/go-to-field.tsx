import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { StepId } from '../../../../domain/steps';
import { useDossier } from '../../../storage/editing';
import { fieldTargetId } from '../../field-target';
import { focusFieldOnArrival } from '../../pending-focus';
import { STEP_PATHS } from '../../../../ui/step-paths';

/**
 * A link to a step that lands on one of its fields, ready to be changed: the path is an issue's
 * or a summary row's (["dpd", "email"], ["scopes", key] for a datum, ["justifications", key] for
 * its justification). Without a path, the step opens on its heading.
 */
export function GoToField({ step, path, children }: { step: StepId; path: readonly (string | number)[] | null; children: ReactNode }) {
  const { dossier } = useDossier();
  const target = path === null || path.length === 0 ? null : fieldTargetId(step, path, dossier);
  return (
    <Link to={STEP_PATHS[step]} params={{ dossierId: dossier.id }} onClick={() => target && focusFieldOnArrival(step, target)}>
      {children}
    </Link>
  );
}
