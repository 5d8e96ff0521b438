import { countText, type Verdict } from '../../../../domain/verdict';
import { Notice } from '../../../../ui/notice';
import { GoToField } from './go-to-field';

/** What DataPass's own checks on the data would say, as the verdict found it. */
export function DataRulesView({ data }: { data: Verdict['data'] }) {
  const todo = data.problems.filter((p) => p.level === 'todo');
  return (
    <section aria-labelledby="verdict-donnees">
      <h2 id="verdict-donnees">Règles de DataPass sur les données</h2>
      {todo.length === 0 ? (
        <Notice kind="success">
          <p>
            Les {countText(data.checked, 'donnée cochée respecte', 'données cochées respectent')} les règles de DataPass
            {data.beyondMinimum > 0
              ? `, et ${countText(data.beyondMinimum, 'donnée au-delà du minimum est justifiée', 'données au-delà du minimum sont justifiées')}`
              : ', et se limitent au minimum nécessaire'}
            .
          </p>
        </Notice>
      ) : (
        <Notice kind="error" title="Les données cochées ne passeraient pas DataPass en l'état">
          <ul>
            {todo.map((p) => (
              <li key={`${p.key}-${p.message}`}>
                {p.message}{' '}
                <GoToField step="donnees" path={p.place.path}>
                  Corriger<span className="visually-hidden"> cette donnée</span>
                </GoToField>
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </section>
  );
}
