import { useFormContext } from 'react-hook-form';
import { resourceById } from '../../domain/api/resources';
import { ACCESS_MODES } from '../../domain/catalogue/software';
import { formatFrenchDate, type IsoDate } from '../../domain/dates';
import type { Habilitation } from '../../domain/sandbox/habilitation';
import { displayName, householdMembers } from '../../domain/sandbox/household-model';
import { HOUSEHOLDS, mainSpi } from '../../domain/sandbox/households';
import { SIMULATED_RESOURCES } from '../../domain/sandbox/routes';
import { latestIncomeYear } from '../../domain/years';
import { Checkbox, RadioGroup, SelectField, TextField } from '../../ui/fields';
import { Notice } from '../../ui/notice';
import type { RequestValues } from './request-values';
import { SecretField } from './secret-field';
import { ExplanationNotice } from './explanation-notice';
import type { TokenState } from './use-sandbox-session';

export function householdNames(id: string): string {
  const household = HOUSEHOLDS.find((h) => h.id === id);
  return household ? householdMembers(household).map(displayName).join(' et ') : '';
}

const householdOption = (id: string) => {
  const h = HOUSEHOLDS.find((x) => x.id === id)!;
  return `${mainSpi(h)} – ${householdNames(h.id)} – ${h.situation}`;
};

/** Choosing a fictional household fills the SPI; another number may still be typed. */
function SpiHouseholdPicker({ values }: { values: RequestValues }) {
  const { setValue, formState } = useFormContext<RequestValues>();
  const selected = HOUSEHOLDS.find((h) => mainSpi(h) === values.spi.trim())?.id ?? '';
  return (
    <div className="field">
      <label className="field-label" htmlFor="sandbox-foyer">
        Foyer fictif
      </label>
      <p className="field-hint" id="sandbox-foyer-aide">
        Le choix remplit le numéro fiscal ci-dessous ; vous pouvez aussi en saisir un autre.
      </p>
      <select
        id="sandbox-foyer"
        className="input select"
        aria-describedby="sandbox-foyer-aide"
        value={selected}
        onChange={(event) => {
          const household = HOUSEHOLDS.find((h) => h.id === event.target.value);
          if (household) setValue('spi', mainSpi(household), { shouldValidate: formState.isSubmitted, shouldDirty: true });
        }}
      >
        <option value="">Autre numéro, saisi ci-dessous</option>
        {HOUSEHOLDS.map((h) => (
          <option key={h.id} value={h.id}>
            {householdOption(h.id)}
          </option>
        ))}
      </select>
    </div>
  );
}

function RealSandboxFields({ useRelay }: { useRelay: boolean }) {
  return (
    <fieldset className="fieldset sandbox-fieldset">
      <legend className="field-label field-label--large">Bac à sable de la DGFiP</legend>
      <Notice>
        <p>L'hôte, les identifiants et le jeton restent dans la mémoire de cette page : ils ne sont ni enregistrés, ni exportés, ni mis dans un document, et ne partent que vers l'hôte indiqué.</p>
      </Notice>
      <TextField name="host" type="url" label="Hôte de la passerelle" hint="Donné dans votre compte APIM, par exemple https://passerelle.exemple.fr. L'outil ajoute /impotparticulier/1.0." />
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
}

/** The request builder: where to send, what to ask, and with which headers. */
export function RequestFields({ values, habilitation, day, tokenState, busy, onObtainToken, onNewCorrelationId }: RequestFieldsProps) {
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
          { value: 'local', label: 'Au bac à sable local', hint: 'Des foyers fictifs, dans ce navigateur : sans compte ni réseau, rien ne sort de votre poste.' },
          { value: 'real', label: 'Au bac à sable de la DGFiP', hint: "Avec l'hôte et les identifiants de votre compte APIM, une fois votre accès obtenu." },
        ]}
      />
      {local ? (
        <fieldset className="fieldset sandbox-fieldset">
          <legend className="field-label field-label--large">Simulation</legend>
          <div className="field-row">
            <TextField name="simulatedDate" type="date" label="Date simulée de l'appel" hint="Elle décide des années déjà taxées (vers le 22 juillet). Par défaut : le début de votre campagne." width="medium" />
            <TextField name="callsPerMinute" label="Quota simulé (appels par minute)" hint="Par défaut : la volumétrie de votre dossier." inputMode="numeric" width="short" />
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
          hint={`Chemin : ${values.mode === 'spi' ? resource.spiPath : (resource.franceConnectPath ?? '')}`}
          options={SIMULATED_RESOURCES.map((r) => ({ value: r.id, label: habilitation.resources.includes(r.id) ? r.label : `${r.label} (non ouverte par votre dossier)` }))}
        />
        <RadioGroup name="mode" legend="Mode d'accès" choices={modes.map((m) => ({ value: m.id, label: m.label }))} inline />
        {values.mode === 'spi' ? (
          <>
            {local && <SpiHouseholdPicker values={values} />}
            <TextField name="spi" label="Numéro fiscal (SPI)" hint="13 chiffres, celui de l'un ou l'autre déclarant." inputMode="numeric" width="medium" />
          </>
        ) : local ? (
          <SelectField
            name="fcHouseholdId"
            label="Usager FranceConnect fictif"
            hint="Son jeton FranceConnect fictif part dans l'en-tête X-FranceConnect-OAuth."
            options={HOUSEHOLDS.map((h) => ({ value: h.id, label: householdOption(h.id) }))}
          />
        ) : (
          <SecretField name="franceConnectToken" label="Jeton FranceConnect de l'usager (X-FranceConnect-OAuth)" />
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
          <p className="field-hint">Cette ressource ne prend pas d'année : elle renvoie la dernière année disponible, ou la précédente si le foyer n'a pas d'avis pour la dernière.</p>
        )}
      </fieldset>

      <fieldset className="fieldset sandbox-fieldset">
        <legend className="field-label field-label--large">En-têtes</legend>
        <SecretField
          name={local ? 'localToken' : 'token'}
          label="Jeton d'accès (Authorization: Bearer)"
          hint={local ? 'Un jeton du bac à sable local est obtenu pour vous ; videz le champ pour essayer un appel sans jeton.' : "Collez un jeton, ou obtenez-en un avec l'identifiant et le secret client."}
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
        <TextField name="correlationId" label="X-Correlation-ID" hint="Un UUID v4, nouveau à chaque appel, pour retrouver l'appel dans les journaux de la DGFiP." width="long" spellCheck={false} />
        <p className="sandbox-after-field">
          <button type="button" className="button button--link" onClick={onNewCorrelationId}>
            Générer un nouvel identifiant
          </button>
        </p>
        <TextField
          name="teleserviceId"
          label="ID_Teleservice"
          hint={local ? "Fictif ici. La DGFiP attribue le vôtre, un par cas d'usage." : "Celui que la DGFiP a attribué à votre cas d'usage."}
          width="medium"
          spellCheck={false}
        />
      </fieldset>
    </>
  );
}
