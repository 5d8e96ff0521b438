import { organisationKind } from '../catalogue/organisations';
import { formatFrenchDate } from '../dates';
import type { Dossier } from '../dossier/model';
import { needsDeliberation, needsOtherLegalBasis } from '../validation/legal-rules';

/** "RGPD ; articles L. 114-8 et suivants du CRPA ; délibération n° … du conseil municipal du …" */
export function legalFrameworkText(d: Dossier): string | null {
  const parts = ['Règlement (UE) 2016/679 (RGPD)', 'articles L. 114-8 et suivants du code des relations entre le public et l’administration (CRPA)'];
  if (needsDeliberation(d)) {
    const body = d.organisation.type ? organisationKind(d.organisation.type).deliberatingBody : null;
    if (d.legal.deliberationStatus === 'existante' && d.legal.deliberationDate && d.legal.deliberationNumber.trim()) {
      parts.push(`délibération n° ${d.legal.deliberationNumber.trim()}${body ? ` du ${body}` : ''} du ${formatFrenchDate(d.legal.deliberationDate)}`);
    } else if (d.legal.deliberationStatus === 'a-adopter') {
      parts.push(
        `délibération${body ? ` du ${body}` : ''} à adopter${d.legal.plannedSessionDate ? ` lors de la séance du ${formatFrenchDate(d.legal.plannedSessionDate)}` : ''}`,
      );
    } else {
      return null;
    }
  }
  if (needsOtherLegalBasis(d)) {
    if (!d.legal.otherLegalBasis.trim()) return null;
    parts.push(d.legal.otherLegalBasis.trim());
  }
  return parts.join(' ; ');
}
