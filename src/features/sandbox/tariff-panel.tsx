import { useId } from 'react';
import { choiceLabel, NO_DATA_RULE_LABELS } from '../../domain/catalogue/choices';
import { INCOME_BASES, methodById } from '../../domain/catalogue/methods';
import type { Dossier } from '../../domain/dossier/model';
import { tariffFromResponse } from '../../domain/sandbox/tariff';
import { plainLabel, plainValue } from './plain-facts';

/**
 * The dossier's calculation method applied to what the habilitation returns. The page shows it
 * twice (for the household chosen, and for the last answer), hence a title and ids of its own.
 */
export function TariffPanel({ returned, dossier, title = 'Tarif de ce foyer' }: { returned: unknown; dossier: Dossier; title?: string }) {
  const headingId = useId();
  const { method, gdpr } = dossier;
  const outcome = tariffFromResponse(returned, method);
  const incomeMissing = !outcome.ok && outcome.missing.includes(INCOME_BASES[method.incomeBasis].scope);
  return (
    <section aria-labelledby={headingId} className="sandbox-tariff">
      <h3 id={headingId}>{title}</h3>
      <p className="sandbox-tag">Simulation sans valeur contractuelle</p>
      {method.id && <p>Méthode de votre dossier : {methodById(method.id).label}, appliquée aux seules données que votre habilitation recevrait.</p>}
      {outcome.ok ? (
        <>
          <p className="sandbox-tariff-inputs">Données utilisées :</p>
          <ul className="sandbox-fields">
            {outcome.inputs.map((input) => (
              <li key={input.field}>
                {plainLabel(input.scope)} : {plainValue(input.scope, input.value)}
              </li>
            ))}
          </ul>
          {outcome.situationNote && <p>{outcome.situationNote}</p>}
          <p className="formula">
            {outcome.lines.map((line) => (
              <span className="preview-line" key={line}>
                {line}
              </span>
            ))}
          </p>
          <p className="sandbox-tariff-result">{outcome.result}</p>
        </>
      ) : (
        <>
          <p>{outcome.reason}</p>
          {incomeMissing && gdpr.noDataRule && (
            <p>
              Votre dossier prévoit ce cas :{' '}
              {gdpr.noDataRule === 'autre' ? gdpr.noDataRuleOther.trim() || NO_DATA_RULE_LABELS.autre : choiceLabel(NO_DATA_RULE_LABELS, gdpr.noDataRule)}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
