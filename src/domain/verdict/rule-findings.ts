import { SECTION_KEYS, type Dossier } from '../dossier/model';
import type { IsoDate } from '../dates';
import { validateSection } from '../validation/validate';
import { startsWith, type Finding, type Place } from './finding';

/**
 * Rules of one step that read another step's answer: the finding is shown where it is, with a
 * link to the other field, since changing either one fixes it.
 */
const READS_OTHER_STEP: readonly { at: Place; related: Place }[] = [
  { at: { section: 'gdpr', path: ['informationMode'] }, related: { section: 'organisation', path: ['accessMode'] } },
  { at: { section: 'data', path: ['needed'] }, related: { section: 'method', path: ['id'] } },
  { at: { section: 'data', path: ['method'] }, related: { section: 'method', path: ['id'] } },
  { at: { section: 'data', path: ['rules'] }, related: { section: 'organisation', path: ['type'] } },
];

function relatedTo(place: Place): Place[] {
  // Stryker disable next-line ConditionalExpression: equivalent, no other step has a field named like these (informationMode, needed, method, rules), so the path alone already picks the step.
  return READS_OTHER_STEP.filter((r) => r.at.section === place.section && startsWith(place.path, r.at.path)).map((r) => r.related);
}

/** Every step's validation issues, as findings. */
export function ruleFindings(dossier: Dossier, today: IsoDate): Finding[] {
  return SECTION_KEYS.flatMap((section) =>
    validateSection(section, dossier, today).map((issue) => {
      const place = { section, path: issue.path };
      // An answer still missing concerns its own step only; a wrong one may be fixed on the other.
      const related = issue.kind === 'invalid' ? relatedTo(place) : [];
      return { key: `${section}:${issue.path.join('.')}`, kind: issue.kind, place, message: issue.message, related, byStepForm: true as const };
    }),
  );
}
