import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { arbitraryDossier } from '../../../test/fixtures/arbitrary-dossier';
import { HOSTILE_STRINGS } from '../../../test/documents/hostile';
import { readDossierText } from '../dossier/read-dossier';
import { dossierContent } from '../dossier/content';
import { summariseDossier } from '../summary';
import { SCOPE_KEYS } from '../catalogue/scopes';
import { STEP_IDS } from '../steps';
import { diffContents } from './diff';
import { REVIEW_STATUSES, OPINIONS } from './review-labels';
import {
  exportReview,
  newReview,
  readReview,
  readReviewRequest,
  REVIEW_EXPORT_MESSAGES,
  reviewFile,
  reviewRequest,
  withReceivedReview,
  withSentVersion,
} from './review-files';
import { tooLongMessage } from '../french-errors';
import { latestReview, unresolvedRemarks, withRemarkResolved } from './review-state';
import { staleness } from './staleness';
import type { Review } from './review-model';

const now = new Date('2026-11-26T10:00:00Z');
const sentDossier = (d = completeCantineDossier()) => {
  const request = reviewRequest(d, now);
  return { request, dossier: withSentVersion(d, request) };
};

const arbitraryReview = (base: Review) =>
  fc
    .record({
      reviewerName: fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(...HOSTILE_STRINGS).map((s) => s.slice(0, 300)),
      ),
      opinion: fc.constantFrom('', ...OPINIONS),
      generalComment: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...HOSTILE_STRINGS)),
      items: fc.array(
        fc.record({
          target: fc.oneof(
            fc.constantFrom(...STEP_IDS).map((step) => ({ kind: 'step' as const, step })),
            fc.constantFrom(...SCOPE_KEYS).map((scope) => ({ kind: 'datum' as const, scope })),
          ),
          status: fc.constantFrom('' as const, ...REVIEW_STATUSES),
          comment: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom(...HOSTILE_STRINGS)),
        }),
        { maxLength: 10 },
      ),
    })
    .map((r) => ({ ...base, ...r, date: '2026-12-01' }));

