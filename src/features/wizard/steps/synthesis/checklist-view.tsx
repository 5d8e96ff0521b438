import { CHECKLIST_CATEGORIES, CHECKLIST_STATUS_LABELS, type ChecklistItem } from '../../../../domain/verdict';
import { FindingView } from './finding-view';

/** The DGFiP's "Liste des éléments à connaître et préparer", each item with its state. */
export function ChecklistView({ checklist }: { checklist: readonly ChecklistItem[] }) {
  return (
    <section aria-labelledby="liste">
      <h2 id="liste">Liste des éléments à connaître et préparer</h2>
      {CHECKLIST_CATEGORIES.map((category) => (
        <div key={category.id} className="checklist-group">
          <h3>{category.label}</h3>
          <ul className="checklist">
            {checklist
              .filter((i) => i.category === category.id)
              .map((item) => (
                <li key={item.id} className={`checklist-item checklist-item--${item.status}`}>
                  <span className={`badge badge--${item.status}`}>{CHECKLIST_STATUS_LABELS[item.status]}</span>
                  <div>
                    <p className="checklist-label">{item.label}</p>
                    {item.detail && <p className="checklist-detail">{item.detail}</p>}
                    {item.findings.map((finding) => (
                      <FindingView key={`${finding.key}-${finding.message}`} finding={finding} label={item.label} />
                    ))}
                  </div>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
