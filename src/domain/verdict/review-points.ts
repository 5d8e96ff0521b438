import { methodById } from '../catalogue/methods';
import { scopeByKey } from '../catalogue/scopes';
import { USE_CASES, useCaseById } from '../catalogue/use-cases';
import { addMonths, formatFrenchDate, monthsSpanned, type IsoDate } from '../dates';
import type { Dossier, Person } from '../dossier/model';
import { advisedYear, compareWithMinimum } from '../minimisation';
import { isBlank, MIN_JUSTIFICATION_LENGTH } from '../validation/core';
import { preparesProduction, RENEWAL_NOTICE_MONTHS } from '../validation/security-rules';
import type { Finding, Place } from './finding';

/**
 * Points the form accepts but an instructor or a DPO would object to ("À revoir"). The user may
 * keep one with a written reason; each has a stable key for that.
 */

/** A justification of fewer words than this reads as a formality, not a reason. */
export const MIN_JUSTIFICATION_WORDS = 8;

// Stryker disable next-line Regex,MethodExpression: equivalent, once trimmed a non-empty text split on white space gives no empty word, and split(/\s/) gives only empty pieces that filter(Boolean) drops.
const wordCount = (text: string) => text.trim().split(/\s+/u).filter(Boolean).length;

function samePerson(a: Person, b: Person): boolean {
  const norm = (t: string) => t.trim().toLocaleLowerCase('fr');
  if (!isBlank(a.email) && norm(a.email) === norm(b.email)) return true;
  return !isBlank(a.familyName) && norm(a.familyName) === norm(b.familyName) && norm(a.givenName) === norm(b.givenName);
}

type Add = (key: string, place: Place, message: string, related?: Place[]) => void;

function peoplePoints(d: Dossier, add: Add): void {
  const { dpd, responsableTraitement, demandeur } = d.people;
  if (samePerson(dpd, responsableTraitement)) {
    add(
      'dpd-responsable-traitement',
      { section: 'people', path: ['dpd', 'familyName'] },
      'Le délégué à la protection des données semble être aussi le responsable de traitement : il doit pouvoir le conseiller et le contrôler en toute indépendance. Désignez deux personnes différentes.',
    );
  }
  if (samePerson(dpd, demandeur)) {
    add(
      'dpd-demandeur',
      { section: 'people', path: ['dpd', 'familyName'] },
      'Le délégué à la protection des données semble être aussi le demandeur : il devra rendre un avis sur la demande qu’il dépose. Confiez la demande à un autre agent.',
    );
  }
  if (/\bmaire\b/iu.test(dpd.jobTitle)) {
    add('dpd-maire', { section: 'people', path: ['dpd', 'jobTitle'] }, 'Le maire ne peut pas être le délégué à la protection des données de sa commune.');
  }
}

function gdprPoints(d: Dossier, add: Add): void {
  if (d.gdpr.dpia === 'en-cours') {
    add(
      'aipd-en-cours',
      { section: 'gdpr', path: ['dpia'] },
      "L'analyse d'impact est en cours : terminez-la et indiquez sa date. Le DPD et l'instructeur attendent ses conclusions avant la mise en production.",
    );
  }
  const months = Number(d.gdpr.retentionMonths);
  const served = periodServed(d);
  if (served && Number.isInteger(months) && months >= 1 && months < served.months) {
    add(
      'conservation-courte',
      { section: 'gdpr', path: ['retentionMonths'] },
      `Une conservation de ${months} mois est plus courte que la période où les données servent (${served.months} mois à partir du ${formatFrenchDate(d.method.campaignStart)} : ${served.why}). Allongez-la, ou expliquez comment le tarif reste justifiable après.`,
      [{ section: 'method', path: ['campaignStart'] }],
    );
  }
  // Stryker disable next-line StringLiteral: equivalent, without a use case no point is raised below (`other && d.useCase.id`).
  const ownDefault = d.useCase.id ? useCaseById(d.useCase.id).defaultRecipients : '';
  const other = USE_CASES.find(
    // Stryker disable next-line ConditionalExpression: equivalent, no two use cases share their default recipients, so excluding the own use case by id or by its default text excludes the same one.
    (u) => u.id !== d.useCase.id && u.defaultRecipients !== '' && u.defaultRecipients !== ownDefault && u.defaultRecipients === d.gdpr.recipients.trim(),
  );
  if (other && d.useCase.id) {
    add(
      'destinataires-autre-usage',
      { section: 'gdpr', path: ['recipients'] },
      `Les destinataires indiqués sont ceux de « ${other.label} », pas de « ${useCaseById(d.useCase.id).label} » : l'instructeur vérifie qu'ils correspondent au cas d'usage.`,
      [{ section: 'useCase', path: ['id'] }],
    );
  }
}

