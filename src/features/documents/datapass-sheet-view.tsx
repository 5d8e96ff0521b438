import { buildDataPassSheet } from '../../domain/datapass-sheet';
import type { Dossier } from '../../domain/dossier/model';
import { CopyButton } from './copy-button';

/** The DataPass entry sheet on screen: each DataPass step, each field, its value and a copy button. */
export function DataPassSheetView({ dossier }: { dossier: Dossier }) {
  return (
    <div className="sheet">
      {buildDataPassSheet(dossier).map((step) => (
        <section key={step.id} aria-labelledby={`fiche-${step.id}`} className="sheet-step">
          <h3 id={`fiche-${step.id}`}>{step.title}</h3>
          <dl>
            {step.fields.map((field, i) => (
              <div className="answers-row sheet-row" key={`${field.key ?? field.label}-${i}`}>
                <dt>
                  {field.label}
                  {field.key && <code className="sheet-key">{field.key}</code>}
                </dt>
                <dd>
                  {field.value === null ? (
                    <span className="answers-empty">À compléter dans le dossier</span>
                  ) : field.link ? (
                    <a className="sheet-value sheet-link" href={field.value} target="_blank" rel="noopener noreferrer">
                      Ouvrir DataPass avec ces réponses
                    </a>
                  ) : (
                    <span className="sheet-value">{field.value}</span>
                  )}
                  {field.note && <span className="sheet-note">{field.note}</span>}
                </dd>
                <dd className="sheet-copy">{field.value !== null && !field.instruction && !field.link && <CopyButton value={field.value} label={field.label} />}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
