import { useEffect, useState } from 'react';
import { DPIA_LABELS, INFORMATION_MODE_LABELS, NO_DATA_RULE_LABELS } from '../../../../domain/catalogue/choices';
import { RETENTION_MONTHS_WITHOUT_JUSTIFICATION } from '../../../../domain/catalogue/volumetry';
import { parseWholeNumber } from '../../../../domain/validators/number';
import { GDPR_QUESTIONS } from '../../../../domain/question-labels';
import { Checkbox, RadioGroup, TextArea, TextField, choicesOf } from '../../../../ui/fields';
import { useDossier } from '../../../storage/editing';
import { StepForm } from '../../step-form';
import { useStepForm } from '../../use-step-form';

export function GdprStep() {
  const { dossier } = useDossier();
  const { form, markVisited } = useStepForm('gdpr', 'traitement');
  const [retention, noDataRule, dpia] = form.watch(['retentionMonths', 'noDataRule', 'dpia']);
  const months = parseWholeNumber(retention);
  const accessMode = dossier.organisation.accessMode;
  // With the numéro fiscal there is no FranceConnect screen to consent on: that mode is not
  // offered. A dossier that already holds it keeps it in view, with its error, until changed:
  // hiding it would drop the answer without a word.
  const [fcConsentStored] = useState(() => form.getValues('informationMode') === 'consentement-franceconnect');
  const offersFcConsent = accessMode !== 'spi' || fcConsentStored;
  const informationChoices = choicesOf(INFORMATION_MODE_LABELS).filter((c) => offersFcConsent || c.value !== 'consentement-franceconnect');
  useEffect(() => {
    if (accessMode === 'spi' && fcConsentStored) void form.trigger('informationMode');
  }, [accessMode, fcConsentStored, form]);

  return (
    <StepForm
      stepId="traitement"
      form={form}
      markVisited={markVisited}
      intro={
        <p>
          Ce que deviennent les données une fois reçues : qui les voit, combien de temps, comment les usagers en sont informés, et ce que font ceux qui ne
          veulent pas de l'échange.
        </p>
      }
    >
      <TextArea name="recipients" label="Destinataires des données" hint="Prérempli selon le cas d'usage ; précisez les services concernés." rows={2} />
      <TextField
        name="retentionMonths"
        label="Durée de conservation des données (en mois)"
        hint={`Le plus souvent 12 à 24 mois. Au-delà de ${RETENTION_MONTHS_WITHOUT_JUSTIFICATION} mois, DataPass demande une justification. Le numéro fiscal, lui, ne doit pas être conservé après l'échange.`}
        inputMode="numeric"
        width="short"
        suffix="mois"
      />
      {months !== null && months > RETENTION_MONTHS_WITHOUT_JUSTIFICATION && (
        <TextArea name="retentionJustification" label="Justification de la durée de conservation" rows={3} />
      )}

      <RadioGroup
        name="informationMode"
        legend={GDPR_QUESTIONS.informationMode}
        hint={
          accessMode === 'spi'
            ? "Avec le numéro fiscal : pas de consentement, mais une information avant l'échange, et un lien vers les mentions légales sur chaque écran."
            : accessMode === 'france-connect'
              ? "Avec FranceConnect : l'usager consent sur l'écran de FranceConnect avant la transmission."
              : "Cela dépend de la modalité d'accès choisie à l'étape 1."
        }
        choices={informationChoices}
      />
      <TextField
        name="informationWhere"
        label={GDPR_QUESTIONS.informationWhere}
        hint="Par exemple : page d'inscription du portail famille, avant la saisie du numéro fiscal."
      />

      <Checkbox
        name="alternativeOffered"
        label="Les usagers qui préfèrent fournir eux-mêmes leurs justificatifs, ou dont la DGFiP n'a pas les données, peuvent toujours déposer leur avis d'imposition"
        hint="L'article L. 113-12 du CRPA interdit d'exiger une pièce que l'administration peut obtenir elle-même : le dépôt reste une possibilité, jamais une obligation."
      />
      <RadioGroup name="noDataRule" legend="Sans données fiscales ni justificatif, quelle règle s'applique ?" choices={choicesOf(NO_DATA_RULE_LABELS)} />
      {noDataRule === 'autre' && <TextArea name="noDataRuleOther" label="Décrivez cette règle" rows={2} />}

      <RadioGroup
        name="dpia"
        legend="Analyse d'impact relative à la protection des données (AIPD)"
        hint="Ce traitement n'est pas sur la liste de la CNIL, mais des données financières croisées avec d'autres sources justifient souvent d'en faire une, ou de dire par écrit pourquoi non."
        choices={choicesOf(DPIA_LABELS)}
      />
      {dpia === 'realisee' && <TextField name="dpiaDate" label="Date de l'analyse d'impact" type="date" width="medium" />}
      {dpia === 'non-necessaire' && <TextArea name="dpiaReason" label="Pourquoi n'est-elle pas nécessaire ?" rows={3} />}

      <Checkbox name="inRegister" label="Le traitement est inscrit au registre des activités de traitement de l'organisation (article 30 du RGPD)" />
      <Checkbox
        name="dpdInformed"
        label="Le délégué à la protection des données de mon organisation est informé"
        hint="DataPass vous demandera de le confirmer avant l'envoi."
      />
    </StepForm>
  );
}
