import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { INCOMPLETE_DATE_MESSAGE } from '../french-errors';
import { IMPORT_MAX_BYTES } from '../dossier/limits';
import type { Review } from './review-model';
import {
  exportReview,
  newReview,
  parseReviewFile,
  readReview,
  readReviewRequest,
  REVIEW_EXPORT_MESSAGES,
  reviewExportIssues,
  reviewFile,
  reviewMismatch,
  reviewRequest,
  reviewShapeIssues,
  reviewTypingIssues,
  withReceivedReview,
  withSentVersion,
} from './review-files';
import { hashOf } from './content-hash';

const sentAt = new Date('2026-11-26T10:00:00Z');
const cantine = completeCantineDossier();
const request = reviewRequest(cantine, sentAt);
const sent = withSentVersion(cantine, request);
const signed = (change: Partial<Review> = {}): Review => ({
  ...newReview(request),
  reviewerName: 'Nadia Petit',
  date: '2026-12-01',
  opinion: 'favorable',
  ...change,
});
const failure = (result: { ok: boolean; message?: string }) => (result.ok ? 'lu' : result.message);

describe('a review request, as the DPO opens it', () => {
  it('is the dossier’s answers at this version, with their hash, dated when sent', () => {
    expect(request).toMatchObject({ format: 'demande-de-revue-dpd-habilitation-api-impot-particulier', formatVersion: 1, sentAt: '2026-11-26T10:00:00.000Z' });
    expect(request.dossier).toMatchObject({ id: cantine.id, title: cantine.title, version: 1 });
    expect(readReviewRequest(JSON.stringify(request))).toEqual({ ok: true, request });
  });

  it('is refused, saying why: another kind of file, damaged, altered on the way, not JSON, too big', () => {
    expect(failure(readReviewRequest(JSON.stringify(cantine)))).toBe('Ce fichier est un dossier, pas une demande de revue destinée au DPD.');
    expect(failure(readReviewRequest(JSON.stringify(reviewFile(signed()))))).toBe("Ce fichier est l'avis d'un DPD, pas une demande de revue destinée au DPD.");
    expect(failure(readReviewRequest(JSON.stringify({ ...request, dossier: { ...request.dossier, version: 0 } })))).toBe(
      'Cette demande de revue est incomplète ou abîmée : elle ne peut pas être lue.',
    );
    const altered = {
      ...request,
      dossier: { ...request.dossier, content: { ...request.dossier.content, gdpr: { ...request.dossier.content.gdpr, retentionMonths: '99' } } },
    };
    expect(failure(readReviewRequest(JSON.stringify(altered)))).toBe(
      "Ce dossier a été modifié après son envoi (son empreinte ne correspond plus) : demandez au chef de projet de l'envoyer à nouveau.",
    );
    expect(failure(readReviewRequest('{'))).toBe("Ce fichier n'est pas lisible : son contenu n'est pas du JSON.");
    expect(failure(readReviewRequest('x'.repeat(IMPORT_MAX_BYTES + 1)))).toBe('Ce fichier dépasse 5 Mo : ce ne peut pas être un fichier de cet outil.');
    expect(failure(readReviewRequest('x'.repeat(IMPORT_MAX_BYTES)))).toBe("Ce fichier n'est pas lisible : son contenu n'est pas du JSON.");
  });
});

describe('sending a version for review', () => {
  it('keeps one copy of each version sent, the latest sending replacing an earlier one of the same version', () => {
    const again = withSentVersion(sent, reviewRequest(cantine, new Date('2026-11-27T10:00:00Z')));
    expect(again.review.sent.map((s) => [s.version, s.sentAt])).toEqual([[1, '2026-11-27T10:00:00.000Z']]);
    const next = { ...again, version: 2 };
    const both = withSentVersion(next, reviewRequest(next, new Date('2026-11-28T10:00:00Z')));
    expect(both.review.sent.map((s) => s.version)).toEqual([1, 2]);
  });
});

