import { dataPassPath } from '../catalogue/software';
import { CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION } from '../catalogue/volumetry';
import { addMonths, addDays, formatFrenchDate } from '../dates';
import type { Dossier, SecuritySection } from '../dossier/model';
import { requireJustification, requireText, type SectionRules, type SectionWarnings, checkDateYears } from './core';

/** The DGFiP security questionnaire is renewed at least every 3 years. */
export const QUESTIONNAIRE_VALIDITY_MONTHS = 36;
/** The DGFiP wants a new attestation 3 months before the current one expires. */
export const RENEWAL_NOTICE_MONTHS = 3;

/** The production request is being prepared (the sandbox request needs no security block). */
export function preparesProduction(dossier: Pick<Dossier, 'organisation'>): boolean {
  const { software, stage } = dossier.organisation;
  // Stryker disable next-line all: equivalent, no software chosen takes the sandbox path, never the éditeur one, so the check for '' changes nothing.
  return (software !== '' && dataPassPath(software) === 'avec-editeur') || stage === 'production';
}

/** The "recette fonctionnelle" is attested on production requests, except in éditeur forms. */
export function needsAcceptance(dossier: Pick<Dossier, 'organisation'>): boolean {
  const { software, stage } = dossier.organisation;
  return stage === 'production' && software !== '' && dataPassPath(software) === 'bac-a-sable-puis-production';
}

export const securityLabels = (mode: SecuritySection['mode']) =>
  mode === 'questionnaire'
    ? { authority: 'Signataire du questionnaire de sécurité', begin: 'Date de signature', end: 'Date de renouvellement prévue' }
    : { authority: "Nom de l'autorité d'homologation", begin: "Date de début de l'homologation", end: "Date de fin de l'homologation" };

export const securityRules: SectionRules<SecuritySection> = (s, { dossier, today }, report) => {
  // The attestation's dates are shown, so can be fixed, once its kind is chosen.
  checkDateYears(report, s, s.mode ? ['beginDate', 'endDate', 'plannedProductionDate'] : ['plannedProductionDate']);
  const required = preparesProduction(dossier);
  // In a sandbox request the block is optional, but what is typed must still be consistent.
  const need = (filled: boolean, path: keyof SecuritySection, message: string) => {
    if (!filled && required) report.missing([path], message);
  };

  need(s.mode !== '', 'mode', 'Indiquez si vous fournissez une homologation de sécurité (RGS) ou le questionnaire de sécurité de la DGFiP.');
  if (s.mode !== '') {
    const labels = securityLabels(s.mode);
    if (required) {
      requireText(report, s.authorityName, ['authorityName'], `Indiquez : ${labels.authority.toLowerCase()}.`);
      requireText(report, s.authorityFunction, ['authorityFunction'], 'Indiquez sa fonction.');
    }
    need(s.beginDate !== '', 'beginDate', `Indiquez la ${labels.begin.toLowerCase()}.`);
    need(s.endDate !== '', 'endDate', `Indiquez la ${labels.end.toLowerCase()}.`);
    if (s.beginDate && s.endDate && s.endDate <= s.beginDate) {
      report.invalid(['endDate'], 'La date de fin doit être après la date de début.');
    } else if (s.beginDate && s.endDate) {
      const latestRenewal = addMonths(s.beginDate, QUESTIONNAIRE_VALIDITY_MONTHS);
      // Stryker disable next-line ConditionalExpression: equivalent, a date string compared with null is never greater (NaN > 0), so nothing is reported either way.
      if (s.mode === 'questionnaire' && latestRenewal !== null && s.endDate > latestRenewal) {
        report.invalid(['endDate'], `Le questionnaire de sécurité se renouvelle au moins tous les 3 ans : au plus tard le ${formatFrenchDate(latestRenewal)}.`);
      }
      if (s.endDate < today) {
        report.invalid(['endDate'], `Cette attestation a expiré le ${formatFrenchDate(s.endDate)} : renouvelez-la avant de déposer la demande.`);
      }
    }
    if (s.beginDate && s.beginDate > today) {
      report.invalid(['beginDate'], 'Cette date est dans le futur : indiquez la date de la décision ou de la signature déjà intervenue.');
    }
  }

  if (s.callsPerMinute !== CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION) {
    requireJustification(
      report,
      s.volumetryJustification,
      ['volumetryJustification'],
      `Au-delà de ${CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION} appels par minute, DataPass exige une justification (pics d'inscription attendus, par exemple).`,
    );
  }

  need(s.plannedProductionDate !== '', 'plannedProductionDate', 'Indiquez la date prévue de mise en production.');
  if (needsAcceptance(dossier) && !s.acceptanceDone) {
    report.missing(['acceptanceDone'], 'Attestez avoir réalisé la recette fonctionnelle : DataPass l’exige pour la production.');
  }
};

/** Advice only: the dates an instructor would object to are "À revoir" points of the verdict. */
export const securityWarnings: SectionWarnings<SecuritySection> = (s, { today }) => {
  const instructionEnd = addDays(today, 75);
  if (s.plannedProductionDate && s.plannedProductionDate >= today && instructionEnd && s.plannedProductionDate < instructionEnd) {
    return [{ path: ['plannedProductionDate'], message: "L'instruction d'une demande prend environ 75 jours en moyenne : cette date laisse peu de marge." }];
  }
  return [];
};
