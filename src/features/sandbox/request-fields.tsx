import { resourceById } from '../../domain/api/resources';
import { ACCESS_MODES } from '../../domain/catalogue/software';
import { formatFrenchDate, type IsoDate } from '../../domain/dates';
import type { Habilitation } from '../../domain/sandbox/habilitation';
import { SIMULATED_RESOURCES } from '../../domain/sandbox/routes';
import { latestIncomeYear } from '../../domain/years';
import { Checkbox, RadioGroup, SelectField, TextField } from '../../ui/fields';
import { Notice } from '../../ui/notice';
import type { RequestValues } from './request-values';
import { SecretField } from './secret-field';
import { ExplanationNotice } from './explanation-notice';
import { TERMS } from './header-terms';
import { householdNames } from './household-label';
import { TechnicalDetails } from './technical-details';
import type { TokenState } from './use-sandbox-session';

function RealSandboxFields({ useRelay }: { useRelay: boolean }) {
  return (
    <fieldset className="fieldset sandbox-fieldset">
      <legend className="field-label field-label--large">Bac à sable de la DGFiP</legend>
      <Notice>
        <p>
          L'hôte, les identifiants et le jeton restent dans la mémoire de cette page : ils ne sont ni enregistrés, ni exportés, ni mis dans un document, et ne
          partent que vers l'hôte indiqué.
        </p>
      </Notice>
      <TextField
        name="host"
        type="url"
        label="Hôte de la passerelle"
        hint="Donné dans votre compte APIM, par exemple https://passerelle.exemple.fr. L'outil ajoute /impotparticulier/1.0."
      />
      <Checkbox
        name="useRelay"
        label="Passer par le relais local"
        hint="Si la passerelle refuse les appels venant d'un navigateur (CORS), le relais lancé sur votre poste (npm run relay) les transmet, sans aucun intermédiaire."
      />
      {useRelay && <TextField name="relayPort" label="Port du relais" inputMode="numeric" width="short" />}
      <div className="field-row">
        <TextField name="clientId" label="Identifiant client (client id)" hint="Facultatif si vous collez directement un jeton." />
        <SecretField name="clientSecret" label="Secret client (client secret)" hint="Gardé en mémoire le temps de la page, jamais enregistré." />
      </div>
    </fieldset>
  );
}

interface RequestFieldsProps {
  values: RequestValues;
  habilitation: Habilitation;
  day: IsoDate;
  tokenState: TokenState;
  busy: boolean;
  onObtainToken: () => void;
  onNewCorrelationId: () => void;
  /** The headers' disclosure: the page opens it when something in it needs the user. */
  headersOpen: boolean;
  onHeadersOpenChange: (open: boolean) => void;
}