describe('a review, as the project lead imports it', () => {
  it('starts empty, for this version of this dossier', () => {
    expect(newReview(request)).toEqual({
      id: `${cantine.id}-v1`,
      dossierId: cantine.id,
      dossierTitle: cantine.title,
      dossierVersion: 1,
      dossierHash: request.hash,
      reviewerName: '',
      date: '',
      opinion: '',
      generalComment: '',
      items: [],
    });
  });

  it('is refused when damaged, or altered after its export', () => {
    expect(failure(parseReviewFile(JSON.stringify({ ...reviewFile(signed()), reviewHash: 'abc' })))).toBe(
      'Cet avis est incomplet ou abîmé : il ne peut pas être lu.',
    );
    expect(failure(parseReviewFile(JSON.stringify({ ...reviewFile(signed()), review: signed({ opinion: 'defavorable' }) })))).toMatch(
      /^Cet avis a été modifié après son export/,
    );
    expect(failure(parseReviewFile(JSON.stringify(request)))).toBe("Ce fichier est une demande de revue destinée au DPD, pas l'avis d'un DPD.");
  });

  it('must be of this dossier, on a version it sent unchanged, and not imported yet', () => {
    const review = signed();
    const hash = hashOf(review);
    expect(reviewMismatch(sent, review, hash)).toBeNull();
    expect(reviewMismatch({ ...sent, id: 'autre' }, review, hash)).toBe(
      `Cet avis porte sur un autre dossier (« ${cantine.title} »), pas sur « ${cantine.title} ».`,
    );
    expect(reviewMismatch(sent, { ...review, dossierVersion: 2 }, hash)).toBe(
      "Cet avis porte sur la version 2 du dossier, que ce navigateur n'a pas envoyée au DPD.",
    );
    expect(reviewMismatch(sent, { ...review, dossierHash: '0'.repeat(64) }, hash)).toBe(
      "Cet avis ne porte pas sur la version 1 telle qu'elle a été envoyée : le dossier a été modifié en chemin.",
    );
    const imported = withReceivedReview(sent, review, hash, sentAt);
    expect(reviewMismatch(imported, review, hash)).toBe('Cet avis est déjà importé.');
    expect(reviewMismatch(imported, review, '1'.repeat(64))).toBeNull();
    expect(failure(readReview(JSON.stringify(reviewFile(review)), imported))).toBe('Cet avis est déjà importé.');
  });

  it('of the current version, opens the next one; of an earlier one, leaves the version as it is', () => {
    const review = signed();
    const imported = withReceivedReview(sent, review, hashOf(review), sentAt);
    expect(imported.version).toBe(2);
    expect(imported.review.received).toEqual([{ ...review, hash: hashOf(review), importedAt: '2026-11-26T10:00:00.000Z', resolved: [] }]);
    const later = withReceivedReview(imported, { ...review, generalComment: 'Second avis.' }, '2'.repeat(64), sentAt);
    expect(later.version).toBe(2);
    expect(later.review.received).toHaveLength(2);
  });
});

describe('a review, as the DPO types and exports it', () => {
  it('says each problem once per field, as the import would', () => {
    const issues = reviewShapeIssues({ ...signed(), date: 12, reviewerName: 'x'.repeat(301) });
    expect(issues.map((i) => i.path.join('.'))).toEqual(['reviewerName', 'date']);
    expect(reviewShapeIssues(signed())).toEqual([]);
    // 0.5 is neither whole nor 1 or more: two refusals of one field, said once.
    expect(reviewShapeIssues({ ...signed(), dossierVersion: 0.5 }).map((i) => i.path.join('.'))).toEqual(['dossierVersion']);
  });

  it('is refused whole, without throwing, when it is not an object at all', () => {
    const whole = { path: [], message: 'Cette partie du dossier manque ou n’a pas la forme attendue.' };
    for (const values of [null, undefined, 'avis']) {
      expect(reviewTypingIssues(values)).toEqual([whole]);
      expect(exportReview(values)).toEqual({
        ok: false,
        issues: [
          whole,
          { path: ['opinion'], message: REVIEW_EXPORT_MESSAGES.opinion },
          { path: ['reviewerName'], message: REVIEW_EXPORT_MESSAGES.reviewerName },
          { path: ['date'], message: REVIEW_EXPORT_MESSAGES.date },
        ],
      });
    }
  });

  it('while typed, flags a date typed halfway, but not what is still to say', () => {
    expect(reviewTypingIssues({ ...newReview(request), date: '0202-12-01' })).toEqual([{ path: ['date'], message: INCOMPLETE_DATE_MESSAGE }]);
    expect(reviewTypingIssues(newReview(request))).toEqual([]);
  });

  it('to be sent, wants an opinion, a signing name and a date', () => {
    expect(reviewExportIssues({ ...newReview(request), reviewerName: '  ' })).toEqual([
      { path: ['opinion'], message: REVIEW_EXPORT_MESSAGES.opinion },
      { path: ['reviewerName'], message: REVIEW_EXPORT_MESSAGES.reviewerName },
      { path: ['date'], message: REVIEW_EXPORT_MESSAGES.date },
    ]);
    const { opinion: _opinion, ...withoutOpinion } = signed();
    expect(reviewExportIssues(withoutOpinion).map((i) => i.path.join('.'))).toEqual(['opinion']);
    expect(reviewExportIssues({ ...signed(), date: '0202-12-01' })).toEqual([{ path: ['date'], message: INCOMPLETE_DATE_MESSAGE }]);
    expect(reviewExportIssues(signed())).toEqual([]);
    expect(reviewExportIssues('avis').map((i) => `${i.path.join('.') || '—'} : ${i.message}`)).toEqual([
      '— : Cette partie du dossier manque ou n’a pas la forme attendue.',
      `opinion : ${REVIEW_EXPORT_MESSAGES.opinion}`,
      `reviewerName : ${REVIEW_EXPORT_MESSAGES.reviewerName}`,
      `date : ${REVIEW_EXPORT_MESSAGES.date}`,
    ]);
  });

  it('is exported as a file the import reads back, named after the dossier and its version', () => {
    const result = exportReview(signed());
    expect(result.ok && result.fileName).toBe('avis-dpd-v1-cantine-saint-exemple.json');
    expect(result.ok && parseReviewFile(result.text)).toEqual({ ok: true, review: signed(), hash: hashOf(signed()) });
    expect(exportReview(newReview(request))).toMatchObject({ ok: false });
  });
});
