import { useFormContext } from 'react-hook-form';
import { resourceById } from '../../domain/api/resources';
import { formatFrenchDate, type IsoDate } from '../../domain/dates';
import type { Dossier } from '../../domain/dossier/model';
import { filterResponse } from '../../domain/sandbox/filter';
import { coveredYears, type Habilitation } from '../../domain/sandbox/habilitation';
import { householdBySpi, HOUSEHOLDS, mainSpi } from '../../domain/sandbox/households';
import { Notice } from '../../ui/notice';
import { explainExchange } from './explain-exchange';
import { householdNames, householdOption } from './household-label';
import { PlainResult } from './plain-result';
import type { RequestValues } from './request-values';
import { TariffPanel } from './tariff-panel';
import { useHouseholdPreview } from './use-household-preview';

/** The household the request is about: by its numéro fiscal, or its FranceConnect user. */
export function chosenHousehold(values: RequestValues) {
  return values.mode === 'spi' ? householdBySpi(values.spi.trim()) : (HOUSEHOLDS.find((h) => h.id === values.fcHouseholdId) ?? null);
}

/** Choosing a household fills the request below: its numéro fiscal, and its FranceConnect user. */
function HouseholdPicker({ values }: { values: RequestValues }) {
  const { setValue, formState } = useFormContext<RequestValues>();
  const spiMode = values.mode === 'spi';
  return (
    <div className="field">
      <label className="field-label" htmlFor="sandbox-foyer">
        Foyer fictif
      </label>
      <p className="field-hint" id="sandbox-foyer-aide">
        {spiMode
          ? 'Son numéro fiscal remplit la requête plus bas ; vous pouvez aussi y saisir un autre numéro.'
          : 'Il joue l’usager connecté avec FranceConnect dans la requête plus bas.'}
      </p>
      <select
        id="sandbox-foyer"
        className="input select"
        aria-describedby="sandbox-foyer-aide"
        value={chosenHousehold(values)?.id ?? ''}
        onChange={(event) => {
          const household = HOUSEHOLDS.find((h) => h.id === event.target.value);
          if (!household) return;
          const options = {
            shouldValidate: formState.isSubmitted,
            shouldDirty: true,
          };
          setValue('spi', mainSpi(household), options);
          setValue('fcHouseholdId', household.id, options);
        }}
      >
        {spiMode && <option value="">Autre numéro, saisi plus bas</option>}
        {HOUSEHOLDS.map((h) => (
          <option key={h.id} value={h.id}>
            {householdOption(h.id)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface HouseholdPreviewProps {
  values: RequestValues;
  habilitation: Habilitation;
  dossier: Dossier;
  day: IsoDate;
}

/**
 * The page's first answer, for a project lead rather than a developer: for the household chosen,
 * what the habilitation would receive, in words and figures, and the tariff it gives. It follows
 * the request's settings, and needs no click.
 */
export function HouseholdPreview({ values, habilitation, dossier, day }: HouseholdPreviewProps) {
  const preview = useHouseholdPreview(values, habilitation, day);
  const household = chosenHousehold(values);
  const resource = resourceById(values.resourceId);
  const covered = coveredYears(habilitation, day);
  const o = preview?.record.outcome;
  const filtered =
    preview && o?.kind === 'response' && o.status === 200 && o.body.ok
      ? filterResponse(o.body.value, habilitation, {
          requestedYear: preview.asked.requestedYear,
          coveredYears: covered,
        })
      : null;
  const explanation = preview && !filtered ? explainExchange(preview) : null;
  const asked = [
    household ? `Foyer de ${householdNames(household.id)}` : `Numéro fiscal ${values.spi.trim() || 'non renseigné'}`,
    resource.takesYear ? `revenus ${values.year.trim() || '(année à indiquer)'}` : 'dernière année disponible',
    `« ${resource.label} »`,
    `appel simulé au ${formatFrenchDate(day)}`,
  ];

  return (
    <section aria-labelledby="sandbox-en-bref" className="sandbox-brief">
      <h2 id="sandbox-en-bref">En bref : ce que votre habilitation renverrait</h2>
      <HouseholdPicker values={values} />
      <p className="sandbox-brief-asked">
        {asked.join(' · ')}. <span className="sandbox-muted">Ressource, année et date se règlent plus bas, dans « Préparer la requête ».</span>
      </p>
      {habilitation.resources.length === 0 ? (
        <p>Votre dossier n'ouvre encore aucune ressource : la DGFiP ne renverrait rien.</p>
      ) : !preview ? (
        <p>Calcul en cours…</p>
      ) : filtered ? (
        <>
          <PlainResult result={filtered} day={day} coveredYears={covered} />
          <TariffPanel returned={filtered.returned} dossier={dossier} />
        </>
      ) : (
        explanation && (
          <Notice kind="warning" title={explanation.title}>
            <p>{explanation.text}</p>
          </Notice>
        )
      )}
    </section>
  );
}
