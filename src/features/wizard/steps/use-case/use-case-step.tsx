import { useRef } from 'react';
import { USE_CASES, useCaseById, type UseCaseId } from '../../../../domain/catalogue/use-cases';
import { withUseCase } from '../../../../domain/use-case-defaults';
import { RadioGroup, TextArea, TextField } from '../../../../ui/fields';
import { Notice } from '../../../../ui/notice';
import { useDossier } from '../../../storage/editing';
import { StepForm } from '../../step-form';
import { useStepForm } from '../../use-step-form';
import { MIN_DESCRIPTION_LENGTH, MIN_OTHER_USE_DESCRIPTION_LENGTH } from '../../../../domain/validation/use-case-rules';

export function UseCaseStep() {
  const { latest, update } = useDossier();
  const { form, markVisited } = useStepForm('useCase', 'cas-d-usage');
  const [id, description] = form.watch(['id', 'description']);
  const previousId = useRef(form.getValues('id'));

  // Choosing a use case prefills the project name, the description and the recipients, as
  // DataPass's use-case forms do, without overwriting what the user wrote.
  const onUseCaseChange = (value: string) => {
    const current = latest();
    const next = withUseCase({ ...current, useCase: { ...current.useCase, id: previousId.current } }, value as UseCaseId);
    previousId.current = value as UseCaseId;
    update(() => next);
    form.setValue('projectName', next.useCase.projectName);
    form.setValue('description', next.useCase.description);
  };

  const minimum = id === 'autre' ? MIN_OTHER_USE_DESCRIPTION_LENGTH : MIN_DESCRIPTION_LENGTH;
  return (
    <StepForm
      stepId="cas-d-usage"
      form={form}
      markVisited={markVisited}
      intro={
        <p>
          Les six premiers cas d'usage ont été votés en CITP : la DGFiP les connaît bien. Pour tout autre usage, une analyse juridique approfondie sera menée.
        </p>
      }
    >
      <RadioGroup
        name="id"
        legend="Pour quel service utiliserez-vous les données fiscales ?"
        choices={USE_CASES.map((u) => ({ value: u.id, label: u.label, hint: u.summary }))}
        onValueChange={onUseCaseChange}
      />
      {id && (
        <Notice kind="info">
          <p>
            {/* eslint-disable-next-line react-hooks/rules-of-hooks -- useCaseById reads the catalogue of use cases; it is no React hook */}
            Formulaire DataPass à utiliser : <strong>{useCaseById(id).dataPassForm}</strong>.
          </p>
        </Notice>
      )}
      <TextField name="projectName" label="Nom du projet" hint="DataPass rend ce nom public." />
      <TextArea
        name="description"
        label="Description de la démarche"
        rows={6}
        hint={
          id === 'autre'
            ? `Décrivez l'usage le plus précisément possible : le service, les usagers concernés, ce que les données permettent de décider (au moins ${minimum} caractères). Le texte juridique viendra à l'étape 5.`
            : `Ce que fait le service, pour qui, et ce que les données fiscales remplacent (au moins ${minimum} caractères ; ${description.trim().length} saisis).`
        }
      />
      <TextField name="yearlyVolume" label="Nombre de démarches ou dossiers traités dans l'année (facultatif)" inputMode="numeric" width="short" />
    </StepForm>
  );
}
