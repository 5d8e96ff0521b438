import { METHODS, type MethodId } from '../../domain/catalogue/methods';
import { LEP_SCOPE, SCOPES, YEAR_SCOPES, type Scope, type ScopeKey } from '../../domain/catalogue/scopes';
import type { MethodSection, VendorMethod } from '../../domain/dossier/model';
import { defaultMethodScopes } from '../../domain/vendor/methods';

/**
 * The methods the vendor's software supports, each with the data it needs: ticking a method
 * ticks what minimisation asks for it; the vendor may add or remove data. Years are not offered:
 * they follow each collectivité's campaign; nor the LEP datum, reserved to banks.
 */
const OFFERED = SCOPES.filter((s) => !YEAR_SCOPES.includes(s.key) && s.key !== LEP_SCOPE);

function ScopeBoxes({
  idPrefix,
  scopes,
  entry,
  onToggle,
}: {
  idPrefix: string;
  scopes: readonly Scope[];
  entry: VendorMethod;
  onToggle: (id: MethodId, scope: ScopeKey, on: boolean) => void;
}) {
  return (
    <div className="choices">
      {scopes.map((scope) => {
        const scopeId = `${idPrefix}-${scope.key}`;
        return (
          <div className="choice" key={scope.key}>
            <input id={scopeId} type="checkbox" checked={entry.scopes.includes(scope.key)} onChange={(e) => onToggle(entry.id, scope.key, e.target.checked)} />
            <label htmlFor={scopeId}>{scope.label}</label>
          </div>
        );
      })}
    </div>
  );
}

export function MethodChoices({
  method,
  value,
  onChange,
  error,
}: {
  /** The vendor dossier's method parameters, from which each method's default data follow. */
  method: MethodSection;
  value: readonly VendorMethod[];
  onChange: (methods: VendorMethod[]) => void;
  error: string | null;
}) {
  const chosen = (id: MethodId) => value.find((m) => m.id === id);
  const defaults = (id: MethodId) => defaultMethodScopes(method, id);
  const toggleMethod = (id: MethodId, on: boolean) =>
    onChange(on ? [...value, { id, scopes: defaultMethodScopes(method, id) }] : value.filter((m) => m.id !== id));
  const toggleScope = (id: MethodId, scope: ScopeKey, on: boolean) =>
    onChange(value.map((m) => (m.id !== id ? m : { ...m, scopes: on ? [...m.scopes, scope] : m.scopes.filter((s) => s !== scope) })));

  return (
    <fieldset className={`field fieldset${error ? ' field--error' : ''}`} aria-describedby={`methodes-aide${error ? ' methodes-erreur' : ''}`}>
      <legend className="field-label field-label--large">Méthodes de calcul que votre logiciel sait appliquer</legend>
      <p className="field-hint" id="methodes-aide">
        Cochez chaque méthode prise en charge. Les données qu'elle demande au minimum sont cochées ; ajoutez celles dont votre logiciel a besoin en plus (la
        collectivité devra les justifier). L'année des revenus n'est pas à choisir ici : elle suit le calendrier de chaque collectivité.
      </p>
      {error && (
        <p className="field-error" id="methodes-erreur">
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      )}
      <div className="choices">
        {METHODS.map((m) => {
          const entry = chosen(m.id);
          const id = `methode-${m.id}`;
          return (
            <div key={m.id}>
              <div className="choice">
                <input id={id} type="checkbox" checked={entry !== undefined} onChange={(e) => toggleMethod(m.id, e.target.checked)} />
                <label htmlFor={id}>{m.label}</label>
              </div>
              {entry && (
                <fieldset className="fieldset nested vendor-method-data">
                  <legend className="field-label">Données dont votre logiciel a besoin pour « {m.label} »</legend>
                  <ScopeBoxes idPrefix={id} scopes={OFFERED.filter((s) => defaults(m.id).includes(s.key))} entry={entry} onToggle={toggleScope} />
                  {/* The other data stay in place when ticked, so that focus never jumps. */}
                  <details className="vendor-method-more">
                    <summary>D'autres données, au-delà du minimum de cette méthode</summary>
                    <ScopeBoxes idPrefix={id} scopes={OFFERED.filter((s) => !defaults(m.id).includes(s.key))} entry={entry} onToggle={toggleScope} />
                  </details>
                </fieldset>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
