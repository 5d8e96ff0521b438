import { CONTACT_SIDE_LABELS, YES_NO_LABELS } from '../../../../domain/catalogue/choices';
import { ROLE_LABELS } from '../../../../domain/validation/people-rules';
import { PEOPLE_QUESTIONS } from '../../../../domain/question-labels';
import { Checkbox, RadioGroup, TextField, choicesOf } from '../../../../ui/fields';
import { StepForm } from '../../step-form';
import { useStepForm } from '../../use-step-form';
import { PersonFields } from './person-fields';

export function PeopleStep() {
  const { form, markVisited } = useStepForm('people', 'personnes');
  return (
    <StepForm
      stepId="personnes"
      form={form}
      markVisited={markVisited}
      intro={<p>Quatre personnes sont nommées dans la demande. La DGFiP peut les contacter pendant l'instruction : vérifiez qu'elles sont disponibles.</p>}
    >
      <PersonFields
        person="demandeur"
        legend={ROLE_LABELS.demandeur}
        hint="La personne qui dépose la demande sur DataPass, connectée avec son compte ProConnect."
        self
      >
        <RadioGroup name="demandeur.hasProConnect" legend="Le demandeur a-t-il un compte ProConnect ?" choices={choicesOf(YES_NO_LABELS)} inline />
      </PersonFields>
      <PersonFields
        person="responsableTraitement"
        legend={ROLE_LABELS.responsableTraitement}
        hint="Souvent le maire, le président ou le directeur général des services."
      />
      <PersonFields
        person="dpd"
        legend={ROLE_LABELS.dpd}
        hint="Il doit être une autre personne que le responsable de traitement, et ne peut pas être le maire."
      />
      <PersonFields
        person="contactTechnique"
        legend={ROLE_LABELS.contactTechnique}
        hint="La personne qui raccorde le logiciel à l'API : la DGFiP lui donnera les accès techniques."
      >
        <RadioGroup name="contactTechnique.side" legend={PEOPLE_QUESTIONS.contactSide} choices={choicesOf(CONTACT_SIDE_LABELS)} inline />
        <TextField
          name="technicalExtraEmail"
          label={PEOPLE_QUESTIONS.technicalExtraEmail}
          type="email"
          inputMode="email"
          spellCheck={false}
          hint="Une adresse de service, qui reste valable si la personne change."
        />
      </PersonFields>

      <fieldset className="field fieldset">
        <legend className="field-label field-label--large">Documents organisationnels</legend>
        <div className="field-hint">Modèles disponibles dans le kit de préparation sur impots.gouv.fr/les-api-de-la-dgfip.</div>
        <Checkbox name="employerCertificateDemandeur" label="L'attestation employeur pour le demandeur est remplie" />
        <Checkbox name="employerCertificateTechnique" label="L'attestation employeur pour le responsable technique est remplie" />
        <Checkbox name="designationDemandeur" label="Le document de désignation du demandeur pour souscrire au nom de l'organisation est rempli" />
      </fieldset>
    </StepForm>
  );
}
