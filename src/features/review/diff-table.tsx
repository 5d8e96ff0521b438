import type { Change } from '../../domain/review/diff';

/** What changed between two versions, one row per answer. */
export function DiffTable({ changes, caption }: { changes: readonly Change[]; caption: string }) {
  if (changes.length === 0) return <p>Aucune réponse n'a changé.</p>;
  return (
    <div className="table-scroll">
      <table className="diff-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Étape</th>
            <th scope="col">Question</th>
            <th scope="col">Avant</th>
            <th scope="col">Maintenant</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.step}|${c.label}`}>
              <td>{c.stepTitle}</td>
              <th scope="row">{c.label}</th>
              <td>{c.before ?? <span className="answers-empty">Absent</span>}</td>
              <td>{c.after ?? <span className="answers-empty">Retiré</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
