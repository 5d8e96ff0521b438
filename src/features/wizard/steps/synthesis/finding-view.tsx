import { stepOfSection, type JudgedFinding } from '../../../../domain/verdict';
import { stepById } from '../../../../domain/steps';
import { GoToField } from './go-to-field';
import { KeepReview } from './keep-review';

/**
 * One thing keeping an item from being ready: what is wrong, a link to the field, a link to
 * each other step involved, and for an "À revoir" point the means to keep it with a reason.
 */
export function FindingView({ finding, label }: { finding: JudgedFinding; label: string }) {
  return (
    <div className="finding">
      <p className="checklist-todo">
        {finding.message}{' '}
        <GoToField step={finding.step} path={finding.place.path}>
          {finding.level === 'todo' ? 'Compléter' : 'Revoir'}
          <span className="visually-hidden"> : {label}</span>
        </GoToField>
      </p>
      {finding.related.length > 0 && (
        <p className="finding-links">
          À voir aussi :{' '}
          {finding.related.map((place, i) => (
            <span key={`${place.section}-${place.path.join('.')}`}>
              {i > 0 && ', '}
              <GoToField step={stepOfSection(place.section)} path={place.path}>
                étape « {stepById(stepOfSection(place.section)).title} »
              </GoToField>
            </span>
          ))}
        </p>
      )}
      {finding.level === 'review' && <KeepReview finding={finding} />}
    </div>
  );
}
