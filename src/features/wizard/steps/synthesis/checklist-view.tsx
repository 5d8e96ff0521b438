import { CHECKLIST_STATUS_LABELS, type ChecklistItem, type ChecklistPart } from '../../../../domain/verdict';
import { FindingView } from './finding-view';

function ItemRow({ item }: { item: ChecklistItem }) {
  return (
    <li className={`checklist-item checklist-item--${item.status}`}>
      <span className={`badge badge--${item.status}`}>{CHECKLIST_STATUS_LABELS[item.status]}</span>
      <div>
        <p className="checklist-label">{item.label}</p>
        {item.detail && <p className="checklist-detail">{item.detail}</p>}
        {item.findings.map((finding) => (
          <FindingView key={`${finding.key}-${finding.message}`} finding={finding} label={item.label} />
        ))}
      </div>
    </li>
  );
}

/** The DGFiP's "Liste des éléments à connaître et préparer", part by part, each item with its state. */
export function ChecklistView({ parts }: { parts: readonly ChecklistPart[] }) {
  return (
    <section aria-labelledby="liste">
      <h2 id="liste">Liste des éléments à connaître et préparer</h2>
      {parts.map((part) => (
        <div key={part.id} className="checklist-group">
          <h3>{part.label}</h3>
          {part.subheading && <h4>{part.subheading}</h4>}
          <ul className="checklist">
            {part.entries.map((entry) =>
              entry.kind === 'item' ? (
                <ItemRow key={entry.item.id} item={entry.item} />
              ) : (
                <li key={entry.id} className={`checklist-item checklist-item--${entry.status}`}>
                  <span className={`badge badge--${entry.status}`}>{CHECKLIST_STATUS_LABELS[entry.status]}</span>
                  <div>
                    <p className="checklist-label">{entry.label}</p>
                    <ul className="checklist checklist--nested">
                      {entry.items.map((item) => (
                        <ItemRow key={item.id} item={item} />
                      ))}
                    </ul>
                  </div>
                </li>
              ),
            )}
          </ul>
        </div>
      ))}
    </section>
  );
}
