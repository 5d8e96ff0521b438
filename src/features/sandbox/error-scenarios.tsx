import type { ApiResource } from '../../domain/api/resources';
import { must } from '../../domain/must';
import { uuidV4 } from '../../domain/sandbox/formats';
import type { Habilitation } from '../../domain/sandbox/habilitation';
import { HOUSEHOLDS, mainSpi } from '../../domain/sandbox/households';
import { SIMULATED_RESOURCES } from '../../domain/sandbox/routes';
import { latestIncomeYear } from '../../domain/years';
import type { IsoDate } from '../../domain/dates';
import type { ApiCall } from './client';
import { suggestedYear, type RequestValues } from './request-values';

interface Scenario {
  id: string;
  label: string;
  /** The call's changes, or the reason this dossier cannot produce the error. */
  changes: Partial<ApiCall> | string;
  prepare?: () => void;
  burst?: boolean;
}

/** A granted resource that takes a year, so that each scenario fails for its own reason only. */
export function workingResource(habilitation: Habilitation): ApiResource {
  const granted = SIMULATED_RESOURCES.filter((r) => habilitation.resources.includes(r.id));
  return granted.find((r) => r.takesYear) ?? granted[0] ?? must(SIMULATED_RESOURCES[0], 'a simulated resource');
}

function scenarios(habilitation: Habilitation, day: IsoDate, expireTokens: () => void, token: string): Scenario[] {
  const resource = workingResource(habilitation);
  const household = HOUSEHOLDS[0];
  const spiAllowed = habilitation.modes.includes('spi');
  const base: Partial<ApiCall> = {
    resource,
    mode: spiAllowed ? 'spi' : 'france-connect',
    spi: mainSpi(household),
    franceConnectToken: household.franceConnectToken,
    year: String(suggestedYear(habilitation, day)),
    token,
  };
  const spiOnly = spiAllowed ? null : 'Votre dossier prévoit FranceConnect : le numéro fiscal n’y est pas envoyé.';
  const yearOnly = resource.takesYear ? null : 'La ressource de votre dossier ne prend pas d’année.';
  const refused = SIMULATED_RESOURCES.find((r) => !habilitation.resources.includes(r.id));
  const variant = (blocked: string | null, changes: Partial<ApiCall>) => blocked ?? { ...base, ...changes };
  return [
    { id: 'spi-mal-forme', label: 'Numéro fiscal mal formé (400, code 4001)', changes: variant(spiOnly, { mode: 'spi', spi: '399999900011' }) },
    { id: 'annee-mal-formee', label: 'Année mal formée (400, code 4002)', changes: variant(yearOnly, { year: '25' }) },
    { id: 'spi-inconnu', label: 'Numéro fiscal inconnu (410, code 4102)', changes: variant(spiOnly, { mode: 'spi', spi: '3999999999990' }) },
    { id: 'annee-non-taxee', label: 'Année pas encore taxée (410, code 4101)', changes: variant(yearOnly, { year: String(latestIncomeYear(day) + 1) }) },
    { id: 'sans-jeton', label: 'Appel sans jeton (401)', changes: { ...base, token: '' } },
    { id: 'jeton-expire', label: 'Jeton expiré (401) : il faudra ensuite en obtenir un nouveau', changes: base, prepare: expireTokens },
    {
      id: 'ressource-non-accordee',
      label: `Ressource non accordée (403) : ${refused?.label ?? ''}`,
      changes: refused ? { ...base, resource: refused } : 'Votre dossier ouvre toutes les ressources simulées.',
    },
    { id: 'quota', label: 'Quota dépassé (429) : appels répétés jusqu’au refus', changes: base, burst: true },
  ];
}

interface ErrorScenariosProps {
  habilitation: Habilitation;
  day: IsoDate;
  expireTokens: () => void;
  values: RequestValues;
  busy: boolean;
  send: (v: RequestValues, changes: Partial<ApiCall>) => Promise<unknown>;
  exceedQuota: (v: RequestValues, changes: Partial<ApiCall>) => Promise<void>;
  /** Called once the answer is in, to bring it into view. */
  onAnswered: () => void;
}

/** One click per documented error, each sent to the local sandbox as a real request would be. */
export function ErrorScenarios({ habilitation, day, expireTokens, values, busy, send, exceedQuota, onAnswered }: ErrorScenariosProps) {
  const v: RequestValues = { ...values, target: 'local' };
  return (
    <section aria-labelledby="sandbox-erreurs">
      <h2 id="sandbox-erreurs">Essayer une erreur</h2>
      <p>
        Chaque bouton envoie au bac à sable local une requête qui provoque l'erreur, avec une nouvelle corrélation ; la page descend ensuite jusqu'à la réponse,
        expliquée.
      </p>
      <ul className="sandbox-scenarios">
        {scenarios(habilitation, day, expireTokens, values.localToken.trim()).map((s) => (
          <li key={s.id}>
            {typeof s.changes === 'string' ? (
              <p className="sandbox-muted">
                {s.label} : {s.changes}
              </p>
            ) : (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={busy}
                onClick={() => {
                  const changes = { ...(s.changes as Partial<ApiCall>), correlationId: uuidV4() };
                  s.prepare?.();
                  void (s.burst ? exceedQuota(v, changes) : send(v, changes)).then(onAnswered);
                }}
              >
                {s.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
