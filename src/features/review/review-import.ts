import { readDossierText } from '../../domain/dossier/read-dossier';
import { newReview, parseReviewFile, readReviewRequest, reviewMismatch, withReceivedReview } from '../../domain/review/review-files';
import { readRaw, saveDossier } from '../storage';
import { saveDraft } from './dpo-store';
import { readDraft } from './draft-reader';

/**
 * The two files of the review loop arriving in the browser: a request the DPO opens, and a
 * review the project lead attaches to the dossier it concerns. Nothing is changed when a file
 * is refused.
 */
export type ReviewImport =
  | { ok: true; kind: 'request'; reviewId: string; title: string; alreadyOpen: boolean }
  | { ok: true; kind: 'review'; dossierId: string; title: string; opinionGiven: boolean }
  | { ok: false; message: string };

export function openReviewRequest(text: string, now: Date = new Date()): ReviewImport {
  const read = readReviewRequest(text);
  if (!read.ok) return read;
  const fresh = newReview(read.request);
  const existing = readDraft(fresh.id);
  // Opening the same request again keeps the review already started.
  if (!existing || existing.request.hash !== read.request.hash) {
    if (
      !saveDraft({ request: read.request, review: existing?.review.dossierHash === read.request.hash ? existing.review : fresh, updatedAt: now.toISOString() })
    ) {
      return { ok: false, message: "Le navigateur refuse d'enregistrer cette revue (stockage plein ou désactivé)." };
    }
  }
  return { ok: true, kind: 'request', reviewId: fresh.id, title: read.request.dossier.title, alreadyOpen: existing !== null };
}

export function attachReview(text: string, now: Date = new Date()): ReviewImport {
  const read = parseReviewFile(text);
  if (!read.ok) return read;
  const raw = readRaw(read.review.dossierId);
  if (raw === null) {
    return {
      ok: false,
      message: `Cet avis porte sur le dossier « ${read.review.dossierTitle} », qui n'est pas dans ce navigateur : importez-le sur le poste où le dossier a été préparé.`,
    };
  }
  const stored = readDossierText(raw);
  if (!stored.ok) return { ok: false, message: `Le dossier concerné ne peut pas être ouvert : ${stored.message}` };
  const mismatch = reviewMismatch(stored.dossier, read.review, read.hash);
  if (mismatch) return { ok: false, message: mismatch };
  saveDossier(withReceivedReview(stored.dossier, read.review, read.hash, now), now);
  return { ok: true, kind: 'review', dossierId: stored.dossier.id, title: stored.dossier.title, opinionGiven: read.review.opinion !== '' };
}