/**
 * The months during which the data serve: the campaign, and at least a year from its start,
 * since a tariff or a right set at registration usually runs until the next campaign.
 */
export function periodServed(d: Pick<Dossier, 'method'>): { months: number; why: string } | null {
  const months = monthsSpanned(d.method.campaignStart, d.method.campaignEnd);
  if (months === null) return null;
  return months >= 12
    ? { months, why: 'la durée de la campagne' }
    : { months: 12, why: 'un tarif ou un droit fixé à l’inscription vaut en général jusqu’à la campagne suivante' };
}

function dataPoints(d: Dossier, add: Add): void {
  const { extra } = compareWithMinimum(d, d.data.scopes);
  for (const key of extra) {
    // Stryker disable next-line StringLiteral: equivalent, a missing justification read as that 17-character text is still under the 20 characters that make a brief one.
    const text = (d.data.justifications[key] ?? '').trim();
    if (text.length >= MIN_JUSTIFICATION_LENGTH && wordCount(text) < MIN_JUSTIFICATION_WORDS) {
      add(
        `justification-breve:${key}`,
        { section: 'data', path: ['justifications', key] },
        `La justification de « ${scopeByKey(key).shortLabel} » tient en quelques mots : dites à quoi sert cette donnée dans votre calcul et pourquoi elle est strictement nécessaire. L'instructeur refuse une donnée au-delà du minimum sans raison précise.`,
      );
    }
  }
  // Without both campaign dates there is no advice to compare with: the method step asks for them.
  const advised = advisedYear(d);
  if (advised && d.data.initialised && !d.data.scopes.includes(advised)) {
    add(
      'annee-conseillee',
      { section: 'data', path: ['scopes', advised] },
      `L'année conseillée pour votre campagne est l'${scopeByKey(advised).shortLabel}, qui n'est pas cochée à l'étape 4 : cochez-la, ou vérifiez les dates de la campagne à l'étape 3.`,
      [{ section: 'method', path: ['campaignStart'] }],
    );
  }
}

function methodPoints(d: Dossier, add: Add): void {
  const useCase = d.useCase.id;
  // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, the « autre » use case lists every method, so no method is unusual for it either way.
  if (d.method.id && useCase && useCase !== 'autre' && !useCaseById(useCase).methods.includes(d.method.id)) {
    add(
      'methode-inhabituelle',
      { section: 'method', path: ['id'] },
      `La méthode « ${methodById(d.method.id).label} » est inhabituelle pour « ${useCaseById(useCase).label} » : l'instructeur vérifie la cohérence entre le cas d'usage et les données. Changez de méthode, ou expliquez-la dans la description.`,
      [{ section: 'useCase', path: ['id'] }],
    );
  }
}

function datePoints(d: Dossier, today: IsoDate, add: Add): void {
  const { legal, security } = d;
  if (legal.deliberationStatus === 'a-adopter' && legal.plannedSessionDate && legal.plannedSessionDate < today) {
    add(
      'seance-passee',
      { section: 'legal', path: ['plannedSessionDate'] },
      'Cette séance est passée : si la délibération a été adoptée, choisissez « existante » et indiquez sa date et son numéro ; sinon, indiquez la prochaine séance.',
    );
  }
  if (!preparesProduction(d)) return;
  if (security.plannedProductionDate && security.plannedProductionDate < today) {
    add(
      'mise-en-production-passee',
      { section: 'security', path: ['plannedProductionDate'] },
      'Cette date de mise en production est passée : indiquez une date à venir.',
    );
  }
  const renewalNotice = addMonths(today, RENEWAL_NOTICE_MONTHS);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, an empty end date is never on or after today, and renewalNotice is null only for an invalid today.
  if (security.endDate && renewalNotice && security.endDate >= today && security.endDate < renewalNotice) {
    add(
      'attestation-echeance',
      { section: 'security', path: ['endDate'] },
      `L'attestation de sécurité expire le ${formatFrenchDate(security.endDate)}, dans moins de 3 mois : la DGFiP en demande une nouvelle 3 mois avant l'échéance, sinon le flux est suspendu.`,
    );
  }
}

export function reviewPoints(d: Dossier, today: IsoDate): Finding[] {
  const found: Finding[] = [];
  const add: Add = (key, place, message, related = []) => found.push({ key, kind: 'review', place, message, related });
  peoplePoints(d, add);
  gdprPoints(d, add);
  dataPoints(d, add);
  methodPoints(d, add);
  datePoints(d, today, add);
  return found;
}
