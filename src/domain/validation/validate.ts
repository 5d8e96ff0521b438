import type { z } from 'zod';
import type { Dossier, SectionKey, SectionOf } from '../dossier/model';
import { isPristine } from '../dossier/new-dossier';
import { STEPS, type StepId, stepById } from '../steps';
import type { IsoDate } from '../dates';
import type { StepStatus } from '../step-status';
import type { Issue, IssueKind, Path, Reporter, RuleContext, Warning } from './core';
import { SECTION_VALIDATION } from './registry';

/**
 * One zod schema per step: the section's shape plus its rules, which may read the rest of the
 * dossier (the data step depends on the method, the GDPR step on the access mode…). The forms
 * use it through react-hook-form's resolver; the step list and the synthesis use `validateSection`.
 */
export function sectionSchema<K extends SectionKey>(key: K, dossier: Dossier, today: IsoDate): z.ZodType<SectionOf<K>> {
  const { schema, rules } = SECTION_VALIDATION[key];
  return schema.superRefine((value, ctx) => {
    const context: RuleContext = { dossier: { ...dossier, [key]: value }, today };
    const add = (kind: IssueKind) => (path: Path, message: string) =>
      ctx.addIssue({ code: 'custom', path: [...path], message, params: { kind } });
    const report: Reporter = { missing: add('missing'), invalid: add('invalid') };
    rules(value, context, report);
  }) as z.ZodType<SectionOf<K>>;
}

export function validateSection<K extends SectionKey>(key: K, dossier: Dossier, today: IsoDate): Issue[] {
  const result = sectionSchema(key, dossier, today).safeParse(dossier[key]);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
    kind: issue.code === 'custom' && issue.params?.kind === 'missing' ? 'missing' : 'invalid',
  }));
}

export function sectionWarnings<K extends SectionKey>(key: K, dossier: Dossier, today: IsoDate): Warning[] {
  return SECTION_VALIDATION[key].warnings(dossier[key], { dossier, today });
}

/**
 * A step neither visited nor answered is "not started"; otherwise it is "complete" when nothing is
 * missing or wrong, "errors" when an answer is wrong, and "in progress" when answers are missing.
 */
function sectionStepStatus(id: StepId, dossier: Dossier, today: IsoDate): StepStatus {
  const section = stepById(id).section!;
  if (!dossier.visitedSteps.includes(id) && isPristine(section, dossier[section])) return 'not-started';
  const issues = validateSection(section, dossier, today);
  if (issues.length === 0) return 'complete';
  return issues.some((i) => i.kind === 'invalid') ? 'errors' : 'in-progress';
}

function synthesisStatus(others: readonly StepStatus[], dossier: Dossier): StepStatus {
  if (!dossier.visitedSteps.includes('synthese') && others.every((s) => s === 'not-started')) return 'not-started';
  if (others.every((s) => s === 'complete')) return 'complete';
  return others.includes('errors') ? 'errors' : 'in-progress';
}

/** Every step's status, each section validated once (the synthesis's follows from the others). */
export function stepStatuses(dossier: Dossier, today: IsoDate): Record<StepId, StepStatus> {
  const statuses = {} as Record<StepId, StepStatus>;
  for (const step of STEPS) if (step.section) statuses[step.id] = sectionStepStatus(step.id, dossier, today);
  statuses.synthese = synthesisStatus(
    STEPS.filter((s) => s.section).map((s) => statuses[s.id]),
    dossier,
  );
  return statuses;
}

export function stepStatus(id: StepId, dossier: Dossier, today: IsoDate): StepStatus {
  return stepById(id).section ? sectionStepStatus(id, dossier, today) : stepStatuses(dossier, today).synthese;
}
