import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { get, useFormContext } from 'react-hook-form';
import { SCOPE_GROUPS, scopeByKey, scopesInGroup, DEPENDANTS_DETAIL_SCOPE, type Scope, type ScopeKey } from '../../../../domain/catalogue/scopes';
import { DEPENDANT_BOXES } from '../../../../domain/catalogue/dependant-boxes';
import { scopeRuleOptionsOf, scopeRuleViolations, type ScopeRuleViolation } from '../../../../domain/catalogue/scope-rules';
import { compareWithMinimum, minimumData, type NeededScope } from '../../../../domain/minimisation';
import type { DataSection } from '../../../../domain/dossier/model';
import { Checkbox, FieldMessages, TextArea } from '../../../../ui/fields';
import { fieldId } from '../../../../ui/field-id';
import { useFieldWarnings } from '../../../../ui/field-warnings';
import { fieldTargetId, YEARS_GROUP_ID } from '../../field-target';
import { Notice } from '../../../../ui/notice';
import { useDossier } from '../../../storage/editing';
import { StepForm } from '../../step-form';
import { useStepForm } from '../../use-step-form';
import { DatumRemarks } from '../../../review/remarks';
import { STEP_PATHS } from '../../../../ui/step-paths';
import { prefilledScopes, vendorMethodOf } from '../../../../domain/vendor/methods';

/** Groups drawn with the page; the others follow at once, in a render the browser can interrupt. */
const GROUPS_IN_FIRST_RENDER = 2;

function errorAt(errors: unknown, path: string): string | undefined {
  return get<unknown, { message?: string } | undefined>(errors, path)?.message;
}

/** An error beside a datum, with the sentence DataPass shows for the same rule, if it is one of DataPass's. */
interface ShownError {
  message: string;
  datapassWording?: string;
}

/** The rule's error as the form holds it, with DataPass's wording when the rule is DataPass's. */
function ruleError(errors: unknown, violation: ScopeRuleViolation): ShownError | null {
  const message = errorAt(errors, `rules.${violation.rule}`);
  if (!message) return null;
  return violation.origin === 'datapass' ? { message, datapassWording: violation.datapassWording } : { message };
}

/** The errors of a datum or group; DataPass's wording on its own line, inside the block aria-describedby names. */
function ErrorBlock({ id, errors }: { id: string; errors: readonly ShownError[] }) {
  return (
    <div className="field-error" id={id}>
      {errors.map((e) => (
        <p key={e.message}>
          <span className="visually-hidden">Erreur : </span>
          {e.message}
          {e.datapassWording && (
            <>
              {' '}
              <span className="datapass-wording">DataPass affiche alors : “{e.datapassWording}”</span>
            </>
          )}
        </p>
      ))}
    </div>
  );
}

function ScopeOption({
  scope,
  need,
  extra,
  violations,
  reserved,
}: {
  scope: Scope;
  need: NeededScope | undefined;
  extra: boolean;
  violations: ScopeRuleViolation[];
  reserved: boolean;
}) {
  const { register, formState, watch } = useFormContext<DataSection>();
  const id = fieldId(['scopes', scope.key]);
  const ticked = watch('scopes').includes(scope.key);
  // A datum reserved to others cannot be ticked; ticked all the same (an imported dossier, an
  // organisation type changed since), it stays enabled so that it can be unticked.
  const disabled = reserved && !ticked;
  const neededError = errorAt(formState.errors, `needed.${scope.key}`);
  const errors = [neededError ? { message: neededError } : null, ...violations.map((v) => ruleError(formState.errors, v))].filter(
    (e): e is ShownError => e !== null,
  );
  const describedBy = [`${id}-aide`, errors.length > 0 && `${id}-erreur`].filter(Boolean).join(' ');

  return (
    <div className={`choice scope${errors.length ? ' field--error' : ''}${need ? ' scope--needed' : ''}`}>
      <input
        id={id}
        type="checkbox"
        value={scope.key}
        disabled={disabled}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
        {...register('scopes')}
      />
      <label htmlFor={id}>{scope.label}</label>
      <div className="choice-hint" id={`${id}-aide`}>
        <p>{scope.explanation}</p>
        {need && (
          <p className="scope-need">
            <strong>Nécessaire pour :</strong> {need.purposes.join(' ; ')}.
          </p>
        )}
        {reserved && <p>Réservé aux établissements bancaires.</p>}
      </div>
      {errors.length > 0 && <ErrorBlock id={`${id}-erreur`} errors={errors} />}
      <div className="scope-remarks">
        <DatumRemarks scope={scope.key} />
      </div>
      {ticked && extra && (
        <div className="scope-justification">
          <TextArea
            name={`justifications.${scope.key}`}
            label={`Pourquoi « ${scope.shortLabel} » est-elle strictement nécessaire ?`}
            hint="Votre méthode de calcul ne l'utilise pas : l'instructeur vérifiera cette justification, et la délibération devra la reprendre."
            rows={3}
          />
        </div>
      )}
    </div>
  );
}

