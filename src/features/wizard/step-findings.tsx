import { stepById, type StepId } from '../../domain/steps';
import { countText, stepOfSection, type JudgedFinding, type StepVerdict } from '../../domain/verdict';
import { focusById } from '../../ui/field-id';
import { Notice } from '../../ui/notice';
import { useDossier } from '../storage/editing';
import { fieldTargetId } from './field-target';
import { GoToField } from './steps/synthesis/go-to-field';

/**
 * At the top of a step: what the verdict holds against it beyond the form's own errors, above
 * all what involves another step, with a link to each place where it can be fixed.
 */
export function StepFindings({ stepId, verdict }: { stepId: StepId; verdict: StepVerdict }) {
  // What the form shows as a field's error is not repeated here; what only the verdict finds is.
  const own = verdict.findings.filter((f) => f.keptReason === null && !f.byStepForm);
  const elsewhere = verdict.involved.filter((f) => f.keptReason === null);
  const all = [...own, ...elsewhere];
  if (all.length === 0) return null;
  const review = all.filter((f) => f.level === 'review').length;
  const todo = all.length - review;
  const title = [todo > 0 && countText(todo, 'point à régler', 'points à régler'), review > 0 && countText(review, 'point à revoir', 'points à revoir')]
    .filter(Boolean)
    .join(' et ');
  return (
    <Notice kind="warning" title={`Sur cette étape : ${title}`}>
      <ul>
        {all.map((finding) => (
          <li key={`${finding.key}-${finding.message}`}>
            {finding.message} <Places finding={finding} here={stepId} />
          </li>
        ))}
      </ul>
      {review > 0 && <p>Un point à revoir peut aussi être maintenu tel quel, avec une explication, depuis la synthèse.</p>}
    </Notice>
  );
}

/** Where to fix it: a field of this step is focused in place, another step's is opened. */
function Places({ finding, here }: { finding: JudgedFinding; here: StepId }) {
  const { dossier } = useDossier();
  const places = [finding.place, ...finding.related];
  return (
    <>
      {places.map((place, i) => {
        const step = stepOfSection(place.section);
        const target = fieldTargetId(step, place.path, dossier);
        return (
          <span key={`${place.section}-${place.path.join('.')}`}>
            {i > 0 ? ' – ' : ' '}
            {step === here ? (
              <a
                href={`#${target}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusById(target);
                }}
              >
                Corriger ici
              </a>
            ) : (
              <GoToField step={step} path={place.path}>
                Corriger à l'étape « {stepById(step).title} »
              </GoToField>
            )}
          </span>
        );
      })}
    </>
  );
}
