import { dossierSchema } from './model';

/**
 * Why a dossier could not be stored, one line per value, in the words shown beside the field.
 * Storage uses the schema that loading uses, so that a value which would not load back is never
 * written: it stays on the page with its message, and the last loadable version stays stored.
 */
export interface StorageProblem {
  path: readonly (string | number)[];
  message: string;
  /** The value must be a text (a wrong type's expected kind, as the schema says). */
  expectsText: boolean;
}

export function storageProblems(dossier: unknown): StorageProblem[] {
  const result = dossierSchema.safeParse(dossier);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    // Stryker disable next-line all: a dossier read from JSON has no symbol keys, so no path holds one; the map is there for TypeScript.
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
    // Stryker disable next-line ConditionalExpression: equivalent, only a wrong type has an expected kind, and the other issues on a text (too short, wrong format) are about a stored text, which the repair reads as text anyway.
    expectsText: (issue.code === 'invalid_type' && issue.expected === 'string') || (issue.code === 'too_big' && issue.origin === 'string'),
  }));
}

/**
 * The problems under one part of the dossier (a section, the DataPass requests), by field path
 * within it ("dpd.email"), as the fields of the page that edits that part look them up.
 */
export function problemsUnder(problems: readonly StorageProblem[], head: string): Map<string, string> {
  const byField = new Map<string, string>();
  for (const p of problems) if (p.path[0] === head && p.path.length > 1) byField.set(p.path.slice(1).join('.'), p.message);
  return byField;
}
