import type { SheetField, SheetStep } from '../../domain/datapass-sheet';
import { CopyButton } from '../../ui/copy-button';

/** Rows of a DataPass entry sheet: the field, its DataPass key, the value to type and a copy button. */
export function SheetRows({ fields }: { fields: readonly SheetField[] }) {
  return (
    <dl>
      {fields.map((field, i) => (
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
  );
}

/** A whole DataPass entry sheet on screen, step by step. `idPrefix` keeps ids unique when several are shown. */
export function SheetView({ steps, idPrefix }: { steps: readonly SheetStep[]; idPrefix: string }) {
  return (
    <div className="sheet">
      {steps.map((step) => (
        <section key={step.id} aria-labelledby={`${idPrefix}-${step.id}`} className="sheet-step">
          <h4 id={`${idPrefix}-${step.id}`}>{step.title}</h4>
          <SheetRows fields={step.fields} />
        </section>
      ))}
    </div>
  );
}
