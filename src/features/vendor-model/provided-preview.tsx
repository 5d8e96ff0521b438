import { Link } from '@tanstack/react-router';
import type { Dossier, VendorProvided } from '../../domain/dossier/model';
import { VENDOR_FIELDS, valueAt } from '../../domain/vendor/fields';
import { stepById, STEPS } from '../../domain/steps';
import { STEP_PATHS } from '../../ui/step-paths';

/**
 * What the model will give each collectivité, read from the vendor's dossier, field by field, as
 * the steps name them; an answer left empty is left to each collectivité. Each links to its step,
 * to complete it before exporting.
 */
export function ProvidedPreview({ dossier, provided }: { dossier: Dossier; provided: VendorProvided }) {
  return (
    <dl className="vendor-preview">
      {VENDOR_FIELDS.map((field) => {
        const value = valueAt(provided, [field.section, ...field.path]);
        const step = STEPS.find((s) => s.section === field.section) ?? stepById('organisation');
        return (
          <div className="answers-row" key={`${field.section}.${field.path.join('.')}`}>
            <dt>{field.label}</dt>
            <dd>
              {value === undefined ? (
                <span className="answers-empty">Non renseigné : chaque collectivité y répondra, si la question la concerne</span>
              ) : (
                field.text(value)
              )}
            </dd>
            <dd className="answers-change">
              <Link to={STEP_PATHS[step.id]} params={{ dossierId: dossier.id }}>
                Modifier à l'étape {step.number}
                <span className="visually-hidden"> : {field.label}</span>
              </Link>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
