import type { IsoDate } from '../dates';
import type { Dossier } from '../dossier/model';
import { isPristine } from '../dossier/new-dossier';
import { compareWithMinimum } from '../minimisation';
import type { StepStatus } from '../step-status';
import { STEPS, type StepId } from '../steps';
import { MIN_JUSTIFICATION_LENGTH } from '../validation/core';
import { buildChecklist, layChecklist, type ChecklistItem, type ChecklistPart } from './checklist';
import { coherenceFindings } from './coherence';
import { levelOf, stepOfSection, type Finding, type JudgedFinding } from './finding';
import { pendingFindings } from './pending';
import { buildPrecheck, type PrecheckFamily } from './precheck';
import { reviewPoints } from './review-points';
import { ruleFindings } from './rule-findings';

/**
 * The one verdict on a dossier. The step list, the step pages, the synthesis, the documents
 * page and the PDF all read it; none of them judges anything by itself.
 *
 * "ready" means an instructor would accept the request as it stands: nothing "À faire", and
 * every "À revoir" kept with a written reason.
 */
export type VerdictState = 'ready' | 'todo' | 'review';

export interface StepVerdict {
  status: StepStatus;
  /** Unkept "À revoir" points placed on this step. */
  toReview: number;
  /** Findings placed on this step. */
  findings: readonly JudgedFinding[];
  /** Findings placed on another step that this step's answers take part in. */
  involved: readonly JudgedFinding[];
}

export interface Verdict {
  state: VerdictState;
  findings: readonly JudgedFinding[];
  counts: { todo: number; review: number; kept: number };
  steps: Record<StepId, StepVerdict>;
  checklist: readonly ChecklistItem[];
  /** The same items laid out as the DGFiP's sheet: its parts in order, parent items over theirs. */
  checklistParts: readonly ChecklistPart[];
  precheck: readonly PrecheckFamily[];
  /** The data step in figures, for the synthesis and the PDF. */
  data: { checked: number; beyondMinimum: number; problems: readonly JudgedFinding[] };
}

/** A kept point holds while its reason is a real one and the facts have not changed since. */
function keptReason(dossier: Dossier, finding: Finding): string | null {
  if (finding.kind !== 'review') return null;
  const kept = Object.hasOwn(dossier.keptReviews, finding.key) ? dossier.keptReviews[finding.key] : undefined;
  if (!kept || kept.message !== finding.message || kept.reason.trim().length < MIN_JUSTIFICATION_LENGTH) return null;
  return kept.reason.trim();
}

export function findingsOf(dossier: Dossier, today: IsoDate): JudgedFinding[] {
  return [...ruleFindings(dossier, today), ...pendingFindings(dossier), ...coherenceFindings(dossier), ...reviewPoints(dossier, today)].map((f) => ({
    ...f,
    level: levelOf(f.kind),
    step: stepOfSection(f.place.section),
    keptReason: keptReason(dossier, f),
  }));
}

type Step = (typeof STEPS)[number];

function stepVerdict(step: Step, section: NonNullable<Step['section']>, dossier: Dossier, findings: readonly JudgedFinding[]): StepVerdict {
  const own = findings.filter((f) => f.step === step.id);
  const involved = findings.filter((f) => f.step !== step.id && f.related.some((r) => r.section === step.section));
  const toReview = own.filter((f) => f.level === 'review' && f.keptReason === null).length;
  let status: StepStatus;
  if (!dossier.visitedSteps.includes(step.id) && isPristine(section, dossier[section])) status = 'not-started';
  else if (own.some((f) => f.kind === 'invalid')) status = 'errors';
  else if (own.some((f) => f.level === 'todo')) status = 'in-progress';
  else status = 'complete';
  return { status, toReview, findings: own, involved };
}

function synthesisStatus(others: readonly StepVerdict[], dossier: Dossier, state: VerdictState): StepStatus {
  if (!dossier.visitedSteps.includes('synthese') && others.every((s) => s.status === 'not-started')) return 'not-started';
  if (state === 'ready') return 'complete';
  return others.some((s) => s.status === 'errors') ? 'errors' : 'in-progress';
}

const DATA_HEADS = new Set<unknown>(['rules', 'needed', 'justifications', 'scopes', 'method']);

export function buildVerdict(dossier: Dossier, today: IsoDate): Verdict {
  const findings = findingsOf(dossier, today);
  const counts = {
    todo: findings.filter((f) => f.level === 'todo').length,
    review: findings.filter((f) => f.level === 'review' && f.keptReason === null).length,
    kept: findings.filter((f) => f.keptReason !== null).length,
  };
  const state: VerdictState = counts.todo > 0 ? 'todo' : counts.review > 0 ? 'review' : 'ready';

  const steps = {} as Record<StepId, StepVerdict>;
  for (const step of STEPS) if (step.section) steps[step.id] = stepVerdict(step, step.section, dossier, findings);
  const sectionSteps = STEPS.filter((s) => s.section).map((s) => steps[s.id]);
  steps.synthese = { status: synthesisStatus(sectionSteps, dossier, state), toReview: 0, findings: [], involved: [] };

  const checklist = buildChecklist(dossier, findings);
  return {
    state,
    findings,
    counts,
    steps,
    checklist,
    checklistParts: layChecklist(checklist),
    precheck: buildPrecheck(checklist),
    data: {
      checked: dossier.data.scopes.length,
      beyondMinimum: compareWithMinimum(dossier, dossier.data.scopes).extra.length,
      // Stryker disable next-line ConditionalExpression: equivalent, no other step has a field named like the data step's heads (rules, needed, justifications, scopes, method).
      problems: findings.filter((f) => f.place.section === 'data' && f.kind !== 'pending' && DATA_HEADS.has(f.place.path[0])),
    },
  };
}
