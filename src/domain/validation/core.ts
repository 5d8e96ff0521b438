import type { Dossier } from '../dossier/model';
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

export interface Reporter {
  missing(path: Path, message: string): void;
  invalid(path: Path, message: string): void;
}

export type SectionRules<S> = (section: S, context: RuleContext, report: Reporter) => void;
export type SectionWarnings<S> = (section: S, context: RuleContext) => Warning[];

export function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** Reports the text as missing when blank; returns whether it was filled. */
export function requireText(report: Reporter, value: string, path: Path, message: string): boolean {
  if (isBlank(value)) {
    report.missing(path, message);
    return false;
  }
  return true;
}

export const MIN_JUSTIFICATION_LENGTH = 20;

/** A justification the instructor can read: present and more than a word or two. */
export function requireJustification(report: Reporter, value: string, path: Path, missingMessage: string): void {
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
export function checkDateYears<S extends Record<string, unknown>>(report: Reporter, section: S, keys: readonly (keyof S & string)[]): void {
  for (const key of keys) {
    const value = section[key];
    if (typeof value !== 'string' || value === '') continue;
    const year = Number(value.slice(0, 4));
    if (!(year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max)) {
      report.invalid([key], `Vérifiez l’année (${value.slice(0, 4)}) : une date entre ${PLAUSIBLE_YEARS.min} et ${PLAUSIBLE_YEARS.max} est attendue.`);
    }
  }
}
