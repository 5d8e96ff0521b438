import { useEffect, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { ProjectRequest } from '../../domain/datapass/project-requests';
import { BLANK_TRACKING, trackingProblems, type RequestKey, type RequestTracking } from '../../domain/datapass/request-tracking';
import type { DataPassRequests } from '../../domain/dossier/model';
import { useDossier } from '../storage/editing';

export type TrackingValues = Record<RequestKey, RequestTracking>;

const isBlank = (t: RequestTracking) => t.number.trim() === '' && t.filedOn === '' && t.state === '';

/** What the dossier keeps: the requests something was recorded for, as typed. */
function recorded(values: Partial<TrackingValues>): DataPassRequests {
  const out: DataPassRequests = {};
  for (const [key, t] of Object.entries(values) as [RequestKey, RequestTracking | undefined][]) {
    if (t && !isBlank(t)) out[key] = { number: t.number, filedOn: t.filedOn, state: t.state };
  }
  return out;
}

/**
 * One form over the numbers, dates and states of the project's requests, written back to the
 * dossier as they are typed. A value that is not right yet (a number without its digits, a
 * date in the future) is kept and flagged beside its field.
 */
export function useTrackingForm(requests: readonly ProjectRequest[]) {
  // The page rebuilds the form when the list of requests changes: its keys are fixed for its life.
  const [keys] = useState(() => requests.map((r) => r.key));
  const { update, today } = useDossier();
  const resolver: Resolver<TrackingValues> = (values) => {
    const errors: Record<string, Record<string, { type: string; message: string }>> = {};
    for (const key of keys) {
      const problems = trackingProblems(values[key], today);
      for (const [field, message] of Object.entries(problems)) errors[key] = { ...errors[key], [field]: { type: 'validate', message } };
    }
    return Object.keys(errors).length ? { values: {}, errors: errors as FieldErrors<TrackingValues> } : { values, errors: {} };
  };
  const form = useForm<TrackingValues>({
    // What the domain knows of each request, the production number carried over from the sandbox's.
    defaultValues: Object.fromEntries(requests.map((r) => [r.key, { ...BLANK_TRACKING, ...r.tracking }])) as TrackingValues,
    resolver,
    // Judged when a field is left, then at each change until it is right.
    mode: 'onTouched',
    shouldFocusError: false,
  });

  useEffect(() => {
    const subscription = form.watch((values) => {
      update((d) => ({
        ...d,
        datapassRequests: merged(d.datapassRequests, keys, values as Partial<TrackingValues>),
      }));
    });
    return () => subscription.unsubscribe();
  }, [form, keys, update]);

  return form;
}

/** The dossier's records with those of the shown requests replaced; a request emptied loses its entry. */
function merged(current: DataPassRequests, keys: readonly RequestKey[], values: Partial<TrackingValues>): DataPassRequests {
  const kept = Object.fromEntries(Object.entries(current).filter(([key]) => !keys.includes(key as RequestKey)));
  return { ...kept, ...recorded(values) };
}
