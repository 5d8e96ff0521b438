/**
 * The DataPass requests a project may file, and what the user records of each once it is on
 * DataPass: its number, the day it was filed, its state. Kept apart from the requests' contents
 * (project-requests.ts) so that the dossier's model can name them without loading the forms.
 */
export const REQUEST_KEYS = ['france-connect', 'impot-bac-a-sable', 'impot-production', 'impot-editeur', 'api-particulier-qf', 'api-particulier-eaje'] as const;
export type RequestKey = (typeof REQUEST_KEYS)[number];

/**
 * The states DataPass shows on a request (config/locales/fr.yml, authorization_request.status),
 * with its labels verbatim: "A modifier" is DataPass's spelling; "En cours d'instruction" is what
 * DataPass calls a filed request.
 */
export const REQUEST_STATES = ['brouillon', 'en-instruction', 'a-modifier', 'validee', 'refusee'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_STATE_LABELS: Readonly<Record<RequestState, string>> = {
  brouillon: 'Brouillon',
  'en-instruction': "En cours d'instruction",
  'a-modifier': 'A modifier',
  validee: 'Validée',
  refusee: 'Refusée',
};

/** What the user records of a request; every part may still be blank. */
export interface RequestTracking {
  number: string;
  filedOn: string;
  state: RequestState | '';
}

export const BLANK_TRACKING: RequestTracking = { number: '', filedOn: '', state: '' };

/** DataPass numbers its requests "D" followed by digits (AuthorizationRequest#formatted_id). */
const REQUEST_NUMBER = /^\s*[Dd]?\s*(\d{1,9})\s*$/;

/** "D12345" from "12345", "d 12345" or "D12345"; null when it is not a DataPass request number. */
export function normaliseRequestNumber(typed: string): string | null {
  const match = REQUEST_NUMBER.exec(typed);
  return match ? `D${match[1]}` : null;
}

/** The state as the user reads it, or null when none is recorded. */
export function stateLabel(tracking: RequestTracking | undefined): string | null {
  return tracking?.state ? REQUEST_STATE_LABELS[tracking.state] : null;
}

/** A request DataPass has received: filed, sent back for changes, or decided. */
export function isFiled(tracking: RequestTracking | undefined): boolean {
  const state = tracking?.state;
  return Boolean(state) && state !== 'brouillon';
}

export const REQUEST_NUMBER_MESSAGE =
  'Un numéro de demande DataPass s’écrit « D » suivi de chiffres, par exemple D12345 : il figure en haut de la demande sur DataPass.';
export const FUTURE_FILING_MESSAGE = 'La date de dépôt ne peut pas être postérieure à aujourd’hui.';

/** What is wrong in what the user recorded, by field; nothing is ever thrown away for it. */
export function trackingProblems(t: RequestTracking, today: string): Partial<Record<keyof RequestTracking, string>> {
  const problems: Partial<Record<keyof RequestTracking, string>> = {};
  if (t.number.trim() !== '' && normaliseRequestNumber(t.number) === null) problems.number = REQUEST_NUMBER_MESSAGE;
  // Stryker disable next-line all: an empty date is never greater than today's, so the emptiness check alone changes nothing.
  if (t.filedOn !== '' && t.filedOn > today) problems.filedOn = FUTURE_FILING_MESSAGE;
  return problems;
}
