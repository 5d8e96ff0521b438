import { useEffect, useRef, type FocusEvent } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { flattenErrors } from './flatten-errors';

/** Paths of the errors the step currently shows, as react-hook-form names them. */
export function shownErrorPaths(errors: Parameters<typeof flattenErrors>[0]): string[] {
  return [...new Set(flattenErrors(errors).map((e) => e.path))];
}

/**
 * When a step's fields are judged, so that what is shown stays true without nagging:
 * - nothing is judged before the step is: by "Continuer", or on arrival at a step left
 *   unfinished (`judge`);
 * - a field showing an error is judged again at every change, of itself or of another field
 *   (the end of a period fixes its start), so the error goes as soon as it is fixed;
 * - once the step is judged, a field showing no error is judged when the user leaves it, never
 *   while it is typed: a half-typed e-mail is not wrong yet, nor is a tranche just added.
 *
 * react-hook-form alone re-validates as the user types only after a submit (its isSubmitted), so
 * an error shown on arrival stayed red, fixed, until "Continuer".
 */
export function useLiveValidation<V extends FieldValues>(form: UseFormReturn<V>) {
  const judged = useRef(false);

  useEffect(() => {
    const subscription = form.watch(() => {
      const shown = shownErrorPaths(form.formState.errors);
      if (shown.length > 0) void form.trigger(shown as FieldPath<V>[]);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  return {
    /** Judges the whole step and shows what is wrong (arrival at an unfinished step). */
    judge: () => {
      judged.current = true;
      return form.trigger();
    },
    /** "Continuer" judged the step (react-hook-form has already shown its errors). */
    markJudged: () => {
      judged.current = true;
    },
    /** For the form's onBlur: the field left is judged, once the step has been. */
    onBlur: (event: FocusEvent<HTMLFormElement>) => {
      const name = (event.target as Partial<HTMLInputElement>).name;
      if (judged.current && typeof name === 'string' && name !== '') void form.trigger(name as FieldPath<V>);
    },
  };
}
