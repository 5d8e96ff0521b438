import { organisationAsks } from '../../../../domain/organisation-fields';
import { ORGANISATION_KINDS, organisationKind } from '../../../../domain/catalogue/organisations';
import { ACCESS_MODES, DATAPASS_PATH_TEXT, SOFTWARE_OPTIONS, dataPassPath, softwareOption } from '../../../../domain/catalogue/software';
import { STAGE_LABELS, YES_NO_LABELS } from '../../../../domain/catalogue/choices';
import { Checkbox, RadioGroup, SelectField, TextField, choicesOf } from '../../../../ui/fields';
import { Notice } from '../../../../ui/notice';
import { ORGANISATION_QUESTIONS } from '../../../../domain/question-labels';
import { StepForm } from '../../step-form';
import { useStepForm } from '../../use-step-form';

export function OrganisationStep() {
  const { form, markVisited } = useStepForm('organisation', 'organisation');
  const [type, software, accessMode] = form.watch(['type', 'software', 'accessMode']);
  const asks = organisationAsks({ type, software });
  const kind = type ? organisationKind(type) : null;
  const path = software ? dataPassPath(software) : null;

  return (
    <StepForm
      stepId="organisation"
      form={form}
      markVisited={markVisited}
      intro={
        <p>
          Qui fait la demande, qui développe le logiciel, et comment les usagers seront identifiés : ces réponses déterminent le formulaire DataPass à utiliser.
        </p>
      }
    >
      <SelectField
        name="type"
        label="Type d'organisation"
        options={[{ value: '', label: 'Choisissez…' }, ...ORGANISATION_KINDS.map((k) => ({ value: k.type, label: k.label }))]}
      />
      {kind && (
        <Notice kind={kind.eligibility === 'not-eligible' ? 'error' : kind.eligibility === 'eligible' ? 'success' : 'info'}>
          <p>{kind.eligibilityMessage}</p>
        </Notice>
      )}
      <TextField name="name" label="Nom de l'organisation" hint="Par exemple : Commune de Saint-Exemple" autoComplete="organization" />
      <TextField
        name="siret"
        label="Numéro SIRET"
        hint="14 chiffres, espaces permis. Il figure sur l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr)."
        inputMode="numeric"
        width="medium"
        spellCheck={false}
      />
      {asks.onBehalfOf && <TextField name="onBehalfOf" label="Administration pour le compte de laquelle vous agissez" />}

      <RadioGroup name="software" legend={ORGANISATION_QUESTIONS.software} choices={SOFTWARE_OPTIONS.map((o) => ({ value: o.id, label: o.label }))} />
      {asks.softwareVendorName && <TextField name="softwareVendorName" label={ORGANISATION_QUESTIONS.softwareVendorName} autoComplete="off" />}
      {software && <Checkbox name="softwareConfirmed" label={softwareOption(software).confirmation} />}
      {path && (
        <Notice kind="info" title={`Votre parcours : ${DATAPASS_PATH_TEXT[path].title}`}>
          <p>{DATAPASS_PATH_TEXT[path].explanation}</p>
        </Notice>
      )}
      {path === 'bac-a-sable-puis-production' && <RadioGroup name="stage" legend={ORGANISATION_QUESTIONS.stage} choices={choicesOf(STAGE_LABELS)} />}

      <RadioGroup
        name="accessMode"
        legend={ORGANISATION_QUESTIONS.accessMode}
        hint="DataPass appelle cela la modalité d'accès."
        choices={ACCESS_MODES.map((m) => ({ value: m.id, label: m.label, hint: m.implication }))}
      />
      {accessMode === 'france-connect' && (
        <RadioGroup
          name="hasFranceConnectHabilitation"
          legend="Votre organisation a-t-elle déjà une habilitation FranceConnect validée ?"
          choices={choicesOf(YES_NO_LABELS)}
          inline
        />
      )}
    </StepForm>
  );
}
