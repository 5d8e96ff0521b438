import { RETENTION_MONTHS_WITHOUT_JUSTIFICATION } from '../catalogue/volumetry';
import { parseWholeNumber } from '../validators/number';
import type { GdprSection } from '../dossier/model';
import { isBlank, requireJustification, requireText, type SectionRules, type SectionWarnings, checkDateYears } from './core';

export const MAX_RETENTION_MONTHS = 600;

export const gdprRules: SectionRules<GdprSection> = (s, { dossier }, report) => {
  // The date is shown, so can be fixed, only for an analysis done.
  // Stryker disable next-line ArrayDeclaration: equivalent, a key the section does not have holds no date, and checkDateYears skips it.
  checkDateYears(report, s, s.dpia === 'realisee' ? ['dpiaDate'] : []);
  requireText(report, s.recipients, ['recipients'], 'Indiquez qui recevra les données (par exemple : agents instructeurs des demandes).');

  if (requireText(report, s.retentionMonths, ['retentionMonths'], 'Indiquez la durée de conservation, en mois.')) {
    const months = parseWholeNumber(s.retentionMonths);
    // Stryker disable next-line ConditionalExpression: equivalent, a null count compares as 0 and is refused by `months < 1` anyway; the null check is there for TypeScript.
    if (months === null || months < 1 || months > MAX_RETENTION_MONTHS) {
      report.invalid(['retentionMonths'], `Indiquez un nombre entier de mois entre 1 et ${MAX_RETENTION_MONTHS}, par exemple 24.`);
    } else if (months > RETENTION_MONTHS_WITHOUT_JUSTIFICATION) {
      requireJustification(
        report,
        s.retentionJustification,
        ['retentionJustification'],
        `Au-delà de ${RETENTION_MONTHS_WITHOUT_JUSTIFICATION} mois, DataPass exige de justifier la durée de conservation.`,
      );
    }
  }

  const accessMode = dossier.organisation.accessMode;
  if (!s.informationMode) {
    report.missing(['informationMode'], 'Indiquez comment les usagers sont informés.');
  } else if (accessMode === 'spi' && s.informationMode === 'consentement-franceconnect') {
    report.invalid(
      ['informationMode'],
      "Avec le numéro fiscal, il n'y a pas d'écran de consentement FranceConnect : l'usager doit être informé avant l'échange.",
    );
  } else if (accessMode === 'france-connect' && s.informationMode === 'information-prealable') {
    report.invalid(
      ['informationMode'],
      "Avec FranceConnect, l'usager consent sur l'écran de FranceConnect avant la transmission : choisissez ce mode d'information.",
    );
  }
  requireText(report, s.informationWhere, ['informationWhere'], "Indiquez où l'usager est informé (par exemple : page d'inscription du portail famille).");

  if (!s.alternativeOffered) {
    report.missing(
      ['alternativeOffered'],
      "Cochez « peuvent toujours déposer leur avis d'imposition » une fois que c'est le cas : aucune démarche ne doit dépendre du seul échange de données.",
    );
  }

  if (!s.noDataRule) report.missing(['noDataRule'], 'Indiquez ce qui s’applique aux familles sans données fiscales ni justificatif.');
  else if (s.noDataRule === 'autre') {
    requireText(report, s.noDataRuleOther, ['noDataRuleOther'], 'Décrivez la règle appliquée aux familles sans données fiscales ni justificatif.');
  }

  if (!s.dpia) report.missing(['dpia'], "Indiquez où en est l'analyse d'impact (AIPD).");
  else if (s.dpia === 'realisee' && !s.dpiaDate) report.missing(['dpiaDate'], "Indiquez la date de l'analyse d'impact.");
  else if (s.dpia === 'non-necessaire') {
    if (requireText(report, s.dpiaReason, ['dpiaReason'], "Expliquez pourquoi l'analyse d'impact n'est pas nécessaire.") && s.dpiaReason.trim().length < 40) {
      report.invalid(['dpiaReason'], 'Développez cette explication (au moins 40 caractères) : le DPD et la DGFiP la liront.');
    }
  }

  if (!s.dpdInformed) {
    report.missing(['dpdInformed'], 'Informez le délégué à la protection des données de cette demande, puis cochez la case.');
  }
  if (!s.inRegister) {
    report.missing(['inRegister'], 'Inscrivez le traitement au registre des activités de traitement (article 30 du RGPD), puis cochez la case.');
  }
};

export const gdprWarnings: SectionWarnings<GdprSection> = (s) => {
  const warnings: ReturnType<SectionWarnings<GdprSection>> = [];
  if (s.dpia === 'non-necessaire' && !isBlank(s.dpiaReason)) {
    warnings.push({
      path: ['dpiaReason'],
      message:
        "Des données financières croisées avec d'autres sources remplissent souvent deux critères du CEPD : le DPD peut recommander une analyse d'impact malgré tout.",
    });
  }
  return warnings;
};
