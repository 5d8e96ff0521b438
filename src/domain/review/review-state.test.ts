import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completeCantineDossier, reviewedCantineDossier } from '../../../test/fixtures/dossiers';
import { DOSSIER_FORMAT } from '../dossier/format';
import { dossierContent } from '../dossier/content';
import { contentHash, hashOf } from './content-hash';
import { fileKind, REVIEW_FORMAT, REVIEW_REQUEST_FORMAT } from './file-formats';
import { targetKey } from './review-model';
import { isRemark, latestReview, remarks, remarksFor, unresolvedRemarks, withRemarkResolved } from './review-state';
import { staleness } from './staleness';

const reviewed = reviewedCantineDossier();

describe('the DPO’s remarks', () => {
  it('are the items with a comment or a status other than « conforme »', () => {
    const item = (status: 'conforme' | 'a-revoir' | 'non-conforme', comment: string) => ({
      target: { kind: 'step', step: 'traitement' } as const,
      status,
      comment,
    });
    expect(isRemark(item('conforme', ''))).toBe(false);
    expect(isRemark(item('conforme', '  \n '))).toBe(false);
    expect(isRemark(item('conforme', 'Vu.'))).toBe(true);
    expect(isRemark(item('a-revoir', ''))).toBe(true);
    expect(isRemark(item('non-conforme', ''))).toBe(true);
  });

  it('are keyed by step or by datum, and found under their target', () => {
    expect(targetKey({ kind: 'step', step: 'traitement' })).toBe('etape:traitement');
    expect(targetKey({ kind: 'datum', scope: 'dgfip_nbpart' })).toBe('donnee:dgfip_nbpart');
    expect(remarks(latestReview(reviewed)!).map((r) => [r.key, r.resolved])).toEqual([
      ['etape:traitement', false],
      ['donnee:dgfip_nbpart', false],
    ]);
    expect(remarksFor(reviewed, { kind: 'datum', scope: 'dgfip_nbpart' }).map((r) => r.item.comment)).toEqual([
      'Préciser la finalité exacte du nombre de parts.',
    ]);
    expect(remarksFor(reviewed, { kind: 'step', step: 'organisation' })).toEqual([]);
    expect(remarksFor(completeCantineDossier(), { kind: 'step', step: 'traitement' })).toEqual([]);
    expect(unresolvedRemarks(completeCantineDossier())).toEqual([]);
  });

  it('are resolved and reopened one by one, on the latest review only', () => {
    const resolved = withRemarkResolved(withRemarkResolved(reviewed, 'etape:traitement', true), 'etape:traitement', true);
    expect(latestReview(resolved)!.resolved).toEqual(['etape:traitement']);
    expect(unresolvedRemarks(resolved).map((r) => r.key)).toEqual(['donnee:dgfip_nbpart']);
    const both = withRemarkResolved(resolved, 'donnee:dgfip_nbpart', true);
    expect(unresolvedRemarks(both)).toEqual([]);
    expect(latestReview(withRemarkResolved(both, 'etape:traitement', false))!.resolved).toEqual(['donnee:dgfip_nbpart']);
    expect(both.review.received).toHaveLength(reviewed.review.received.length);
    expect(withRemarkResolved(completeCantineDossier(), 'etape:traitement', true)).toEqual(completeCantineDossier());
  });

  it('read the latest of several reviews', () => {
    const older = { ...latestReview(reviewed)!, items: [], resolved: [] };
    const twice = { ...reviewed, review: { ...reviewed.review, received: [older, ...reviewed.review.received] } };
    expect(latestReview(twice)).toBe(reviewed.review.received.at(-1));
    expect(latestReview(withRemarkResolved(twice, 'etape:traitement', true))!.resolved).toEqual(['etape:traitement']);
    expect(withRemarkResolved(twice, 'etape:traitement', true).review.received[0]).toBe(older);
  });
});

describe('a dossier changed since its review', () => {
  it('is stale, with what changed since the version reviewed', () => {
    const review = latestReview(reviewed)!;
    expect(staleness(reviewed, review)).toEqual({
      stale: true,
      changes: [{ step: 'traitement', stepTitle: 'Traitement des données personnelles', label: 'Durée de conservation', before: '24 mois', after: '12 mois' }],
    });
  });

  it('is stale without the changes when the version reviewed is not among those sent', () => {
    const review = latestReview(reviewed)!;
    expect(staleness(reviewed, { ...review, dossierVersion: review.dossierVersion + 1 })).toEqual({ stale: true, changes: [] });
    expect(staleness(reviewed, { ...review, dossierHash: '0'.repeat(64) })).toEqual({ stale: true, changes: [] });
  });

  it('is not stale when its answers are those reviewed', () => {
    const review = latestReview(reviewed)!;
    const back = { ...reviewed, gdpr: { ...reviewed.gdpr, retentionMonths: '24' } };
    expect(staleness(back, review)).toEqual({ stale: false });
  });
});

describe('the hash of a dossier’s answers', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('is the SHA-256 of a canonical JSON: keys sorted at every level, undefined values left out, lists in order', () => {
    expect(hashOf({ b: 1, a: [2, { d: undefined, c: 'é', ab: null }], aa: true })).toBe(sha256('{"a":[2,{"ab":null,"c":"é"}],"aa":true,"b":1}'));
    expect(hashOf({ é: 3, b: 1, e: 4, B: 2, a10: 5, a9: 6 })).toBe(sha256('{"B":2,"a10":5,"a9":6,"b":1,"e":4,"é":3}'));
    expect(hashOf([])).toBe(sha256('[]'));
    expect(hashOf('x')).toBe(sha256('"x"'));
    expect(hashOf(null)).toBe(sha256('null'));
  });

  it('is the same whatever the order of the keys in the file, and differs with any answer', () => {
    const d = dossierContent(completeCantineDossier());
    const reordered = Object.fromEntries(Object.entries(d).reverse()) as typeof d;
    expect(contentHash(reordered)).toBe(contentHash(d));
    expect(contentHash({ ...d, gdpr: { ...d.gdpr, retentionMonths: '25' } })).not.toBe(contentHash(d));
    expect(contentHash({ ...d, method: { ...d.method, tranches: [...d.method.tranches].reverse() } })).not.toBe(contentHash(d));
  });

  it('covers the answers only, not the tool’s bookkeeping', () => {
    const d = completeCantineDossier();
    expect(contentHash({ ...d, title: 'Autre titre', version: 7 } as never)).toBe(contentHash(d));
  });
});

describe('what kind of file of this tool a value is', () => {
  it('is read from its format, whatever else it holds', () => {
    expect(fileKind({ format: DOSSIER_FORMAT })).toBe('dossier');
    expect(fileKind({ format: REVIEW_REQUEST_FORMAT })).toBe('review-request');
    expect(fileKind({ format: REVIEW_FORMAT })).toBe('review');
    expect(REVIEW_REQUEST_FORMAT).toBe('demande-de-revue-dpd-habilitation-api-impot-particulier');
    expect(REVIEW_FORMAT).toBe('avis-dpd-habilitation-api-impot-particulier');
  });

  it('is unknown for anything else', () => {
    for (const value of [{ format: 'autre' }, {}, null, undefined, DOSSIER_FORMAT, [DOSSIER_FORMAT], 12]) expect(fileKind(value)).toBe('unknown');
  });
});