function DependantBoxes() {
  const { register, formState } = useFormContext<DataSection>();
  const id = fieldId('dependantBoxes');
  const error = errorAt(formState.errors, 'dependantBoxes');
  const warnings = useFieldWarnings('dependantBoxes');
  return (
    <fieldset className={`field fieldset nested${error ? ' field--error' : ''}`} id={id} tabIndex={-1}>
      <legend className="field-label">Cases du détail des personnes à charge dont vous avez besoin</legend>
      <FieldMessages id={id} error={error} warnings={warnings} />
      <div className="choices">
        {DEPENDANT_BOXES.map((b) => (
          <div className="choice" key={b.box}>
            <input id={`${id}-${b.box}`} type="checkbox" value={b.box} {...register('dependantBoxes')} />
            <label htmlFor={`${id}-${b.box}`}>{b.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function DataForm() {
  const { dossier } = useDossier();
  const { form, markVisited } = useStepForm('data', 'donnees');
  const [scopes, hasSpecificRequirements] = form.watch(['scopes', 'hasSpecificRequirements']);
  const needed = useMemo(() => minimumData(dossier), [dossier]);
  const { extra } = compareWithMinimum(dossier, scopes);
  const violations = scopeRuleViolations(scopes, scopeRuleOptionsOf(dossier, hasSpecificRequirements));
  const isBank = dossier.organisation.type === 'banque';
  const vendorNeeds = vendorMethodOf(dossier)?.supported?.scopes ?? [];

  // A violation is shown beside the first datum it concerns.
  const violationsFor = (key: ScopeKey) => violations.filter((v) => v.scopes[0] === key);
  // The rules as the page shows them: those of the data being ticked.
  const targetFor = (path: string) => fieldTargetId('donnees', path, { ...dossier, data: { ...dossier.data, scopes, hasSpecificRequirements } });
  // The "no year ticked" rule has no datum to stand beside: it heads the years group.
  const yearsViolation = violations.find((v) => v.rule === 'au-moins-une-annee');
  const yearsError = yearsViolation ? ruleError(form.formState.errors, yearsViolation) : null;
  const yearsErrorId = `${YEARS_GROUP_ID}-erreur`;
  // About forty data with their explanations make one long, blocking render on an old laptop:
  // the first groups are drawn at once, the rest in a deferred render React splits into short tasks.
  const allGroups = useDeferredValue(true, false);
  const groups = allGroups ? SCOPE_GROUPS : SCOPE_GROUPS.slice(0, GROUPS_IN_FIRST_RENDER);

  return (
    <StepForm
      stepId="donnees"
      form={form}
      markVisited={markVisited}
      targetFor={targetFor}
      intro={
        <>
          <p>
            Les données strictement nécessaires à votre méthode de calcul sont déjà cochées, avec ce qui les rend nécessaires. Toute autre donnée doit être
            justifiée : l'instructeur et votre délégué à la protection des données la vérifieront.
          </p>
          <p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                form.setValue(
                  'scopes',
                  needed.map((n) => n.scope),
                  { shouldValidate: form.formState.isSubmitted },
                )
              }
            >
              Revenir exactement au minimum
            </button>
          </p>
        </>
      }
    >
      {dossier.vendor && vendorNeeds.length > 0 && (
        <Notice kind="info">
          <p>
            Votre éditeur ({dossier.vendor.vendorName}) indique que son logiciel a besoin, pour votre méthode de calcul, de :{' '}
            {vendorNeeds.map((key) => scopeByKey(key).shortLabel).join(' ; ')}. Elles ont été cochées à l'ouverture de cette étape ; si vous en retirez une, la
            synthèse et la liste de contrôle à lui transmettre le signaleront.
          </p>
        </Notice>
      )}
      <p className="data-count" aria-live="polite">
        {scopes.length} donnée{scopes.length > 1 ? 's' : ''} cochée{scopes.length > 1 ? 's' : ''}, dont {extra.length} à justifier.
      </p>
      {groups.map((group) => (
        <fieldset
          key={group.id}
          className={`field fieldset scope-group${group.id === 'annees' && yearsError ? ' field--error' : ''}`}
          id={group.id === 'annees' ? YEARS_GROUP_ID : undefined}
          tabIndex={group.id === 'annees' ? -1 : undefined}
          aria-describedby={group.id === 'annees' && yearsError ? yearsErrorId : undefined}
        >
          <legend className="field-label">{group.label}</legend>
          {group.id === 'annees' && yearsError && <ErrorBlock id={yearsErrorId} errors={[yearsError]} />}
          {scopesInGroup(group.id).map((scope) => (
            <div key={scope.key}>
              <ScopeOption
                scope={scope}
                need={needed.find((n) => n.scope === scope.key)}
                extra={extra.includes(scope.key)}
                violations={violationsFor(scope.key)}
                reserved={scope.banksOnly && !isBank}
              />
              {scope.key === DEPENDANTS_DETAIL_SCOPE && scopes.includes(DEPENDANTS_DETAIL_SCOPE) && <DependantBoxes />}
            </div>
          ))}
        </fieldset>
      ))}
      <Checkbox
        name="hasSpecificRequirements"
        label="J'ai une expression de besoin spécifique, déjà partagée avec la DGFiP, à joindre à la demande"
        hint="Un tableur (ods, xls, xlsx ou csv) convenu avec la DGFiP, qui liste des données hors de ce formulaire ou le détail des personnes à charge. Cette case cochée, DataPass exige le fichier."
      />
      {!dossier.method.id && !isBank && (
        <div id={fieldId('method')} tabIndex={-1}>
          <Notice kind={get(form.formState.errors, 'method') !== undefined ? 'error' : 'info'}>
            <p>
              Aucune méthode de calcul n'est choisie : le minimum ne peut pas être établi.{' '}
              <Link to={STEP_PATHS.methode} params={{ dossierId: dossier.id }}>
                Choisir la méthode à l'étape 3
              </Link>
            </p>
          </Notice>
        </div>
      )}
    </StepForm>
  );
}

/**
 * Opening the step the first time ticks the minimum data, once; with a vendor's model, also the
 * data its software needs for the chosen method.
 */
export function DataStep() {
  const { dossier, update } = useDossier();
  const [ready, setReady] = useState(dossier.data.initialised);
  useEffect(() => {
    if (ready) return;
    update((d) => ({ ...d, data: { ...d.data, initialised: true, scopes: prefilledScopes(d) } }));
    setReady(true);
  }, [ready, update]);
  return ready ? <DataForm /> : null;
}
