import { forwardRef, type ReactNode } from 'react';
import { focusById } from './field-id';

export interface SummaryError {
  /** Id of the element to focus. */
  target: string;
  message: string;
}

/**
 * The list of what to fix, shown at the top of a step when Next finds problems. It takes focus
 * so that screen-reader users hear it; each entry moves focus to its field.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: readonly SummaryError[]; children?: ReactNode }>(function ErrorSummary(
  { errors, children },
  ref,
) {
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary-title">
        {errors.length === 1 ? 'Un point est à compléter ou à corriger' : `${errors.length} points sont à compléter ou à corriger`}
      </h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.target}:${e.message}`}>
            <a
              href={`#${e.target}`}
              onClick={(event) => {
                event.preventDefault();
                focusById(e.target);
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
});
