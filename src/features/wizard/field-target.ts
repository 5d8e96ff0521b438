import { scopeRuleOptionsOf, scopeRuleViolations } from '../../domain/catalogue/scope-rules';
import type { Dossier } from '../../domain/dossier/model';
import type { StepId } from '../../domain/steps';
import { fieldId } from '../../ui/field-id';

/** The data step's first group (the years), which also shows the "no year ticked" rule. */
export const YEARS_GROUP_ID = fieldId('groupe-annees');

type Path = string | readonly (string | number)[];

function segments(path: Path): string[] {
  return (typeof path === 'string' ? path.split('.') : path.map(String)).filter((s) => s !== '');
}

/**
 * The id of the element that answers an issue or a summary row, on its step's page: where an
 * error summary link, a synthesis "Compléter" or "Modifier" link, takes the focus. Most paths
 * name their field (["dpd", "email"] → the DPD's e-mail). The data step's do not always: a datum
 * the method needs (["needed", key]) or a datum as such (["scopes", key]) is its checkbox, a
 * DataPass rule (["rules", id]) the first datum it concerns, the data as a whole (["scopes"])
 * their first group. Pure: the dossier tells which data a rule concerns.
 */
export function fieldTargetId(step: StepId, path: Path, dossier: Pick<Dossier, 'data' | 'organisation' | 'method'>): string {
  const [head = '', key] = segments(path);
  if (step !== 'donnees') return fieldId(segments(path));
  switch (head) {
    case 'needed':
      return key ? fieldId(['scopes', key]) : YEARS_GROUP_ID;
    case 'scopes':
      // A zod issue on the list itself names an index, not a datum.
      return key && !/^\d+$/.test(key) ? fieldId(['scopes', key]) : YEARS_GROUP_ID;
    case 'rules': {
      const violation = scopeRuleViolations(dossier.data.scopes, scopeRuleOptionsOf(dossier)).find((v) => v.rule === key);
      const first = violation?.scopes[0];
      return first ? fieldId(['scopes', first]) : YEARS_GROUP_ID;
    }
    case 'justifications':
      return key ? fieldId(['justifications', key]) : YEARS_GROUP_ID;
    case 'dependantBoxes':
      return fieldId('dependantBoxes');
    default:
      return fieldId(head);
  }
}
