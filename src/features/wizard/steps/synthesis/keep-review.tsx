import { useId, useState } from 'react';
import { keepReview, unkeepReview, type JudgedFinding } from '../../../../domain/verdict';
import { MIN_JUSTIFICATION_LENGTH } from '../../../../domain/validation/core';
import { useDossier } from '../../../storage/editing';

/**
 * Keeps an "À revoir" point as it is, with a reason the instructor and the DPO will read in the
 * synthesis and the PDF. The reason must say something: a few characters are refused beside the
 * field, and what was typed stays.
 */
export function KeepReview({ finding }: { finding: JudgedFinding }) {
  const { update } = useDossier();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (finding.keptReason !== null) {
    return (
      <div className="finding-kept">
        <p>
          <strong>Maintenu, pour cette raison :</strong> {finding.keptReason}
        </p>
        <button type="button" className="button button--secondary button--small" onClick={() => update((d) => unkeepReview(d, finding.key))}>
          Revenir sur ce choix
        </button>
      </div>
    );
  }

  const keep = () => {
    const length = reason.trim().length;
    if (length < MIN_JUSTIFICATION_LENGTH) {
      setError(`Expliquez pourquoi vous maintenez ce point : au moins ${MIN_JUSTIFICATION_LENGTH} caractères (vous en avez ${length}).`);
      return;
    }
    setError(null);
    update((d) => keepReview(d, finding, reason.trim()));
  };

  return (
    <details className="keep-review">
      <summary>Maintenir ce point tel quel, en expliquant pourquoi</summary>
      <div className={error ? 'field field--error' : 'field'}>
        <label className="field-label" htmlFor={`${id}-raison`}>
          Pourquoi le maintenir ?
        </label>
        <p className="field-hint" id={`${id}-aide`}>
          L'instructeur et le DPD liront cette raison dans la synthèse et la liste de contrôle.
        </p>
        {error && (
          <p className="field-error" id={`${id}-erreur`}>
            {error}
          </p>
        )}
        <textarea
          id={`${id}-raison`}
          rows={3}
          value={reason}
          maxLength={2000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-aide ${id}-erreur` : `${id}-aide`}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <button type="button" className="button button--secondary button--small" onClick={keep}>
        Maintenir ce point
      </button>
    </details>
  );
}
