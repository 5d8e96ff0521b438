import { addMonths, formatFrenchDate, type IsoDate } from '../dates';
import type { Dossier } from '../dossier/model';
import { needsDeliberation } from '../validation/legal-rules';
import { preparesProduction, RENEWAL_NOTICE_MONTHS } from '../validation/security-rules';
import type { Finding, Place } from './finding';

/**
 * Dates that must follow each other across steps. The deliberation is the legal basis of the
 * exchange: without it in force, no datum may be received, so a deliberation after the opening
 * of the campaign or after go-live is "À faire". The others are "À revoir": the form accepts
 * them, the instructor asks why.
 */
const GO_LIVE: Place = { section: 'security', path: ['plannedProductionDate'] };
const CAMPAIGN_START: Place = { section: 'method', path: ['campaignStart'] };
const CAMPAIGN_END: Place = { section: 'method', path: ['campaignEnd'] };
const SECURITY_END: Place = { section: 'security', path: ['endDate'] };

function deliberationDate(d: Dossier): { date: IsoDate; place: Place; voted: boolean } | null {
  if (!needsDeliberation(d)) return null;
  const { deliberationStatus, deliberationDate: voted, plannedSessionDate } = d.legal;
  if (deliberationStatus === 'existante' && voted) return { date: voted, place: { section: 'legal', path: ['deliberationDate'] }, voted: true };
  if (deliberationStatus === 'a-adopter' && plannedSessionDate)
    return { date: plannedSessionDate, place: { section: 'legal', path: ['plannedSessionDate'] }, voted: false };
  return null;
}

export function coherenceFindings(d: Dossier): Finding[] {
  const found: Finding[] = [];
  const { campaignStart, campaignEnd } = d.method;
  const production = preparesProduction(d);
  const goLive = production ? d.security.plannedProductionDate : '';
  const deliberation = deliberationDate(d);

  if (deliberation) {
    const what = deliberation.voted
      ? `La délibération du ${formatFrenchDate(deliberation.date)}`
      : `La séance prévue le ${formatFrenchDate(deliberation.date)}`;
    if (goLive && deliberation.date >= goLive) {
      found.push({
        key: 'deliberation-avant-mise-en-production',
        kind: 'invalid',
        place: deliberation.place,
        message: `${what} n'est pas antérieure à la mise en production prévue le ${formatFrenchDate(goLive)} : la délibération doit être votée, publiée et transmise avant le premier appel à l'API. Avancez la séance ou reportez la mise en production.`,
        related: [GO_LIVE],
      });
    }
    if (campaignStart && deliberation.date >= campaignStart) {
      found.push({
        key: 'deliberation-avant-campagne',
        // A deliberation already voted cannot move: the user may keep it, explaining that the
        // API serves only the requests received after it.
        kind: deliberation.voted ? 'review' : 'invalid',
        place: deliberation.place,
        message: `${what} n'est pas antérieure à l'ouverture de la campagne le ${formatFrenchDate(campaignStart)} : la délibération doit être en vigueur avant que les premières demandes soient traitées avec les données fiscales.`,
        related: [CAMPAIGN_START],
      });
    }
  }

  if (goLive && campaignStart && goLive >= campaignStart) {
    found.push({
      key: 'mise-en-production-apres-campagne',
      kind: 'review',
      place: GO_LIVE,
      message: `La mise en production prévue le ${formatFrenchDate(goLive)} n'est pas antérieure à l'ouverture de la campagne le ${formatFrenchDate(campaignStart)} : les familles inscrites avant devront fournir leurs justificatifs. Avancez la mise en production, ou expliquez pourquoi ce décalage est voulu.`,
      related: [CAMPAIGN_START],
    });
  }

  // Stryker disable next-line StringLiteral: equivalent, outside production goLive is empty too, and a text that is not a date sorts after every ISO date, so no comparison below fires.
  const securityEnd = production ? d.security.endDate : '';
  if (securityEnd && goLive) {
    const margin = addMonths(goLive, RENEWAL_NOTICE_MONTHS);
    if (securityEnd < goLive) {
      found.push({
        key: 'homologation-mise-en-production',
        kind: 'review',
        place: SECURITY_END,
        message: `L'attestation de sécurité aura expiré le ${formatFrenchDate(securityEnd)}, avant la mise en production prévue le ${formatFrenchDate(goLive)} : renouvelez-la avant de déposer la demande.`,
        related: [GO_LIVE],
      });
    } else if (margin && securityEnd < margin) {
      found.push({
        key: 'homologation-mise-en-production',
        kind: 'review',
        place: SECURITY_END,
        message: `L'attestation de sécurité expire le ${formatFrenchDate(securityEnd)}, moins de 3 mois après la mise en production prévue le ${formatFrenchDate(goLive)} : la DGFiP en demandera une nouvelle dès l'ouverture. Renouvelez-la d'abord.`,
        related: [GO_LIVE],
      });
    }
  }
  if (securityEnd && campaignEnd && securityEnd < campaignEnd) {
    found.push({
      key: 'homologation-campagne',
      kind: 'review',
      place: SECURITY_END,
      message: `L'attestation de sécurité expire le ${formatFrenchDate(securityEnd)}, avant la fin de la campagne le ${formatFrenchDate(campaignEnd)} : sans renouvellement, le flux sera suspendu en pleine campagne.`,
      related: [CAMPAIGN_END],
    });
  }
  return found;
}
