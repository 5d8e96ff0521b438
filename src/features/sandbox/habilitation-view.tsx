import { scopeByKey, type ScopeKey } from '../../domain/catalogue/scopes';
import type { FilterResult, WithheldField } from '../../domain/sandbox/filter';
import { formatValue } from './format';

function plural(n: number, word: string): string {
  return `${n} ${word}${n > 1 ? 's' : ''}`;
}

function FieldList({ fields }: { fields: readonly { path: string; value: unknown }[] }) {
  return (
    <ul className="sandbox-fields sandbox-fields--inline">
      {fields.map((f) => (
        <li key={f.path}>
          <code>{f.path}</code> = {formatValue(f.value)}
        </li>
      ))}
    </ul>
  );
}

/** Withheld fields grouped by the scope that would open them: one line says why for each group. */
function groups(withheld: readonly WithheldField[]): [ScopeKey | null, WithheldField[]][] {
  const byScope = new Map<ScopeKey | null, WithheldField[]>();
  for (const w of withheld) byScope.set(w.openedBy, [...(byScope.get(w.openedBy) ?? []), w]);
  // Fields no scope opens come last.
  return [...byScope].sort(([a], [b]) => (a === null ? 1 : 0) - (b === null ? 1 : 0));
}

/**
 * The response split the way the DGFiP splits it for a habilitation, field by field with the
 * API's names: on the left what the dossier's ticked data would receive, on the right what would
 * never leave the DGFiP. The plain summary above it says the same in words.
 */
export function HabilitationView({ result }: { result: FilterResult }) {
  return (
    <section aria-labelledby="sandbox-filtre" className="sandbox-filter">
      <h3 id="sandbox-filtre">Champ par champ{result.year !== null ? ` (revenus ${result.year})` : ''}</h3>
      <p>Chaque champ de la réponse, sous le nom que lui donne l'API, et la donnée de DataPass qui l'ouvre.</p>
      <div className="sandbox-columns">
        <div className="sandbox-column sandbox-column--returned">
          <h4>Renvoyé : {plural(result.returnedFields.length, 'champ')}</h4>
          {result.returnedFields.length === 0 ? (
            <p>Aucun champ.</p>
          ) : (
            <>
              <ul className="sandbox-fields">
                {result.returnedFields.map((f) => (
                  <li key={f.path}>
                    <code>{f.path}</code> = {formatValue(f.value)} <span className="sandbox-muted">(« {scopeByKey(f.openedBy).shortLabel} »)</span>
                  </li>
                ))}
              </ul>
              <p className="sandbox-withheld-why">La réponse telle que votre téléservice la recevrait :</p>
              {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a <pre> that scrolls sideways must take the focus to be scrolled with the keyboard (WCAG 2.1.1) */}
              <pre className="sandbox-json" tabIndex={0} aria-label="Réponse filtrée par votre habilitation">
                {JSON.stringify(result.returned, null, 2)}
              </pre>
            </>
          )}
        </div>
        <div className="sandbox-column sandbox-column--withheld">
          <h4>Retenu par la DGFiP : {plural(result.withheld.length, 'champ')}</h4>
          {result.yearCovered ? (
            groups(result.withheld).map(([scope, fields]) => (
              <div key={scope ?? 'aucune'} className="sandbox-withheld-group">
                <p className="sandbox-withheld-why">
                  {scope ? `« ${scopeByKey(scope).shortLabel} » n'est pas cochée :` : 'Aucune donnée DataPass ne les ouvre :'}
                </p>
                <FieldList fields={fields} />
              </div>
            ))
          ) : (
            <FieldList fields={result.withheld} />
          )}
        </div>
      </div>
    </section>
  );
}
