import { organisationKind } from '../catalogue/organisations';
import { formatFrenchDate } from '../dates';
import { webUrlIsValid } from '../validators/url';
import type { Dossier, LegalSection } from '../dossier/model';
import { isBlank, requireText, type FieldPathOf, type Reporter, type SectionRules, type SectionWarnings, checkDateYears } from './core';

/** Collectivités frame the request with a deliberation; other organisations cite their own text. */
export function needsDeliberation(dossier: Pick<Dossier, 'organisation'>): boolean {
  const type = dossier.organisation.type;
  return type === '' || organisationKind(type).deliberatingBody !== null;
}

/**
 * A deliberation already voted that names each datum and its purpose is all DataPass needs
 * (legal-and-pricing.md: "necessary and sufficient"): the tool's draft is then optional.
 */
export function existingDeliberationSuffices(dossier: Pick<Dossier, 'organisation' | 'legal'>): boolean {
  return needsDeliberation(dossier) && dossier.legal.deliberationStatus === 'existante' && dossier.legal.deliberationListsData === 'oui';
}

/** Whether the request needs a legal text of its own beyond CRPA L. 114-8 and a deliberation. */
export function needsOtherLegalBasis(dossier: Pick<Dossier, 'organisation' | 'useCase'>): boolean {
  return dossier.useCase.id === 'autre' || !needsDeliberation(dossier);
}

function deliberationRules(s: LegalSection, today: string, report: Reporter<FieldPathOf<LegalSection>>): void {
  if (!s.deliberationStatus) {
    report.missing(['deliberationStatus'], 'Indiquez si la délibération existe déjà ou reste à adopter.');
    return;
  }
  if (s.deliberationStatus === 'a-adopter') {
    if (!s.plannedSessionDate) report.missing(['plannedSessionDate'], 'Indiquez la date de la séance prévue pour adopter la délibération.');
    return;
  }
  if (!s.deliberationDate) report.missing(['deliberationDate'], 'Indiquez la date de la délibération.');
  else if (s.deliberationDate > today) {
    report.invalid(
      ['deliberationDate'],
      `Une délibération existante ne peut pas être datée du ${formatFrenchDate(s.deliberationDate)}, qui est dans le futur.`,
    );
  }
  requireText(report, s.deliberationNumber, ['deliberationNumber'], 'Indiquez le numéro de la délibération.');
  if (!isBlank(s.deliberationUrl) && !webUrlIsValid(s.deliberationUrl)) {
    report.invalid(['deliberationUrl'], 'Cette adresse web n’est pas valide : copiez-la depuis la barre d’adresse, elle commence par https://.');
  }
  if (!s.deliberationListsData) {
    report.missing(['deliberationListsData'], 'Indiquez si la délibération cite chaque donnée demandée et à quoi elle sert.');
  } else if (s.deliberationListsData === 'non') {
    report.invalid(
      ['deliberationListsData'],
      "Les instructeurs rejettent une délibération qui ne dit pas quelles données sont utilisées et pourquoi : prévoyez une délibération complémentaire (choisissez « à adopter »), dont l'outil préparera le projet.",
    );
  }
}

export const legalRules: SectionRules<LegalSection> = (s, { dossier, today }, report) => {
  // Only the date the step shows for these answers: an error on a hidden one could not be fixed.
  const shownDate = !needsDeliberation(dossier)
    ? null
    : s.deliberationStatus === 'existante'
      ? 'deliberationDate'
      : s.deliberationStatus === 'a-adopter'
        ? 'plannedSessionDate'
        : null;
  // Stryker disable next-line ArrayDeclaration: equivalent, a key the section does not have holds no date, and checkDateYears skips it.
  checkDateYears(report, s, shownDate ? [shownDate] : []);
  if (needsDeliberation(dossier)) deliberationRules(s, today, report);
  if (needsOtherLegalBasis(dossier)) {
    if (
      requireText(report, s.otherLegalBasis, ['otherLegalBasis'], 'Précisez la nature et les références du texte qui vous autorise à accéder à ces données.')
    ) {
      if (s.otherLegalBasis.trim().length < 30) {
        report.invalid(['otherLegalBasis'], 'Citez le texte précisément : sa nature, son numéro et ses articles (au moins 30 caractères).');
      }
    }
    if (!s.otherWithinCrpa) report.missing(['otherWithinCrpa'], "Indiquez si l'usage reste dans le cadre de l'article L. 114-8 du CRPA.");
  }
};

export const legalWarnings: SectionWarnings<LegalSection> = (s, { dossier }) => {
  const warnings: ReturnType<SectionWarnings<LegalSection>> = [];
  if (!needsDeliberation(dossier)) return warnings;
  if (s.deliberationStatus === 'existante' && isBlank(s.deliberationUrl)) {
    warnings.push({
      path: ['deliberationUrl'],
      message: 'Sans adresse web, DataPass vous demandera la délibération en PDF : gardez-la sous la main.',
    });
  }
  if (s.deliberationStatus === 'a-adopter') {
    warnings.push({
      path: ['deliberationStatus'],
      message:
        'La délibération doit être adoptée et rendue exécutoire (publiée, et transmise au préfet si nécessaire) avant la mise en production. Elle ne peut pas être rétroactive.',
    });
  }
  return warnings;
};
