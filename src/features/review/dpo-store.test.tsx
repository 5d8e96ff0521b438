// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { renderHome } from '../../../test/ui/render-app';
import { reviewRequest } from '../../domain/review/review-files';
import { DRAFT_PREFIX, listDrafts, removeDraft, UNTITLED_DOSSIER, type DpoReviewDraft } from './dpo-store';
import { openDraft, previousRequest } from './draft-reader';
import { openReviewRequest } from './review-import';

const now = new Date('2026-11-26T10:00:00Z');

function openRequest(dossier = completeCantineDossier()) {
  const request = reviewRequest(dossier, now);
  const opened = openReviewRequest(JSON.stringify(request), now);
  if (!opened.ok || opened.kind !== 'request') throw new Error('request not opened');
  return { request, id: opened.reviewId, key: DRAFT_PREFIX + opened.reviewId };
}

/** Changes a stored draft; a value its type does not allow, written on purpose, is cast to never. */
function edit(key: string, change: (draft: DpoReviewDraft) => void) {
  const draft = JSON.parse(localStorage.getItem(key)!) as DpoReviewDraft;
  change(draft);
  localStorage.setItem(key, JSON.stringify(draft));
}

describe('drafts of reviews stored in this browser', () => {
  it('lists a draft whose title or date is not what it should be, with defaults, and skips what is not a draft', () => {
    const { id, key } = openRequest();
    edit(key, (d) => {
      d.request.dossier.title = 42 as never;
      d.updatedAt = 'pas une date';
    });
    localStorage.setItem(`${DRAFT_PREFIX}pas-du-json`, '{');
    localStorage.setItem(`${DRAFT_PREFIX}tableau`, '[1, 2]');
    localStorage.setItem(`${DRAFT_PREFIX}sans-version`, JSON.stringify({ request: { dossier: { title: 'x', version: '1' } }, review: { id: 'sans-version' } }));
    expect(listDrafts()).toEqual([{ id, dossierTitle: UNTITLED_DOSSIER, version: 1, updatedAt: now.toISOString() }]);
  });

  it('repairs what the DPO wrote when its types are wrong, and refuses a dossier changed in storage', () => {
    const { id, key } = openRequest();
    edit(key, (d) => {
      d.review.opinion = 'peut-être' as never;
      d.review.generalComment = { texte: 'non' } as never;
      d.review.date = 20261201 as never;
      d.review.items = 'aucun' as never;
    });
    const reading = openDraft(id);
    expect(reading.kind).toBe('ok');
    if (reading.kind !== 'ok') return;
    expect(reading.draft.review).toMatchObject({ id, opinion: '', generalComment: '', date: '', items: [] });

    edit(key, (d) => (d.request.dossier.content.gdpr.retentionMonths = '120'));
    expect(openDraft(id)).toEqual({ kind: 'damaged' });
    expect(openDraft('absente-v1')).toEqual({ kind: 'absent' });

    // Opening the request file again starts the review afresh from it.
    openRequest();
    expect(openDraft(id).kind).toBe('ok');
  });

  it('keeps text longer than an exported review admits: the page says so beside the field', () => {
    const { id, key } = openRequest();
    edit(key, (d) => (d.review.reviewerName = 'N'.repeat(301)));
    const reading = openDraft(id);
    expect(reading.kind === 'ok' && reading.draft.review.reviewerName).toBe('N'.repeat(301));
  });

  it('puts a removed draft back exactly as it was', () => {
    const { id, key } = openRequest();
    const stored = localStorage.getItem(key);
    const restore = removeDraft(id);
    expect(listDrafts()).toEqual([]);
    restore?.();
    expect(localStorage.getItem(key)).toBe(stored);
  });

  it('never throws on any stored text, and lists only entries a page can show', () => {
    const { request } = openRequest();
    const valid = JSON.parse(localStorage.getItem(DRAFT_PREFIX + `${request.dossier.id}-v1`)!) as DpoReviewDraft;
    const anyJson = fc.oneof(fc.jsonValue(), fc.string());
    fc.assert(
      fc.property(
        fc.oneof(
          anyJson,
          fc.record({
            request: fc.oneof(fc.constant(valid.request), anyJson),
            review: fc.oneof(fc.record({ id: fc.constant(`${request.dossier.id}-v1`) }), anyJson),
            updatedAt: anyJson,
          }),
        ),
        (value) => {
          const id = `${request.dossier.id}-v1`;
          localStorage.setItem(DRAFT_PREFIX + id, typeof value === 'string' ? value : JSON.stringify(value));
          for (const entry of listDrafts()) {
            expect(typeof entry.dossierTitle).toBe('string');
            expect(Number.isNaN(new Date(entry.updatedAt).getTime())).toBe(false);
          }
          const reading = openDraft(id);
          expect(['ok', 'damaged']).toContain(reading.kind);
          expect(() => previousRequest(request)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('shows the home page with a damaged draft among the reviews, which can be removed', async () => {
    const { key } = openRequest();
    edit(key, (d) => {
      d.request.dossier.title = ['pas', 'un', 'titre'] as never;
      d.request.dossier.content = null as never;
      d.updatedAt = { jour: 'hier' } as never;
    });
    const { user } = await renderHome();
    const reviews = await screen.findByRole('region', { name: 'Revues en cours (délégué à la protection des données)' }, { timeout: 10_000 });
    expect(within(reviews).getByRole('link', { name: `${UNTITLED_DOSSIER}, version 1` })).toBeInTheDocument();
    await user.click(within(reviews).getByRole('button', { name: /^Retirer/ }));
    expect(localStorage.getItem(key)).toBeNull();
  }, 30_000);
});
