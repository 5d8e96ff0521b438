import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { StepId } from '../../../../domain/steps';
import { fieldId } from '../../../../ui/field-id';
import { useDossier } from '../../../storage';
import { focusFieldOnArrival } from '../../pending-focus';
import { STEP_PATHS } from '../../../../ui/step-paths';

/** A link to a step that lands on one of its fields, ready to be changed. */
export function GoToField({ step, path, children }: { step: StepId; path: readonly (string | number)[] | null; children: ReactNode }) {
  const { dossier } = useDossier();
  // The data step's issues point at checkboxes, whose ids name the scope.
  const target = path === null ? null : path[0] === 'needed' ? fieldId(['scopes', path[1] ?? '']) : fieldId(path);
  return (
    <Link to={STEP_PATHS[step]} params={{ dossierId: dossier.id }} onClick={() => target && focusFieldOnArrival(target)}>
      {children}
    </Link>
  );
}
