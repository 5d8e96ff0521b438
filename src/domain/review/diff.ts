import { summariseDossier } from '../summary';
import type { DossierContent } from '../dossier/content';
import type { StepId } from '../steps';

/**
 * What changed between two versions of a dossier, question by question, as a reader sees the
 * answers (the same rows as the synthesis). A row present on one side only is an addition or
 * a removal (a datum requested or dropped, for instance).
 */
export interface Change {
  step: StepId;
  stepTitle: string;
  label: string;
  before: string | null;
  after: string | null;
}

export function diffContents(before: DossierContent, after: DossierContent): Change[] {
  const old = summariseDossier(before);
  const changes: Change[] = [];
  for (const section of summariseDossier(after)) {
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: summariseDossier gives the same steps whatever the dossier, so the step is always found.
    const previous = old.find((s) => s.step === section.step)?.rows ?? [];
    const labels = [...new Set([...previous.map((r) => r.label), ...section.rows.map((r) => r.label)])];
    for (const label of labels) {
      const a = previous.find((r) => r.label === label);
      const b = section.rows.find((r) => r.label === label);
      const beforeValue = a ? a.value : null;
      const afterValue = b ? b.value : null;
      // A row on one side only counts as null on the other: no change when it has no value either.
      if (beforeValue === afterValue) continue;
      changes.push({ step: section.step, stepTitle: section.title, label, before: beforeValue, after: afterValue });
    }
  }
  return changes;
}
