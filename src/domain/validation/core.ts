import type { Dossier, SectionKey, SectionOf } from '../dossier/model';
import type { IsoDate } from '../dates';

/**
 * Vocabulary shared by every step's rules. An issue is either something still to be answered
 * ("missing": the step is in progress) or something answered wrongly ("invalid": the step has
 * errors). Warnings never block; they point at what instructors often reject.
 */
export type Path = readonly (string | number)[];
export type IssueKind = 'missing' | 'invalid';

export interface Issue {
  path: Path;
  message: string;
  kind: IssueKind;
}

export interface Warning {
  path: Path | null;
  message: string;
}

export interface RuleContext {
  /** The dossier, with the section under validation holding the values being edited. */
  dossier: Dossier;
  today: IsoDate;
}

/** What can follow a field's name in a path: an index in a list, a key in an object. */
type SubKey<T> = T extends readonly unknown[] ? number : T extends Record<string, unknown> ? keyof T & string : never;

/**
 * The paths a section's rules may report on, checked by the compiler: a field of the section,
 * then optionally its item or sub-field. Renaming a field breaks every rule and every checklist
 * item that names it.
 */
export type FieldPathOf<S, Extra extends string = never> =
  | { [H in keyof S & string]: readonly [H] | ([SubKey<S[H]>] extends [never] ? never : readonly [H, SubKey<S[H]>, ...(string | number)[]]) }[keyof S & string]
  | ([Extra] extends [never] ? never : readonly [Extra, ...(string | number)[]]);

/** Paths that name no field: what the data step reports about the data as a whole. */
interface ExtraHeads {
  organisation: never;
  useCase: never;
  method: never;
  /** `method`: no method chosen; `rules.<ruleId>`: a DataPass rule; `needed.<scope>`: a datum the method needs. */
  data: 'method' | 'rules' | 'needed';
  legal: never;
  gdpr: never;
  people: never;
  security: never;
}

export type IssuePath<K extends SectionKey> = FieldPathOf<SectionOf<K>, ExtraHeads[K]>;

export interface Reporter<P extends Path = Path> {
  missing(path: P, message: string): void;
  invalid(path: P, message: string): void;
}

export type SectionRules<S, P extends Path = FieldPathOf<S>> = (section: S, context: RuleContext, report: Reporter<P>) => void;
export type SectionWarnings<S> = (section: S, context: RuleContext) => Warning[];

export function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** Reports the text as missing when blank; returns whether it was filled. */
export function requireText<P extends Path>(report: Reporter<P>, value: string, path: P, message: string): boolean {
  if (isBlank(value)) {
    report.missing(path, message);
    return false;
  }
  return true;
}

export const MIN_JUSTIFICATION_LENGTH = 20;

/** A justification the instructor can read: present and more than a word or two. */
export function requireJustification<P extends Path>(report: Reporter<P>, value: string, path: P, missingMessage: string): void {
  if (!requireText(report, value, path, missingMessage)) return;
  const length = value.trim().length;
  if (length < MIN_JUSTIFICATION_LENGTH) {
    report.invalid(
      path,
      `Cette justification est trop courte (${length} caractère${length > 1 ? 's' : ''}) : écrivez au moins ${MIN_JUSTIFICATION_LENGTH} caractères pour que l'instructeur comprenne.`,
    );
  }
}

/** The years an answer's date may plausibly have: anything else is a typing slip (1027, 2207…). */
export const PLAUSIBLE_YEARS = { min: 1950, max: 2100 } as const;

/** Reports each filled date whose year is not plausible, before any rule compares it. */
export function checkDateYears<S extends Record<string, unknown>>(report: Reporter<FieldPathOf<S>>, section: S, keys: readonly (keyof S & string)[]): void {
  for (const key of keys) {
    const value = section[key];
    // A value that is not a date at all has its own message from the section's schema.
    if (typeof value !== 'string' || !/^\d{4}-/.test(value)) continue;
    const year = Number(value.slice(0, 4));
    if (!(year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max)) {
      report.invalid([key], `Vérifiez l’année (${value.slice(0, 4)}) : une date entre ${PLAUSIBLE_YEARS.min} et ${PLAUSIBLE_YEARS.max} est attendue.`);
    }
  }
}
