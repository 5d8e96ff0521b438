import { choiceLabel, NO_DATA_RULE_LABELS } from '../../domain/catalogue/choices';
import { INCOME_BASES, methodById } from '../../domain/catalogue/methods';
import { scopeByKey } from '../../domain/catalogue/scopes';
import type { Dossier } from '../../domain/dossier/model';
import { tariffFromResponse } from '../../domain/sandbox/tariff';
import { formatNumber } from '../../domain/validators/number';

/** The dossier's calculation method applied to what the habilitation returns. */
export function TariffPanel({ returned, dossier }: { returned: unknown; dossier: Dossier }) {
  const { method, gdpr } = dossier;
  const outcome = tariffFromResponse(returned, method);
  const incomeMissing = !outcome.ok && outcome.missing.includes(INCOME_BASES[method.incomeBasis].scope);
  return (
    <section aria-labelledby="sandbox-tarif" className="sandbox-tariff">
      <h3 id="sandbox-tarif">Tarif de ce foyer</h3>
      <p className="sandbox-tag">Simulation sans valeur contractuelle</p>
      {method.id && <p>Méthode de votre dossier : {methodById(method.id).label}, appliquée aux seules données que votre habilitation recevrait.</p>}
      {outcome.ok ? (
        <>
          <ul className="sandbox-fields">
            {outcome.inputs.map((input) => (
              <li key={input.field}>
                {scopeByKey(input.scope).shortLabel} (<code>{input.field}</code>) : {formatNumber(input.value)}
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
            <p>Votre dossier prévoit ce cas : {gdpr.noDataRule === 'autre' ? gdpr.noDataRuleOther.trim() || NO_DATA_RULE_LABELS.autre : choiceLabel(NO_DATA_RULE_LABELS, gdpr.noDataRule)}.</p>
          )}
        </>
      )}
    </section>
  );
}
