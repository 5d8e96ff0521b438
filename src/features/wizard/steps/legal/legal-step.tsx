import { DELIBERATION_STATUS_LABELS, YES_NO_LABELS } from '../../../../domain/catalogue/choices';
import { organisationKind } from '../../../../domain/catalogue/organisations';
import { needsDeliberation, needsOtherLegalBasis } from '../../../../domain/validation/legal-rules';
import { RadioGroup, TextArea, TextField, choicesOf } from '../../../../ui/fields';
import { Notice } from '../../../../ui/notice';
import { useDossier } from '../../../storage/editing';
import { StepForm } from '../../step-form';
import { useStepForm } from '../../use-step-form';

export function LegalStep() {
  const { dossier } = useDossier();
  const { form, markVisited } = useStepForm('legal', 'cadre-juridique');
  const status = form.watch('deliberationStatus');
  const body = dossier.organisation.type ? organisationKind(dossier.organisation.type).deliberatingBody : null;
  const deliberation = needsDeliberation(dossier);
  const otherBasis = needsOtherLegalBasis(dossier);

  return (
    <StepForm
      stepId="cadre-juridique"
      form={form}
      markVisited={markVisited}
      intro={
        <p>
          Les données fiscales sont couvertes par le secret fiscal. Pour une administration, le cadre qui permet de les échanger est l'article L. 114-8 et
          suivants du code des relations entre le public et l'administration (CRPA), complété par une délibération qui fixe le tarif ou les conditions
          d'attribution.
        </p>
      }
    >
      {deliberation && (
        <>
          <Notice kind="warning" title="Ce que les instructeurs rejettent le plus souvent">
            <p>
              Une délibération qui décide seulement « d'utiliser l'API pour simplifier les démarches ». Elle doit citer chaque donnée demandée et dire à quoi
              elle sert (par exemple : le revenu fiscal de référence et le nombre de parts calculent le quotient familial de la grille tarifaire). Le CRPA, la
              loi ESSOC ou la loi pour une République numérique ne suffisent pas seuls.
            </p>
          </Notice>
          <RadioGroup
            name="deliberationStatus"
            legend={`Délibération${body ? ` du ${body}` : ''}`}
            hint="En général, la délibération tarifaire en vigueur suffit, si elle cite chaque donnée et sa finalité."
            choices={choicesOf(DELIBERATION_STATUS_LABELS)}
          />
          {status === 'existante' && (
            <>
              <div className="field-row">
                <TextField name="deliberationDate" label="Date de la délibération" type="date" width="medium" />
                <TextField name="deliberationNumber" label="Numéro" width="medium" />
              </div>
              <TextField
                name="deliberationUrl"
                label="Adresse web de la délibération (facultatif)"
                type="url"
                hint="Sinon, DataPass vous demandera le document en PDF."
                inputMode="url"
              />
              <RadioGroup
                name="deliberationListsData"
                legend="Cette délibération cite-t-elle chaque donnée demandée et sa finalité ?"
                choices={choicesOf(YES_NO_LABELS)}
                inline
              />
            </>
          )}
          {status === 'a-adopter' && (
            <>
              <TextField name="plannedSessionDate" label="Date de la séance prévue" type="date" width="medium" />
              <Notice kind="info">
                <p>
                  Le projet de délibération sera rédigé à partir de ce dossier : une ligne par donnée demandée, avec sa finalité, et les paramètres de votre
                  méthode de calcul.
                </p>
              </Notice>
            </>
          )}
        </>
      )}
      {otherBasis && (
        <>
          {dossier.useCase.id === 'autre' && (
            <Notice kind="info">
              <p>
                Pour un autre usage, indiquez le texte qui vous permet d'accéder aux données fiscales dans ce cas précis. La DGFiP mènera une analyse
                réglementaire approfondie.
              </p>
            </Notice>
          )}
          <TextArea
            name="otherLegalBasis"
            label="Nature et références du texte qui vous autorise à traiter ces données"
            hint="Par exemple : article, code ou décret, avec son numéro et sa date."
            rows={4}
          />
          <RadioGroup
            name="otherWithinCrpa"
            legend="L'usage reste-t-il dans le cadre de l'article L. 114-8 du CRPA ?"
            choices={choicesOf(YES_NO_LABELS)}
            inline
          />
        </>
      )}
    </StepForm>
  );
}
