/** The verdict on a dossier: what is ready, what is left to do, what an instructor would object to. */
export { buildVerdict, type StepVerdict, type Verdict, type VerdictState } from './verdict';
export { CHECKLIST_ITEMS, type ChecklistCategory, type ChecklistItemId } from './checklist-items';
export type { ChecklistEntry, ChecklistItem, ChecklistPart, ChecklistStatus } from './checklist';
export type { PrecheckControl, PrecheckFamily, PrecheckOutcome } from './precheck';
export { stepOfSection, type Finding, type FindingKind, type FindingLevel, type JudgedFinding, type Place } from './finding';
export { keepReview, unkeepReview } from './keep';
export { CHECKLIST_STATUS_LABELS, PRECHECK_OUTCOME_LABELS, countText } from './labels';
