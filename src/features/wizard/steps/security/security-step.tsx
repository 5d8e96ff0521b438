import { SECURITY_MODE_LABELS } from '../../../../domain/catalogue/choices';
import { CALLS_PER_MINUTE, CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION } from '../../../../domain/catalogue/volumetry';
import { needsAcceptance, preparesProduction, securityLabels } from '../../../../domain/validation/security-rules';
import { Checkbox, RadioGroup, SelectField, TextArea, TextField, choicesOf } from '../../../../ui/fields';
import { Notice } from '../../../../ui/notice';
import { SECURITY_QUESTIONS, callsPerMinuteText } from '../../../../domain/question-labels';
import { useDossier } from '../../../storage/editing';
import { StepForm } from '../../step-form';
import { useStepForm } from '../../use-step-form';

export function SecurityStep() {
  const { dossier } = useDossier();
  const { form, markVisited } = useStepForm('security', 'securite');
  const [mode, calls] = form.watch(['mode', 'callsPerMinute']);
  const labels = securityLabels(mode);
  const production = preparesProduction(dossier);

  return (
    <StepForm
      stepId="securite"
      form={form}
      markVisited={markVisited}
      intro={<p>Avant tout échange, la DGFiP vérifie la sécurité du système qui appelle l'API, et le nombre d'appels que vous prévoyez.</p>}
    >
      {!production && (
        <Notice kind="info">
          <p>Vous préparez la demande de bac à sable : ces informations ne seront demandées qu'en production. Vous pouvez déjà les préparer.</p>
        </Notice>
      )}
      {dossier.vendor && dossier.vendor.securityDocuments.length > 0 && (
        <Notice kind="info" title={`Documents de sécurité fournis par votre éditeur (${dossier.vendor.vendorName})`}>
          <p>
            Votre éditeur fournit ces documents sur la sécurité de son hébergement : demandez-les-lui, et joignez-les à votre homologation ou au questionnaire.
          </p>
          <ul>
            {dossier.vendor.securityDocuments.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </Notice>
      )}
      <RadioGroup
        name="mode"
        legend="Quelle attestation de sécurité fournirez-vous ?"
        hint="Les organisations soumises au référentiel général de sécurité (RGS) fournissent leur décision d'homologation ; les autres demandent le questionnaire de sécurité à la DGFiP."
        choices={choicesOf(SECURITY_MODE_LABELS)}
      />
      {mode && (
        <>
          <div className="field-row">
            <TextField name="authorityName" label={labels.authority} width="medium" />
            <TextField
              name="authorityFunction"
              label="Fonction"
              hint={mode === 'homologation' ? 'Pour une commune, en général le maire ou son délégataire.' : undefined}
              width="medium"
            />
          </div>
          <div className="field-row">
            <TextField name="beginDate" label={labels.begin} type="date" width="medium" />
            <TextField
              name="endDate"
              label={labels.end}
              type="date"
              width="medium"
              hint={mode === 'questionnaire' ? 'Au plus 3 ans après la signature.' : 'La DGFiP attend une nouvelle attestation 3 mois avant cette date.'}
            />
          </div>
        </>
      )}
      <SelectField
        name="callsPerMinute"
        label={SECURITY_QUESTIONS.callsPerMinute}
        hint={`${CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION} appels par minute suffisent à la plupart des communes ; au-delà, une justification est demandée.`}
        options={CALLS_PER_MINUTE.map((c) => ({ value: c, label: callsPerMinuteText(c) }))}
      />
      {calls !== CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION && (
        <TextArea name="volumetryJustification" label={SECURITY_QUESTIONS.volumetryJustification} rows={3} />
      )}
      <TextField
        name="plannedProductionDate"
        label="Date prévue de mise en production"
        type="date"
        width="medium"
        hint="Comptez environ 75 jours d'instruction."
      />
      {needsAcceptance(dossier) && <Checkbox name="acceptanceDone" label="J'atteste avoir réalisé une recette fonctionnelle et qualifié mon téléservice." />}
    </StepForm>
  );
}
