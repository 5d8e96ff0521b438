import { useId, useState } from 'react';
import type { MethodSection } from '../../../../domain/dossier/model';
import { simulate } from '../../../../domain/pricing';
import { parseDecimal } from '../../../../domain/validators/number';

/**
 * An example household run through the method as configured, so that a wrong rate or grid shows
 * at once. The example is not part of the dossier.
 */
export function PricingPreview({ method }: { method: MethodSection }) {
  const [income, setIncome] = useState('30 000');
  const [parts, setParts] = useState('3');
  const [dependants, setDependants] = useState('2');
  const id = useId();
  if (method.id === 'residence' || method.id === '') return null;

  const simulation = simulate(method, {
    income: parseDecimal(income) ?? Number.NaN,
    parts: parseDecimal(parts) ?? Number.NaN,
    dependants: parseDecimal(dependants) ?? Number.NaN,
  });

  return (
    <section className="preview" aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`}>Exemple de calcul</h3>
      <p className="field-hint">Simulation sans valeur contractuelle, pour vérifier vos paramètres. Ces montants ne sont pas enregistrés.</p>
      <div className="field-row">
        <p className="field">
          <label className="field-label" htmlFor={`${id}-revenu`}>
            Revenu annuel du foyer
          </label>
          <input id={`${id}-revenu`} className="input input--short" inputMode="decimal" value={income} onChange={(e) => setIncome(e.target.value)} />
        </p>
        <p className="field">
          <label className="field-label" htmlFor={`${id}-parts`}>
            Nombre de parts
          </label>
          <input id={`${id}-parts`} className="input input--short" inputMode="decimal" value={parts} onChange={(e) => setParts(e.target.value)} />
        </p>
        {method.id === 'bareme-cnaf' && (
          <p className="field">
            <label className="field-label" htmlFor={`${id}-enfants`}>
              Enfants à charge
            </label>
            <input id={`${id}-enfants`} className="input input--short" inputMode="numeric" value={dependants} onChange={(e) => setDependants(e.target.value)} />
          </p>
        )}
      </div>
      <output className="preview-result" htmlFor={`${id}-revenu ${id}-parts`}>
        {simulation.ok ? (
          <>
            {simulation.lines.map((line) => (
              <span className="preview-line" key={line}>
                {line}
              </span>
            ))}
            <strong className="preview-line">{simulation.result}</strong>
          </>
        ) : (
          simulation.reason
        )}
      </output>
    </section>
  );
}