describe('round trips through files', () => {
  it('exports and re-imports any dossier without loss', () => {
    fc.assert(
      fc.property(arbitraryDossier, (dossier) => {
        const result = readDossierText(JSON.stringify(dossier, null, 2));
        expect(result).toEqual({ ok: true, dossier, migratedFrom: null });
      }),
      { numRuns: 300 },
    );
  });

  it('carries any dossier to the DPO and any review back, without loss', () => {
    fc.assert(
      fc.property(
        arbitraryDossier.chain((d) => fc.tuple(fc.constant(d), arbitraryReview(newReview(reviewRequest(d, now))))),
        ([dossier, review]) => {
          const request = reviewRequest(dossier, now);
          const received = readReviewRequest(JSON.stringify(request));
          expect(received).toEqual({ ok: true, request });
          const back = readReview(JSON.stringify(reviewFile(review)), withSentVersion(dossier, request));
          expect(back.ok && back.review).toEqual(review);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('refused review files', () => {
  const { request, dossier } = sentDossier();
  const review = { ...newReview(request), reviewerName: 'Nadia Petit', date: '2026-12-01', opinion: 'favorable' as const };

  it('refuses a review of another dossier, a tampered one, one of a version never sent, and what is not a review', () => {
    const other = { ...review, dossierId: 'autre', dossierTitle: 'Crèches' };
    expect(readReview(JSON.stringify(reviewFile(other)), dossier)).toMatchObject({
      ok: false,
      message: expect.stringContaining('autre dossier (« Crèches »)') as string,
    });

    const tampered = reviewFile(review);
    tampered.review.generalComment = 'Ajouté après coup';
    expect(readReview(JSON.stringify(tampered), dossier)).toMatchObject({ ok: false, message: expect.stringContaining('modifié après son export') as string });

    const unknownVersion = { ...review, dossierVersion: 7 };
    expect(readReview(JSON.stringify(reviewFile(unknownVersion)), dossier)).toMatchObject({
      ok: false,
      message: expect.stringContaining('version 7') as string,
    });

    const otherContent = { ...review, dossierHash: 'a'.repeat(64) };
    expect(readReview(JSON.stringify(reviewFile(otherContent)), dossier)).toMatchObject({
      ok: false,
      message: expect.stringContaining('modifié en chemin') as string,
    });

    expect(readReview(JSON.stringify(dossier), dossier)).toMatchObject({ ok: false, message: "Ce fichier est un dossier, pas l'avis d'un DPD." });
    expect(readReview(JSON.stringify(request), dossier)).toMatchObject({ ok: false, message: expect.stringContaining('une demande de revue') as string });
    expect(readReview('{"format": "avis-dpd-habilitation-api-impot-particulier"}', dossier)).toMatchObject({ ok: false });
    expect(readReview('pas du json', dossier)).toMatchObject({ ok: false, message: expect.stringContaining('JSON') as string });
  });

  it('refuses the same review twice, and a request altered on the way', () => {
    const file = JSON.stringify(reviewFile(review));
    const first = readReview(file, dossier);
    const updated = withReceivedReview(dossier, first.ok ? first.review : review, first.ok ? first.hash : '', now);
    expect(readReview(file, updated)).toEqual({ ok: false, message: 'Cet avis est déjà importé.' });

    const altered = {
      ...request,
      dossier: { ...request.dossier, content: { ...request.dossier.content, gdpr: { ...request.dossier.content.gdpr, retentionMonths: '120' } } },
    };
    expect(readReviewRequest(JSON.stringify(altered))).toMatchObject({ ok: false, message: expect.stringContaining('modifié après son envoi') as string });
  });
});

describe('the review loop', () => {
  it('opens the next version when the current one is reviewed, and flags what changed since', () => {
    const { request, dossier } = sentDossier();
    const review: Review = {
      ...newReview(request),
      reviewerName: 'Nadia Petit',
      date: '2026-12-01',
      opinion: 'favorable-avec-reserves',
      items: [
        { target: { kind: 'datum', scope: 'dgfip_rfr' }, status: 'conforme', comment: '' },
        { target: { kind: 'step', step: 'traitement' }, status: 'a-revoir', comment: 'Ramenez la conservation à 12 mois.' },
      ],
    };
    const read = readReview(JSON.stringify(reviewFile(review)), dossier);
    const updated = withReceivedReview(dossier, review, read.ok ? read.hash : '', now);
    expect(updated.version).toBe(2);
    expect(staleness(updated, latestReview(updated)!)).toEqual({ stale: false });
    expect(unresolvedRemarks(updated).map((r) => r.key)).toEqual(['etape:traitement']);

    const edited = { ...updated, gdpr: { ...updated.gdpr, retentionMonths: '12' } };
    expect(staleness(edited, latestReview(edited)!)).toEqual({
      stale: true,
      changes: [{ step: 'traitement', stepTitle: 'Traitement des données personnelles', label: 'Durée de conservation', before: '24 mois', after: '12 mois' }],
    });
    expect(unresolvedRemarks(withRemarkResolved(edited, 'etape:traitement', true))).toEqual([]);
  });
});

describe('differences between versions', () => {
  it('finds nothing between a version and itself, and every answer that differs otherwise', () => {
    fc.assert(
      fc.property(arbitraryDossier, arbitraryDossier, (a, b) => {
        expect(diffContents(dossierContent(a), dossierContent(a))).toEqual([]);
        const changes = diffContents(dossierContent(a), dossierContent(b));
        const rows = (d: typeof a) => new Map(summariseDossier(d).flatMap((s) => s.rows.map((r) => [`${s.step}|${r.label}`, r.value] as const)));
        const before = rows(a);
        const after = rows(b);
        const differing = [...new Set([...before.keys(), ...after.keys()])].filter((k) => (before.get(k) ?? null) !== (after.get(k) ?? null));
        expect(changes.map((c) => `${c.step}|${c.label}`).sort()).toEqual(differing.sort());
        for (const c of changes) {
          expect(c.before).toBe(before.get(`${c.step}|${c.label}`) ?? null);
          expect(c.after).toBe(after.get(`${c.step}|${c.label}`) ?? null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows a datum added and a datum dropped', () => {
    const a = completeCantineDossier();
    const b = {
      ...a,
      data: {
        ...a.data,
        scopes: ['dgfip_annee_n_moins_2', 'dgfip_rfr', 'dgfip_sitfam'] as typeof a.data.scopes,
        justifications: { dgfip_sitfam: 'Tarif réduit pour les parents isolés.' },
      },
    };
    expect(diffContents(dossierContent(a), dossierContent(b))).toEqual([
      { step: 'donnees', stepTitle: 'Les données', label: 'Nombre de parts', before: 'Demandée', after: null },
      {
        step: 'donnees',
        stepTitle: 'Les données',
        label: 'Situation de famille (marié, pacsé, célibataire, veuf divorcé)',
        before: null,
        after: 'Justification : Tarif réduit pour les parents isolés.',
      },
    ]);
  });
});

describe('exporting a review', () => {
  const { request, dossier } = sentDossier();
  const base = newReview(request);
  const signed = { ...base, reviewerName: 'Nadia Petit', date: '2026-12-01', opinion: 'favorable' as const };

  it('refuses what the import would refuse, and what a review must say, each beside its field', () => {
    expect(exportReview({ ...signed, reviewerName: 'N'.repeat(301) })).toEqual({
      ok: false,
      issues: [{ path: ['reviewerName'], message: tooLongMessage(301, 300) }],
    });
    expect(exportReview(base)).toEqual({
      ok: false,
      issues: [
        { path: ['opinion'], message: REVIEW_EXPORT_MESSAGES.opinion },
        { path: ['reviewerName'], message: REVIEW_EXPORT_MESSAGES.reviewerName },
        { path: ['date'], message: REVIEW_EXPORT_MESSAGES.date },
      ],
    });
    for (const date of ['0002-05-15', '0020-05-15', '0202-05-15', '20271-05-15', '2027-02-29', '2027-13-01', '15/05/2027']) {
      expect(exportReview({ ...signed, date })).toMatchObject({
        ok: false,
        issues: [{ path: ['date'], message: expect.stringMatching(/^Date incomplète ou impossible/) as string }],
      });
    }
    const items = [{ target: { kind: 'step', step: 'traitement' }, status: 'a-revoir', comment: 'c'.repeat(10_001) }];
    expect(exportReview({ ...signed, items })).toEqual({ ok: false, issues: [{ path: ['items', 0, 'comment'], message: tooLongMessage(10_001, 10_000) }] });
    expect(exportReview({ ...signed, reviewerName: '   ' })).toMatchObject({ ok: false, issues: [{ path: ['reviewerName'] }] });
  });

  it('gives a file the import reads back equal, and leaves out what is not part of a review', () => {
    const result = exportReview({ ...signed, date: '2028-02-29', extra: 'ignoré' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fileName).toBe('avis-dpd-v1-cantine-saint-exemple.json');
    expect(readReview(result.text, dossier)).toMatchObject({ ok: true, review: { ...signed, date: '2028-02-29' } });
  });

  const anyValue = fc.oneof(fc.anything(), fc.constantFrom(...HOSTILE_STRINGS));
  /** Mostly text a person could type, sometimes too long, rarely not text at all. */
  const typed = (max: number) =>
    fc.oneof(
      { arbitrary: fc.string({ minLength: 1, maxLength: 40 }), weight: 12 },
      { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
      { arbitrary: fc.constantFrom('', ' ', 'x'.repeat(max), 'x'.repeat(max + 1)), weight: 2 },
      { arbitrary: anyValue, weight: 1 },
    );
  const arbitraryValues = fc.record({
    reviewerName: typed(300),
    generalComment: typed(10_000),
    date: fc.oneof(
      { arbitrary: fc.constantFrom('2026-12-01', '2028-02-29', '1000-01-01', '9999-12-31'), weight: 10 },
      { arbitrary: fc.constantFrom('', '0002-05-15', '0202-05-15', '20271-05-15', '2027-02-29'), weight: 3 },
      { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
      { arbitrary: anyValue, weight: 1 },
    ),
    opinion: fc.oneof({ arbitrary: fc.constantFrom(...OPINIONS), weight: 10 }, { arbitrary: fc.constant(''), weight: 1 }, { arbitrary: anyValue, weight: 1 }),
    items: fc.oneof(
      {
        arbitrary: fc.array(
          fc.record({
            target: fc.oneof(
              { arbitrary: fc.constantFrom(...STEP_IDS).map((step) => ({ kind: 'step', step })), weight: 5 },
              { arbitrary: fc.constantFrom(...SCOPE_KEYS).map((scope) => ({ kind: 'datum', scope })), weight: 5 },
              { arbitrary: anyValue, weight: 1 },
            ),
            status: fc.oneof({ arbitrary: fc.constantFrom('', ...REVIEW_STATUSES), weight: 10 }, { arbitrary: anyValue, weight: 1 }),
            comment: typed(10_000),
          }),
          { maxLength: 4 },
        ),
        weight: 10,
      },
      { arbitrary: anyValue, weight: 1 },
    ),
  });

  it('for any values typed, either refuses with a message for each problem or gives a file that imports back equal', () => {
    fc.assert(
      fc.property(arbitraryValues, (values) => {
        const candidate = { ...base, ...values };
        const result = exportReview(candidate);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(issue.message).toMatch(/^[A-ZÀ-Ý0-9]/);
          return;
        }
        const back = readReview(result.text, dossier);
        expect(back).toMatchObject({ ok: true });
        expect(back.ok && back.review).toEqual(result.review);
        // What was typed is what is exported.
        for (const key of ['reviewerName', 'generalComment', 'date', 'opinion'] as const) expect(result.review[key]).toBe(candidate[key]);
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const result = exportReview(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
