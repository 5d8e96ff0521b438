import { get, useFormContext, type RegisterOptions } from 'react-hook-form';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { INCOMPLETE_DATE_MESSAGE } from '../domain/french-errors';
import { fieldId } from './field-id';
import { useFieldWarnings } from './field-warnings';
import { useFieldProblem } from './field-problems';
import { useVendorMark, VendorMarkNote } from './vendor-mark';

/**
 * Form fields bound to the surrounding react-hook-form context. Each gets a label, an optional
 * hint, its error (from the step's zod schema) and its warnings, all tied to the input with
 * aria-describedby so that screen readers announce them.
 */
interface FieldBase {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
}

function useFieldState(name: string) {
  const { register, formState } = useFormContext();
  const error = get<unknown, { message?: string } | undefined>(formState.errors, name);
  // A value that cannot be stored speaks first: it is the one thing that could be lost.
  const problem = useFieldProblem(name);
  const warnings = useFieldWarnings(name);
  const vendor = useVendorMark(name);
  const id = fieldId(name);
  return { register, error: problem ?? error?.message, warnings, id, vendor };
}

type FieldVendorMark = ReturnType<typeof useVendorMark>;

export function describedBy(id: string, hint: boolean, error: boolean, warnings: number, vendor = false): string | undefined {
  const ids = [hint && `${id}-aide`, vendor && `${id}-origine`, error && `${id}-erreur`, warnings > 0 && `${id}-conseil`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldMessages({
  id,
  hint,
  error,
  warnings,
  vendor = null,
}: {
  id: string;
  hint?: ReactNode;
  error?: string;
  warnings: readonly string[];
  vendor?: FieldVendorMark;
}) {
  return (
    <>
      {hint && (
        <div className="field-hint" id={`${id}-aide`}>
          {hint}
        </div>
      )}
      {vendor && <VendorMarkNote id={`${id}-origine`} vendorName={vendor.vendorName} mark={vendor.mark} />}
      {error && (
        <p className="field-error" id={`${id}-erreur`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      )}
      {warnings.length > 0 && (
        <div className="field-warning" id={`${id}-conseil`}>
          {warnings.map((w) => (
            <p key={w}>
              <span className="visually-hidden">Attention : </span>
              {w}
            </p>
          ))}
        </div>
      )}
    </>
  );
}

/** Label, hint, error and warnings above a single input, select or textarea. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  warnings,
  vendor = null,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  warnings: readonly string[];
  vendor?: FieldVendorMark;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} warnings={warnings} vendor={vendor} />
      {children}
    </div>
  );
}

/** A label map ({ oui: 'Oui', non: 'Non' }) as radio choices, in its own order. */
export function choicesOf<K extends string>(labels: Readonly<Record<K, string>>): Choice[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

type InputProps = FieldBase & {
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  width?: 'short' | 'medium' | 'long';
  suffix?: string;
  spellCheck?: boolean;
  options?: RegisterOptions;
};

/**
 * A date field that is only partly typed ("15/05/") holds the empty string: the browser alone
 * knows something was typed. This reads its word on it, so the user is told, not left to find
 * the date missing later.
 */
function useHalfTypedDate(isDate: boolean) {
  const [halfTyped, setHalfTyped] = useState(false);
  const check = (event: SyntheticEvent<HTMLInputElement>) => {
    if (isDate) setHalfTyped(event.currentTarget.validity.badInput);
  };
  return { halfTyped: isDate && halfTyped, check };
}

export function TextField({ name, label, hint, type = 'text', autoComplete, inputMode, width = 'long', suffix, spellCheck, options }: InputProps) {
  const state = useFieldState(name);
  const { register, warnings, id, vendor } = state;
  const { halfTyped, check } = useHalfTypedDate(type === 'date');
  const error = halfTyped ? INCOMPLETE_DATE_MESSAGE : state.error;
  const registered = register(name, options);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} warnings={warnings} vendor={vendor}>
      <div className="input-with-suffix">
        <input
          id={id}
          className={`input input--${width}`}
          type={type}
          autoComplete={autoComplete ?? 'off'}
          inputMode={inputMode}
          spellCheck={spellCheck}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, Boolean(hint), Boolean(error), warnings.length, vendor !== null)}
          {...registered}
          onBlur={(event) => {
            check(event);
            void registered.onBlur(event);
          }}
          onKeyUp={check}
        />
        {suffix && (
          <span className="input-suffix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
    </FieldFrame>
  );
}

export function TextArea({ name, label, hint, rows = 4 }: FieldBase & { rows?: number }) {
  const { register, error, warnings, id, vendor } = useFieldState(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} warnings={warnings} vendor={vendor}>
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error), warnings.length, vendor !== null)}
        {...register(name)}
      />
    </FieldFrame>
  );
}

export function SelectField({ name, label, hint, options }: FieldBase & { options: readonly { value: string; label: string }[] }) {
  const { register, error, warnings, id, vendor } = useFieldState(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} warnings={warnings} vendor={vendor}>
      <select
        id={id}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error), warnings.length, vendor !== null)}
        {...register(name)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** A single choice among a few, as radio buttons in a fieldset whose legend is the question. */
export function RadioGroup({
  name,
  legend,
  hint,
  choices,
  inline = false,
  onValueChange,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  choices: readonly Choice[];
  inline?: boolean;
  onValueChange?: (value: string) => void;
}) {
  const { register, error, warnings, id, vendor } = useFieldState(name);
  const options: RegisterOptions | undefined = onValueChange
    ? { onChange: (event: { target: { value: string } }) => onValueChange(event.target.value) }
    : undefined;
  return (
    <fieldset
      className={`field fieldset${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(id, Boolean(hint), Boolean(error), warnings.length, vendor !== null)}
    >
      <legend className="field-label">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} warnings={warnings} vendor={vendor} />
      <div className={inline ? 'choices choices--inline' : 'choices'}>
        {choices.map((choice, index) => {
          // The first radio carries the group's id, for links that lead to the question. A
          // choice's hint is named after its value, never after that id: `${id}-aide` is the
          // group's hint, and a screen reader read it as the first choice's own.
          const choiceId = index === 0 ? id : `${id}-${choice.value}`;
          const choiceHintId = `${id}-${choice.value}-aide`;
          return (
            <div className="choice" key={choice.value}>
              <input id={choiceId} type="radio" value={choice.value} aria-describedby={choice.hint ? choiceHintId : undefined} {...register(name, options)} />
              <label htmlFor={choiceId}>{choice.label}</label>
              {choice.hint && (
                <div className="choice-hint" id={choiceHintId}>
                  {choice.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A single yes/no statement the user confirms by ticking it. */
export function Checkbox({ name, label, hint }: FieldBase) {
  const { register, error, warnings, id } = useFieldState(name);
  return (
    <div className={`field choice choice--single${error ? ' field--error' : ''}`}>
      {error && (
        <p className="field-error" id={`${id}-erreur`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      )}
      <input
        id={id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error), warnings.length)}
        {...register(name)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div className="choice-hint" id={`${id}-aide`}>
          {hint}
        </div>
      )}
      <FieldMessages id={id} warnings={warnings} />
    </div>
  );
}