/** The request builder: where to send, what to ask, and with which headers. */
export function RequestFields({
  values,
  habilitation,
  day,
  tokenState,
  busy,
  onObtainToken,
  onNewCorrelationId,
  headersOpen,
  onHeadersOpenChange,
}: RequestFieldsProps) {
  const local = values.target === 'local';
  const resource = resourceById(values.resourceId);
  // The local token's news says nothing about the real gateway's, and the other way round.
  const token: TokenState = tokenState.kind !== 'idle' && tokenState.target === values.target ? tokenState : { kind: 'idle' };
  // SPI first: it is the mode of most collectivités' services.
  const modes = [...ACCESS_MODES].reverse();
  return (
    <>
      <RadioGroup
        name="target"
        legend="Où envoyer la requête ?"
        choices={[
          {
            value: 'local',
            label: 'Au bac à sable local',
            hint: 'Des foyers fictifs, dans ce navigateur : sans compte ni réseau, rien ne sort de votre poste.',
          },
          { value: 'real', label: 'Au bac à sable de la DGFiP', hint: "Avec l'hôte et les identifiants de votre compte APIM, une fois votre accès obtenu." },
        ]}
      />
      {local ? (
        <fieldset className="fieldset sandbox-fieldset">
          <legend className="field-label field-label--large">Simulation</legend>
          <div className="field-row">
            <TextField
              name="simulatedDate"
              type="date"
              label="Date simulée de l'appel"
              hint="Elle décide des années déjà taxées (vers le 22 juillet). Par défaut : le début de votre campagne."
              width="medium"
            />
            <TextField
              name="callsPerMinute"
              label="Quota simulé (appels par minute)"
              hint="Par défaut : la volumétrie de votre dossier."
              inputMode="numeric"
              width="short"
            />
          </div>
        </fieldset>
      ) : (
        <RealSandboxFields useRelay={values.useRelay} />
      )}

      <fieldset className="fieldset sandbox-fieldset">
        <legend className="field-label field-label--large">Ressource et usager</legend>
        <SelectField
          name="resourceId"
          label="Ressource"
          hint={
            <>
              Chemin appelé : <code className="sandbox-path">{values.mode === 'spi' ? resource.spiPath : (resource.franceConnectPath ?? '')}</code>
            </>
          }
          options={SIMULATED_RESOURCES.map((r) => ({
            value: r.id,
            label: habilitation.resources.includes(r.id) ? r.label : `${r.label} (non ouverte par votre dossier)`,
          }))}
        />
        <RadioGroup name="mode" legend="Mode d'accès" choices={modes.map((m) => ({ value: m.id, label: m.label }))} inline />
        {values.mode === 'spi' ? (
          <TextField
            name="spi"
            label="Numéro fiscal (SPI)"
            hint={`13 chiffres, celui de l'un ou l'autre déclarant.${local ? ' Le foyer fictif choisi en haut de la page le remplit.' : ''}`}
            inputMode="numeric"
            width="medium"
          />
        ) : local ? (
          <p className="field-hint">
            Usager FranceConnect fictif : {householdNames(values.fcHouseholdId) || 'aucun'}, du foyer choisi en haut de la page. Son jeton FranceConnect fictif
            part avec l'appel. {TERMS.franceConnect}
          </p>
        ) : (
          <SecretField name="franceConnectToken" label="Jeton FranceConnect de l'usager (X-FranceConnect-OAuth)" hint={TERMS.franceConnect} />
        )}
        {resource.takesYear ? (
          <TextField
            name="year"
            label="Année des revenus (annrev)"
            hint={`${local ? `Au ${formatFrenchDate(day)}` : "Aujourd'hui"}, la dernière année disponible est ${latestIncomeYear(day)}.`}
            inputMode="numeric"
            width="short"
          />
        ) : (
          <p className="field-hint">
            Cette ressource ne prend pas d'année : elle renvoie la dernière année disponible, ou la précédente si le foyer n'a pas d'avis pour la dernière.
          </p>
        )}
      </fieldset>

      <TechnicalDetails what="jeton d'accès et en-têtes de la requête" open={headersOpen} onOpenChange={onHeadersOpenChange}>
        <fieldset className="fieldset sandbox-fieldset">
          <legend className="field-label field-label--large">En-têtes</legend>
          <p className="field-hint">
            {local ? 'Le testeur les remplit pour vous. ' : ''}Ces informations accompagnent chaque appel, à côté de la question posée.
          </p>
          <SecretField
            name={local ? 'localToken' : 'token'}
            label="Jeton d'accès (Authorization: Bearer)"
            hint={`${TERMS.bearer} ${local ? 'Un jeton du bac à sable local est obtenu pour vous ; videz le champ pour essayer un appel sans jeton.' : "Collez un jeton, ou obtenez-en un avec l'identifiant et le secret client."}`}
            action={
              <button type="button" className="button button--secondary button--small" onClick={onObtainToken} disabled={busy}>
                Obtenir un jeton
              </button>
            }
          />
          <p className={`sandbox-token-state sandbox-token-state--${token.kind}`} role="status">
            {token.kind === 'idle' ? '' : token.message}
          </p>
          {token.kind === 'error' && token.explanation && <ExplanationNotice explanation={token.explanation} />}
          <TextField name="correlationId" label="X-Correlation-ID" hint={TERMS.correlationId} width="long" spellCheck={false} />
          <p className="sandbox-after-field">
            <button type="button" className="button button--link" onClick={onNewCorrelationId}>
              Générer un nouvel identifiant
            </button>
          </p>
          <TextField
            name="teleserviceId"
            label="ID_Teleservice"
            hint={`${TERMS.teleserviceId} ${local ? 'Celui-ci est fictif.' : "Indiquez celui de votre cas d'usage."}`}
            width="medium"
            spellCheck={false}
          />
        </fieldset>
      </TechnicalDetails>
    </>
  );
}
