import type { SectionKey } from '../dossier/model';
import { must } from '../must';
import { STEPS, type StepId } from '../steps';
import type { Path } from '../validation/core';

/**
 * One thing the verdict found in a dossier. Everything that keeps a dossier from being "prêt"
 * is a finding: an unanswered or wrong answer (from the steps' rules), an action still to take
 * outside the tool (create the ProConnect account, have the deliberation voted), a contradiction
 * between steps, or a point the form accepts but an instructor or a DPO would object to.
 */
export type FindingKind =
  /** An answer still to give. */
  | 'missing'
  /** An answer that is wrong, or contradicts another step. */
  | 'invalid'
  /** Something to do outside the tool before filing. */
  | 'pending'
  /** Accepted by the form, but an instructor or a DPO would object. */
  | 'review';

/** "À faire" (missing, invalid, pending) or "À revoir". */
export type FindingLevel = 'todo' | 'review';

export const levelOf = (kind: FindingKind): FindingLevel => (kind === 'review' ? 'review' : 'todo');

/** A field of a step: where a finding is shown, and where it can be fixed. */
export interface Place {
  section: SectionKey;
  path: Path;
}

export interface Finding {
  /** Stable across runs: a point kept with a reason is remembered under this key. */
  key: string;
  kind: FindingKind;
  place: Place;
  message: string;
  /** The other fields involved, on other steps, each a place to fix it too. */
  related: readonly Place[];
  /** Found by the step's own form rules: the form shows it already, as the field's error. */
  byStepForm?: true;
}

/** A finding as the verdict reports it: kept by the user with a reason, or not. */
export interface JudgedFinding extends Finding {
  level: FindingLevel;
  step: StepId;
  /** The user's reason for keeping this point as it is; only ever set on a "review" point. */
  keptReason: string | null;
}

export function stepOfSection(section: SectionKey): StepId {
  return must(
    STEPS.find((s) => s.section === section),
    // Stryker disable next-line StringLiteral: unreachable, every section of a dossier has its step, so this message is never shown.
    `the step of ${section}`,
  ).id;
}

/** Whether a path lies under a prefix (["dpd"] covers ["dpd", "email"]). */
export function startsWith(path: Path, prefix: Path): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent, past the path's end path[i] is undefined, which equals no key of a prefix, so a longer prefix fails anyway.
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}
