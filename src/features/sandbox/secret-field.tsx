import { get, useFormContext } from 'react-hook-form';
import type { ReactNode } from 'react';
import { describedBy, FieldFrame } from '../../ui/fields';
import { useFieldWarnings } from '../../ui/field-warnings';
import { fieldId } from '../../ui/field-id';

/**
 * A token or a client secret: masked on screen, never offered to autofill. Its value lives in
 * the form's memory only, like every value of the tester; nothing of it is stored.
 */
export function SecretField({ name, label, hint, action }: { name: string; label: ReactNode; hint?: ReactNode; action?: ReactNode }) {
  const { register, formState } = useFormContext();
  const error = get<unknown, { message?: string } | undefined>(formState.errors, name)?.message;
  const warnings = useFieldWarnings(name);
  const id = fieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} warnings={warnings}>
      <div className="sandbox-input-row">
        <input
          id={id}
          className="input input--medium"
          type="password"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, Boolean(hint), Boolean(error), warnings.length)}
          {...register(name)}
        />
        {action}
      </div>
    </FieldFrame>
  );
}
