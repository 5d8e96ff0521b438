import { METHODS, methodById, usesQuotient, INCOME_BASES } from '../../../../domain/catalogue/methods';
import { useCaseById } from '../../../../domain/catalogue/use-cases';
import { EFFORT_MODE_LABELS, INCOME_PERIOD_LABELS, THRESHOLD_BASIS_LABELS } from '../../../../domain/catalogue/choices';
import { CNAF_INDICATIVE_CEILING, CNAF_INDICATIVE_FLOOR } from '../../../../domain/catalogue/cnaf';
import { METHOD_QUESTIONS } from '../../../../domain/question-labels';
import { unsupportedMethodMessage } from '../../../../domain/vendor/methods';
import { Notice } from '../../../../ui/notice';
import { Checkbox, RadioGroup, TextField, choicesOf } from '../../../../ui/fields';
import { useDossier } from '../../../storage/editing';
import { StepForm } from '../../step-form';
import { useStepForm } from '../../use-step-form';
import { TrancheGrid } from './tranche-grid';
import { YearAdvicePanel } from './year-advice-panel';
import { PricingPreview } from './pricing-preview';

export function MethodStep() {
  const { dossier } = useDossier();
  const { form, markVisited } = useStepForm('method', 'methode');
  const values = form.watch();
  // eslint-disable-next-line react-hooks/rules-of-hooks -- useCaseById reads the catalogue of use cases; it is no React hook
  const useCase = dossier.useCase.id ? useCaseById(dossier.useCase.id) : null;
  const usual = new Set(useCase?.methods ?? []);
  // The usual methods of the use case first, in its order, then the others.
  const ordered = [...(useCase?.methods ?? []).map(methodById), ...METHODS.filter((m) => !usual.has(m.id))];
  const id = values.id;
  const vendorMethods = new Set(dossier.vendor?.methods.map((m) => m.id) ?? []);
  const unsupported = unsupportedMethodMessage({ vendor: dossier.vendor, method: values });

  return (
    <StepForm
      stepId="methode"
      form={form}
      markVisited={markVisited}
      intro={<p>La méthode de calcul décide des données strictement nécessaires : l'étape suivante cochera exactement celles dont elle a besoin.</p>}
    >
      <RadioGroup
        name="id"
        legend={METHOD_QUESTIONS.id}
        hint={useCase ? `Les méthodes habituelles pour « ${useCase.label} » sont proposées en premier.` : undefined}
        choices={ordered.map((m) => {
          const notes = [
            usual.has(m.id) && useCase?.id !== 'autre' && "habituelle pour ce cas d'usage",
            vendorMethods.has(m.id) && 'prise en charge par votre éditeur',
          ].filter(Boolean);
          return { value: m.id, label: notes.length ? `${m.label} (${notes.join(', ')})` : m.label, hint: m.explanation };
        })}
      />
      {unsupported && (
        <Notice kind="warning">
          <p>{unsupported}</p>
        </Notice>
      )}

      {id && (
        <section className="subsection" aria-labelledby="parametres">
          <h2 id="parametres">Paramètres de la méthode</h2>
          <p className="formula">
            <span className="visually-hidden">Formule : </span>
            {methodById(id).formula}
          </p>
          {id !== 'residence' && (
            <RadioGroup
              name="incomeBasis"
              legend="Quel revenu la méthode utilise-t-elle ?"
              hint="Le revenu fiscal de référence est le plus courant ; chaque revenu est une donnée distincte à demander."
              choices={(Object.keys(INCOME_BASES) as (keyof typeof INCOME_BASES)[]).map((k) => ({ value: k, label: INCOME_BASES[k].label }))}
              inline
            />
          )}
          {id === 'seuil-ressources' && (
            <RadioGroup
              name="thresholdBasis"
              legend="Le seuil porte-t-il sur le revenu ou sur le quotient familial ?"
              choices={choicesOf(THRESHOLD_BASIS_LABELS)}
            />
          )}
          {usesQuotient(id, values.thresholdBasis) && (
            <RadioGroup name="qfPeriod" legend="Quotient familial" choices={choicesOf(INCOME_PERIOD_LABELS)} inline />
          )}
          {(id === 'tranches-qf' || id === 'qf-caf') && <TrancheGrid />}
          {id === 'taux-effort' && (
            <>
              <RadioGroup name="effortMode" legend="Forme du taux d'effort" choices={choicesOf(EFFORT_MODE_LABELS)} />
              {values.effortMode === 'plancher-plafond' ? (
                <div className="field-row">
                  <TextField name="rate" label="Taux (en % du QF)" hint="Par exemple 0,36" inputMode="decimal" width="short" suffix="%" />
                  <TextField name="floor" label="Tarif plancher" inputMode="decimal" width="short" suffix="€" />
                  <TextField name="ceiling" label="Tarif plafond" inputMode="decimal" width="short" suffix="€" />
                </div>
              ) : (
                <div className="field-row">
                  <TextField name="qfMin" label="QF du premier point" inputMode="decimal" width="short" suffix="€" />
                  <TextField name="priceMin" label="Tarif au premier point" inputMode="decimal" width="short" suffix="€" />
                  <TextField name="qfMax" label="QF du second point" inputMode="decimal" width="short" suffix="€" />
                  <TextField name="priceMax" label="Tarif au second point" inputMode="decimal" width="short" suffix="€" />
                </div>
              )}
            </>
          )}
          {id === 'bareme-cnaf' && (
            <>
              <div className="field-row">
                <TextField name="resourcesFloor" label="Plancher de ressources mensuelles" inputMode="decimal" width="short" suffix="€" />
                <TextField name="resourcesCeiling" label="Plafond de ressources mensuelles" inputMode="decimal" width="short" suffix="€" />
              </div>
              <p className="field-hint">
                Montants nationaux indicatifs : plancher {CNAF_INDICATIVE_FLOOR} €, plafond {CNAF_INDICATIVE_CEILING} € depuis le 1er septembre 2025.
                Vérifiez-les sur caf.fr.{' '}
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => {
                    form.setValue('resourcesFloor', CNAF_INDICATIVE_FLOOR, { shouldDirty: true });
                    form.setValue('resourcesCeiling', CNAF_INDICATIVE_CEILING, { shouldDirty: true });
                  }}
                >
                  Utiliser ces montants
                </button>
              </p>
            </>
          )}
          {id === 'seuil-ressources' && <TextField name="threshold" label="Seuil d'éligibilité" inputMode="decimal" width="medium" suffix="€" />}
          {id !== 'residence' && (
            <Checkbox
              name="checksResidence"
              label="La commune vérifie aussi que le foyer réside sur son territoire"
              hint="Cocher ajoute l'adresse aux données demandées. Ne cochez que si la résidence change l'accès ou le tarif."
            />
          )}
          {(id === 'residence' || values.checksResidence) && (
            <TextField name="territory" label="Territoire concerné" hint="Commune, secteur de stationnement, ressort du réseau de transport…" />
          )}
          <PricingPreview method={values} />
        </section>
      )}

      <section className="subsection" aria-labelledby="calendrier">
        <h2 id="calendrier">Calendrier de la campagne</h2>
        <p>Les revenus disponibles dépendent de la date de l'appel : l'impôt de l'année est calculé vers le 22 juillet.</p>
        <div className="field-row">
          <TextField name="campaignStart" label="Début des inscriptions ou des demandes" type="date" width="medium" />
          <TextField name="campaignEnd" label="Fin" type="date" width="medium" />
        </div>
        <YearAdvicePanel start={values.campaignStart} end={values.campaignEnd} />
      </section>
    </StepForm>
  );
}
