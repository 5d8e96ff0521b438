import type { z } from 'zod';
import type { Dossier, SectionKey, SectionOf } from '../dossier/model';
import type { IsoDate } from '../dates';
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
    const add = (kind: IssueKind) => (path: Path, message: string) => ctx.addIssue({ code: 'custom', path: [...path], message, params: { kind } });
    const report: Reporter = {
      missing: add('missing'),
      // Stryker disable next-line StringLiteral: only "missing" is read back (validateSection below); any other kind is an error alike
      invalid: add('invalid'),
    };
    rules(value, context, report);
  });
}

export function validateSection(key: SectionKey, dossier: Dossier, today: IsoDate): Issue[] {
  const result = sectionSchema(key, dossier, today).safeParse(dossier[key]);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, the schemas and rules key fields by strings and indexes, never by symbols; the conversion is there for the Issue type.
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
    // Stryker disable next-line ConditionalExpression: equivalent, only the rules' custom issues carry params.kind (the reporter above), so the code check never decides.
    kind: issue.code === 'custom' && issue.params?.kind === 'missing' ? 'missing' : 'invalid',
  }));
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the section read from the dossier to that section's rules: with a plain SectionKey, TypeScript pairs any section with any rules
export function sectionWarnings<K extends SectionKey>(key: K, dossier: Dossier, today: IsoDate): Warning[] {
  return SECTION_VALIDATION[key].warnings(dossier[key], { dossier, today });
}
