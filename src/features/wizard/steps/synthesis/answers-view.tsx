import type { SummarySection } from '../../../../domain/summary';
import { GoToField } from './go-to-field';

/** Every answer, step by step, each with a link to the field that changes it. */
export function AnswersView({ summary }: { summary: readonly SummarySection[] }) {
  return (
    <section aria-labelledby="reponses">
      <h2 id="reponses">Vérifiez vos réponses</h2>
      {summary.map((section) => (
        <div key={section.step} className="answers">
          <h3>{section.title}</h3>
          <dl>
            {section.rows.map((row, i) => (
              <div className="answers-row" key={`${row.label}-${i}`}>
                <dt>{row.label}</dt>
                <dd>{row.value ?? <span className="answers-empty">Non renseigné</span>}</dd>
                <dd className="answers-change">
                  <GoToField step={section.step} path={row.path}>
                    Modifier<span className="visually-hidden"> : {row.label}</span>
                  </GoToField>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
