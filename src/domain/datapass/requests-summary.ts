import { formatFrenchDate } from '../dates';
import type { Dossier } from '../dossier/model';
import { projectRequests, type Prerequisite } from './project-requests';
import { normaliseRequestNumber, stateLabel, type RequestState } from './request-tracking';

/** What the synthesis and the checklist PDF say of each DataPass request of the project. */
export interface RequestSummary {
  title: string;
  formName: string;
  formUid: string;
  prerequisites: readonly Prerequisite[];
  /** As DataPass numbers it ("D12345"), as typed when it is not one yet, or null. */
  number: string | null;
  filedOn: string | null;
  stateKey: RequestState | '';
  /** DataPass's label for its state, or null when nothing is recorded. */
  state: string | null;
}

export const NOT_ON_DATAPASS = 'Pas encore sur DataPass';

export function requestsSummary(d: Dossier): RequestSummary[] {
  return projectRequests(d).map((r) => ({
    title: r.title,
    formName: r.formName,
    formUid: r.formUid,
    prerequisites: r.prerequisites,
    number: normaliseRequestNumber(r.tracking.number) ?? (r.tracking.number.trim() || null),
    filedOn: r.tracking.filedOn ? formatFrenchDate(r.tracking.filedOn) : null,
    stateKey: r.tracking.state,
    state: stateLabel(r.tracking),
  }));
}

/** "D12345, déposée le 2 mars 2026 : En cours d'instruction", or "Pas encore sur DataPass". */
export function recordedText(r: RequestSummary): string {
  const facts = [r.number, r.filedOn ? `déposée le ${r.filedOn}` : null].filter(Boolean).join(', ');
  if (!r.state) return facts || NOT_ON_DATAPASS;
  return facts ? `${facts} : ${r.state}` : r.state;
}
