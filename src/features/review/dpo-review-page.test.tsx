// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { RouterProvider, createMemoryHistory, createRouter } from '@tanstack/react-router';
import { routeTree } from '../../route-tree.gen';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { HOSTILE_STRINGS } from '../../../test/documents/hostile';
import { errorOf } from '../../../test/ui/render-app';
import { INCOMPLETE_DATE_MESSAGE, tooLongMessage } from '../../domain/french-errors';
import { OPINIONS } from '../../domain/review/review-labels';
import { parseReviewFile, reviewRequest, withSentVersion, readReview } from '../../domain/review/review-files';
import { downloadFile } from '../storage';
import { DRAFT_PREFIX, type DpoReviewDraft } from './dpo-store';
import { openReviewRequest } from './review-import';

vi.mock('../storage', async (importOriginal) => ({ ...(await importOriginal<typeof import('../storage')>()), downloadFile: vi.fn() }));

const now = new Date('2026-11-26T10:00:00Z');
const SLOW = 30_000;
const LONG_WAIT = { timeout: 10_000 };

async function openReview() {
  const dossier = completeCantineDossier();
  const request = reviewRequest(dossier, now);
  const opened = openReviewRequest(JSON.stringify(request), now);
  if (!opened.ok || opened.kind !== 'request') throw new Error('request not opened');
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: [`/revues/${opened.reviewId}`] }) });
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1, name: /^Revue de « Cantine – Saint-Exemple », version 1$/ }, LONG_WAIT);
  return { user, dossier: withSentVersion(dossier, request), reviewId: opened.reviewId };
}

const exportButton = () => screen.getByRole('button', { name: "Exporter l'avis (.json)" });
const downloads = () => vi.mocked(downloadFile).mock.calls;
const summaryItems = () => [...screen.getByRole('alert').querySelectorAll('li')].map((li) => li.textContent);

beforeEach(() => {
  vi.mocked(downloadFile).mockClear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the DPO review page', () => {
  it(
    'says as the DPO types that a name is too long, refuses to export it with what to fix, and exports once it is fixed',
    async () => {
      const { user, dossier } = await openReview();
      const name = screen.getByLabelText('Votre nom');
      await user.click(name);
      await user.paste('N'.repeat(301));
      // Beside the field, before any export, tied to it.
      await waitFor(() => expect(errorOf(name)).toBe('300 caractères au plus : 1 de trop.'));
      expect(name).toHaveAttribute('aria-invalid', 'true');

      await user.click(screen.getByLabelText('Avis favorable'));
      fireEvent.change(screen.getByLabelText("Date de l'avis"), { target: { value: '2026-12-01' } });
      await user.click(exportButton());
      const summary = await screen.findByRole('alert');
      expect(within(summary).getByText("L'avis n'est pas exporté : corrigez ces points, puis exportez-le à nouveau.")).toBeInTheDocument();
      expect(summaryItems()).toEqual(['Votre nom : 300 caractères au plus : 1 de trop.']);
      expect(downloads()).toHaveLength(0);
      expect(screen.queryByText(/L'avis est exporté/)).not.toBeInTheDocument();

      // The summary leads to the field.
      await user.click(within(summary).getByRole('link'));
      expect(name).toHaveFocus();

      await user.type(name, '{Backspace}');
      await waitFor(() => expect(errorOf(name)).toBeNull());
      await user.click(exportButton());
      await waitFor(() => expect(downloads()).toHaveLength(1));
      const [fileName, text] = downloads()[0]!;
      expect(fileName).toBe('avis-dpd-v1-cantine-saint-exemple.json');
      expect(screen.getByText(/L'avis est exporté \(avis-dpd-v1-cantine-saint-exemple\.json\)/)).toBeInTheDocument();
      const back = readReview(text as string, dossier);
      expect(back.ok && back.review.reviewerName).toBe('N'.repeat(300));
    },
    SLOW,
  );

  it(
    'refuses a comment of 10 001 characters on a step, and a date typed halfway, each named in the summary',
    async () => {
      const { user } = await openReview();
      const gdpr = screen.getByRole('group', { name: 'Votre appréciation : Traitement des données personnelles' });
      const comment = within(gdpr.closest('.assessment') as HTMLElement).getByLabelText('Commentaire (facultatif)');
      fireEvent.change(comment, { target: { value: 'c'.repeat(10_001) } });
      await waitFor(() => expect(errorOf(comment)).toBe(tooLongMessage(10_001, 10_000)));

      await user.click(screen.getByLabelText('Avis défavorable'));
      await user.type(screen.getByLabelText('Votre nom'), 'Nadia Petit');
      // Chromium's value while the year is typed.
      const date = screen.getByLabelText("Date de l'avis");
      fireEvent.change(date, { target: { value: '0202-12-01' } });
      await waitFor(() => expect(errorOf(date)).toBe(INCOMPLETE_DATE_MESSAGE));
      await user.click(exportButton());
      await screen.findByRole('alert');
      expect(summaryItems()).toEqual([
        `Commentaire sur l'étape « Traitement des données personnelles » : ${tooLongMessage(10_001, 10_000)}`,
        "Date de l'avis : Date incomplète ou impossible : saisissez le jour, le mois et l’année (4 chiffres).",
      ]);
      expect(errorOf(date)).toBe('Date incomplète ou impossible : saisissez le jour, le mois et l’année (4 chiffres).');
      expect(downloads()).toHaveLength(0);
    },
    SLOW,
  );

  it('exports, for any values typed, either a file the import reads back as typed or nothing, with a message', async () => {
    const { user, dossier } = await openReview();
    const gdpr = screen.getByRole('group', { name: 'Votre appréciation : Traitement des données personnelles' });
    const fields = {
      name: screen.getByLabelText('Votre nom'),
      date: screen.getByLabelText("Date de l'avis"),
      general: screen.getByLabelText('Commentaire général (facultatif)'),
      comment: within(gdpr.closest('.assessment') as HTMLElement).getByLabelText('Commentaire (facultatif)'),
    };
    const text = (max: number) =>
      fc.oneof(
        { arbitrary: fc.string({ minLength: 1, maxLength: 40 }), weight: 6 },
        { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 2 },
        { arbitrary: fc.constantFrom('', '   ', 'x'.repeat(max), 'x'.repeat(max + 1)), weight: 2 },
      );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: text(300),
          general: text(10_000),
          comment: text(10_000),
          date: fc.oneof(
            { arbitrary: fc.constantFrom('2026-12-01', '2028-02-29'), weight: 3 },
            { arbitrary: fc.constantFrom('', '0002-05-15', '0202-12-01', '20271-05-15'), weight: 1 },
          ),
          opinion: fc.option(fc.constantFrom(...OPINIONS), { nil: null, freq: 8 }),
        }),
        async (values) => {
          vi.mocked(downloadFile).mockClear();
          fireEvent.change(fields.name, { target: { value: values.name } });
          fireEvent.change(fields.general, { target: { value: values.general } });
          fireEvent.change(fields.comment, { target: { value: values.comment } });
          fireEvent.change(fields.date, { target: { value: values.date } });
          if (values.opinion)
            await user.click(
              screen.getByLabelText(
                values.opinion === 'favorable' ? 'Avis favorable' : values.opinion === 'defavorable' ? 'Avis défavorable' : 'Avis favorable avec réserves',
              ),
            );
          await user.click(exportButton());
          await waitFor(() => expect(downloads().length > 0 || screen.queryByRole('alert') !== null).toBe(true));
          if (downloads().length === 0) {
            expect(summaryItems().length).toBeGreaterThan(0);
            for (const item of summaryItems()) expect(item).toMatch(/\S/);
            return;
          }
          const back = readReview(downloads()[0]![1] as string, dossier);
          expect(back.ok).toBe(true);
          if (!back.ok) return;
          expect(back.review.reviewerName).toBe((fields.name as HTMLInputElement).value);
          expect(back.review.generalComment).toBe((fields.general as HTMLTextAreaElement).value);
          expect(back.review.date).toBe((fields.date as HTMLInputElement).value);
          expect(back.review.items.find((i) => i.target.kind === 'step' && i.target.step === 'traitement')?.comment).toBe(
            (fields.comment as HTMLTextAreaElement).value,
          );
          expect(parseReviewFile(downloads()[0]![1] as string)).toMatchObject({ ok: true });
        },
      ),
      {
        numRuns: 12,
        // Runs first: one the import accepts, then one it would refuse for a single character.
        examples: [
          [{ name: 'Nadia Petit', general: '', comment: 'À revoir', date: '2026-12-01', opinion: 'favorable' }],
          [{ name: 'Nadia Petit', general: 'x'.repeat(10_001), comment: '', date: '2026-12-01', opinion: null }],
        ],
      },
    );
  }, 90_000);
});

