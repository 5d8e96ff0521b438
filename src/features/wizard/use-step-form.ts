import { useEffect } from 'react';
import { useForm, type DefaultValues, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { SectionKey, SectionOf } from '../../domain/dossier/model';
import type { StepId } from '../../domain/steps';
import { sectionSchema } from '../../domain/validation/validate';
import { useDossier } from '../storage/editing';

function withVisited(visited: readonly StepId[], step: StepId): StepId[] {
  return visited.includes(step) ? [...visited] : [...visited, step];
}

/**
 * A react-hook-form form over one section of the dossier. Validation is the step's zod schema,
 * rebuilt at each run because its rules read the rest of the dossier. Every change is written
 * back to the dossier, hence to storage, as it is typed.
 */
export function useStepForm<K extends SectionKey>(key: K, step: StepId) {
  const { dossier, latest, update, today } = useDossier();
  // Not `& FieldValues`: intersecting with its `any` index makes every watched value `any`.
  type Values = SectionOf<K>;

  const resolver: Resolver<Values> = (values, context, options) =>
    (zodResolver(sectionSchema(key, latest(), today) as never) as unknown as Resolver<Values>)(values, context, options);

  const form = useForm<Values>({
    defaultValues: structuredClone(dossier[key]) as DefaultValues<Values>,
    resolver,
    // Errors are first shown by "Continuer" or on arrival at an unfinished step; after that,
    // useLiveValidation decides which field is judged again and when. react-hook-form's own
    // re-validation is off: after a submit it judges every field as it is typed (a half-typed
    // e-mail turns red) and every row a grid gains ("Ajouter une tranche" turned rows red).
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });

  useEffect(() => {
    const subscription = form.watch((values) => {
      update((d) => ({ ...d, [key]: structuredClone(values) as SectionOf<K>, visitedSteps: withVisited(d.visitedSteps, step) }));
    });
    return () => subscription.unsubscribe();
  }, [form, key, step, update]);

  const markVisited = () => update((d) => ({ ...d, visitedSteps: withVisited(d.visitedSteps, step) }));
  return { form, markVisited };
}
