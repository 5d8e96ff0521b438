import { describe, expect, it } from 'vitest';
import { cantineWith } from '../../../test/fixtures/step-says';
import { legalFrameworkText } from './legal-text';

const BASE = 'Règlement (UE) 2016/679 (RGPD) ; articles L. 114-8 et suivants du code des relations entre le public et l’administration (CRPA)';

describe('the legal framework as DataPass asks it', () => {
  it('cites the GDPR, the CRPA and the deliberation with its number, body and date', () => {
    expect(legalFrameworkText(cantineWith({ legal: { deliberationNumber: ' 2026-045 ' } }))).toBe(
      `${BASE} ; délibération n° 2026-045 du conseil municipal du 12 juin 2026`,
    );
    expect(legalFrameworkText(cantineWith({ organisation: { type: 'epci' } }))).toBe(
      `${BASE} ; délibération n° 2026-045 du conseil communautaire du 12 juin 2026`,
    );
    expect(legalFrameworkText(cantineWith({ organisation: { type: '' } }))).toBe(`${BASE} ; délibération n° 2026-045 du 12 juin 2026`);
  });

  it('cites a deliberation to adopt, with its session when known', () => {
    expect(legalFrameworkText(cantineWith({ legal: { deliberationStatus: 'a-adopter', plannedSessionDate: '2027-02-01' } }))).toBe(
      `${BASE} ; délibération du conseil municipal à adopter lors de la séance du 1er février 2027`,
    );
    expect(legalFrameworkText(cantineWith({ organisation: { type: '' }, legal: { deliberationStatus: 'a-adopter', plannedSessionDate: '' } }))).toBe(
      `${BASE} ; délibération à adopter`,
    );
  });

  it('is not written while the deliberation lacks its date, its number or its status', () => {
    expect(legalFrameworkText(cantineWith({ legal: { deliberationDate: '' } }))).toBeNull();
    expect(legalFrameworkText(cantineWith({ legal: { deliberationNumber: '  ' } }))).toBeNull();
    expect(legalFrameworkText(cantineWith({ legal: { deliberationStatus: '' } }))).toBeNull();
  });

  it('adds the text that allows an « autre » use, or replaces the deliberation by it where there is none', () => {
    const text = ' Arrêté du 1er janvier 2027, article 2 ';
    expect(legalFrameworkText(cantineWith({ useCase: { id: 'autre' }, legal: { otherLegalBasis: text } }))).toBe(
      `${BASE} ; délibération n° 2026-045 du conseil municipal du 12 juin 2026 ; Arrêté du 1er janvier 2027, article 2`,
    );
    expect(legalFrameworkText(cantineWith({ organisation: { type: 'banque' }, legal: { deliberationStatus: '', otherLegalBasis: text } }))).toBe(
      `${BASE} ; Arrêté du 1er janvier 2027, article 2`,
    );
    expect(legalFrameworkText(cantineWith({ organisation: { type: 'banque' }, legal: { otherLegalBasis: '  ' } }))).toBeNull();
    expect(legalFrameworkText(cantineWith({ useCase: { id: 'autre' }, legal: { otherLegalBasis: '' } }))).toBeNull();
  });
});