describe('stored drafts that are not what they should be', () => {
  it(
    'opens a draft whose written parts have the wrong types, with those parts emptied',
    async () => {
      const dossier = completeCantineDossier();
      const request = reviewRequest(dossier, now);
      const opened = openReviewRequest(JSON.stringify(request), now);
      if (!opened.ok || opened.kind !== 'request') throw new Error('request not opened');
      const key = DRAFT_PREFIX + opened.reviewId;
      const stored = JSON.parse(localStorage.getItem(key)!) as DpoReviewDraft;
      // Values their types do not allow, written on purpose.
      stored.request.dossier.title = { pas: 'un texte' } as never;
      stored.review.reviewerName = 42 as never;
      stored.review.items = [null, { target: { kind: 'step', step: 'traitement' }, status: 'inventé', comment: ['x'] }] as never;
      stored.updatedAt = 'hier';
      localStorage.setItem(key, JSON.stringify(stored));

      const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: [`/revues/${opened.reviewId}`] }) });
      render(<RouterProvider router={router} />);
      await screen.findByRole('heading', { level: 1, name: 'Revue de « Dossier sans titre », version 1' }, LONG_WAIT);
      expect(screen.getByLabelText('Votre nom')).toHaveValue('');
    },
    SLOW,
  );

  it(
    'says a draft whose dossier cannot be read is damaged, without breaking the page',
    async () => {
      localStorage.setItem(
        `${DRAFT_PREFIX}abime-v1`,
        JSON.stringify({ request: { dossier: { title: 7, version: 1 } }, review: { id: 'abime-v1' }, updatedAt: 3 }),
      );
      const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: ['/revues/abime-v1'] }) });
      render(<RouterProvider router={router} />);
      await screen.findByRole('heading', { level: 1, name: 'Revue illisible' }, LONG_WAIT);
      expect(screen.getByText(/elle est abîmée et ne peut pas être lue/)).toBeInTheDocument();
    },
    SLOW,
  );
});
