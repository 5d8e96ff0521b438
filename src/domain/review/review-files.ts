import { z } from '../zod';
import { dossierContentSchema, type Dossier, type ReceivedReview } from '../dossier/model';
import { dossierContent, type DossierContent } from '../dossier/content';
import { IMPORT_MAX_BYTES, IMPORT_MAX_TEXT } from '../dossier/limits';
import { safeFileName } from '../dossier/file-name';
import { isIsoDate } from '../dates';
import { INCOMPLETE_DATE_MESSAGE } from '../french-errors';
import { contentHash, hashOf } from './content-hash';
import { reviewSchema, type Review } from './review-model';
import { fileKind, REVIEW_FORMAT, REVIEW_REQUEST_FORMAT, type FileKind } from './file-formats';

export { fileKind, REVIEW_FORMAT, REVIEW_REQUEST_FORMAT, type FileKind };

/**
 * The two files of the review loop: the request the project lead sends to the DPO (a version
 * of the dossier and its hash), and the review the DPO sends back (with its own hash). Reading
 * them never throws; a refusal says why, in French.
 */

export interface ReviewRequest {
  format: typeof REVIEW_REQUEST_FORMAT;
  formatVersion: 1;
  sentAt: string;
  dossier: { id: string; title: string; version: number; content: DossierContent };
  hash: string;
}

/** A review request as the DPO's browser reads it, from a file or from its own storage. */
export const reviewRequestSchema = z.object({
  format: z.literal(REVIEW_REQUEST_FORMAT),
  formatVersion: z.literal(1),
  sentAt: z.iso.datetime(),
  dossier: z.object({ id: z.string().min(1).max(100), title: z.string().max(300), version: z.number().int().min(1), content: dossierContentSchema }),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

const reviewFileSchema = z.object({
  format: z.literal(REVIEW_FORMAT),
  formatVersion: z.literal(1),
  review: reviewSchema,
  reviewHash: z.string().regex(/^[0-9a-f]{64}$/),
});

const KIND_NAMES: Record<FileKind, string> = {
  dossier: 'un dossier',
  'review-request': 'une demande de revue destinée au DPD',
  review: "l'avis d'un DPD",
  unknown: "un fichier d'un autre logiciel",
};

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parse(text: string): Parsed {
  if (new TextEncoder().encode(text).length > IMPORT_MAX_BYTES)
    return { ok: false, message: `Ce fichier dépasse ${IMPORT_MAX_TEXT} : ce ne peut pas être un fichier de cet outil.` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: "Ce fichier n'est pas lisible : son contenu n'est pas du JSON." };
  }
}

function wrongKind(expected: FileKind, value: unknown): string {
  return `Ce fichier est ${KIND_NAMES[fileKind(value)]}, pas ${KIND_NAMES[expected]}.`;
}

// ---- The project lead's side -------------------------------------------------------------

export function reviewRequest(dossier: Dossier, now: Date): ReviewRequest {
  const content = dossierContent(dossier);
  return {
    format: REVIEW_REQUEST_FORMAT,
    formatVersion: 1,
    sentAt: now.toISOString(),
    dossier: { id: dossier.id, title: dossier.title, version: dossier.version, content },
    hash: contentHash(content),
  };
}

/** The dossier once its current version is sent: the version is kept, to compare later. */
export function withSentVersion(dossier: Dossier, request: ReviewRequest): Dossier {
  const sent = dossier.review.sent.filter((s) => s.version !== request.dossier.version);
  return {
    ...dossier,
    review: {
      ...dossier.review,
      sent: [...sent, { version: request.dossier.version, sentAt: request.sentAt, hash: request.hash, snapshot: request.dossier.content }],
    },
  };
}

export type ReadReview = { ok: true; review: Review; hash: string } | { ok: false; message: string };

/** Reads a review file on its own: its kind, its shape, and that it was not altered. */
export function parseReviewFile(text: string): ReadReview {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  if (fileKind(parsed.value) !== 'review') return { ok: false, message: wrongKind('review', parsed.value) };
  const file = reviewFileSchema.safeParse(parsed.value);
  if (!file.success) return { ok: false, message: 'Cet avis est incomplet ou abîmé : il ne peut pas être lu.' };
  const { review, reviewHash } = file.data;
  if (hashOf(review) !== reviewHash) {
    return {
      ok: false,
      message: "Cet avis a été modifié après son export par le DPD (son empreinte ne correspond plus) : demandez-lui de l'exporter à nouveau.",
    };
  }
  return { ok: true, review, hash: reviewHash };
}

/** Whether a review belongs to this dossier, on a version it sent, unchanged, and not yet imported. */
export function reviewMismatch(dossier: Dossier, review: Review, hash: string): string | null {
  if (review.dossierId !== dossier.id) return `Cet avis porte sur un autre dossier (« ${review.dossierTitle} »), pas sur « ${dossier.title} ».`;
  if (dossier.review.received.some((r) => r.hash === hash)) return 'Cet avis est déjà importé.';
  const sent = dossier.review.sent.find((s) => s.version === review.dossierVersion);
  if (!sent) return `Cet avis porte sur la version ${review.dossierVersion} du dossier, que ce navigateur n'a pas envoyée au DPD.`;
  if (sent.hash !== review.dossierHash)
    return `Cet avis ne porte pas sur la version ${review.dossierVersion} telle qu'elle a été envoyée : le dossier a été modifié en chemin.`;
  return null;
}

/** Reads a review sent back by the DPO, refusing what is not for this dossier or was altered. */
export function readReview(text: string, dossier: Dossier): ReadReview {
  const read = parseReviewFile(text);
  if (!read.ok) return read;
  const mismatch = reviewMismatch(dossier, read.review, read.hash);
  return mismatch ? { ok: false, message: mismatch } : read;
}

/**
 * The dossier with a review received. A review of the current version closes that round: the
 * next edits make the next version.
 */
export function withReceivedReview(dossier: Dossier, review: Review, hash: string, now: Date): Dossier {
  const received: ReceivedReview = { ...review, hash, importedAt: now.toISOString(), resolved: [] };
  return {
    ...dossier,
    version: review.dossierVersion === dossier.version ? dossier.version + 1 : dossier.version,
    review: { ...dossier.review, received: [...dossier.review.received, received] },
  };
}

// ---- The DPO's side ------------------------------------------------------------------------

export type ReadRequest = { ok: true; request: ReviewRequest } | { ok: false; message: string };

export function readReviewRequest(text: string): ReadRequest {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  if (fileKind(parsed.value) !== 'review-request') return { ok: false, message: wrongKind('review-request', parsed.value) };
  const file = reviewRequestSchema.safeParse(parsed.value);
  if (!file.success) return { ok: false, message: 'Cette demande de revue est incomplète ou abîmée : elle ne peut pas être lue.' };
  if (contentHash(file.data.dossier.content) !== file.data.hash) {
    return {
      ok: false,
      message: "Ce dossier a été modifié après son envoi (son empreinte ne correspond plus) : demandez au chef de projet de l'envoyer à nouveau.",
    };
  }
  return { ok: true, request: file.data };
}

export interface ReviewFile {
  format: typeof REVIEW_FORMAT;
  formatVersion: 1;
  review: Review;
  reviewHash: string;
}

export function reviewFile(review: Review): ReviewFile {
  return { format: REVIEW_FORMAT, formatVersion: 1, review, reviewHash: hashOf(review) };
}

/** An empty review of a request, ready for the DPO. */
export function newReview(request: ReviewRequest): Review {
  return {
    id: `${request.dossier.id}-v${request.dossier.version}`,
    dossierId: request.dossier.id,
    dossierTitle: request.dossier.title,
    dossierVersion: request.dossier.version,
    dossierHash: request.hash,
    reviewerName: '',
    date: '',
    opinion: '',
    generalComment: '',
    items: [],
  };
}

// ---- The DPO's export ----------------------------------------------------------------------

/** What keeps a review from being exported: where (a form path) and why, in French. */
export interface ReviewIssue {
  path: (string | number)[];
  message: string;
}

export const REVIEW_EXPORT_MESSAGES = {
  opinion: 'Choisissez votre avis : favorable, favorable avec réserves ou défavorable.',
  reviewerName: 'Indiquez votre nom : il signe l’avis.',
  date: "Indiquez la date de l'avis.",
} as const;

// Stryker disable next-line StringLiteral: a review's keys are fixed names that never start with a digit, so two paths never join to the same text, with dots or without.
const keyOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * What the import would refuse in a review as typed (a name over 300 characters, a comment over
 * 10 000, a date that is not one…), found by the import's own schema, one message per field.
 * Never throws, whatever it is given.
 */
export function reviewShapeIssues(values: unknown): ReviewIssue[] {
  const parsed = reviewSchema.safeParse(values);
  if (parsed.success) return [];
  const seen = new Set<string>();
  const issues: ReviewIssue[] = [];
  for (const issue of parsed.error.issues) {
    // Stryker disable next-line all: a review is objects and lists only (no record), so no key of an issue's path is a symbol; the filter is there for TypeScript.
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (seen.has(keyOf(path))) continue;
    seen.add(keyOf(path));
    issues.push({ path, message: issue.message });
  }
  return issues;
}

// A text, a number or a boolean has no opinion, reviewerName or date property: reading one gives undefined.
const field = (values: unknown, key: string): unknown => (values as Partial<Record<string, unknown>> | null | undefined)?.[key];

function checked(values: unknown, required: boolean): ReviewIssue[] {
  const issues = reviewShapeIssues(values);
  const taken = new Set(issues.map((i) => keyOf(i.path)));
  const add = (key: keyof typeof REVIEW_EXPORT_MESSAGES, message: string) => {
    if (!taken.has(key)) issues.push({ path: [key], message });
  };
  const opinion = field(values, 'opinion');
  const name = field(values, 'reviewerName');
  const date = field(values, 'date');
  // A real day with a four-digit year: not "0202-12-01", a year typed halfway, which files admit.
  if (typeof date === 'string' && date !== '' && !isIsoDate(date)) add('date', INCOMPLETE_DATE_MESSAGE);
  if (!required) return issues;
  if (opinion === '' || opinion === undefined) add('opinion', REVIEW_EXPORT_MESSAGES.opinion);
  if (typeof name !== 'string' || name.trim() === '') add('reviewerName', REVIEW_EXPORT_MESSAGES.reviewerName);
  if (typeof date !== 'string' || date === '') add('date', REVIEW_EXPORT_MESSAGES.date);
  return issues;
}

/** What is wrong in a review being typed: the import's limits, and a date typed halfway. */
export function reviewTypingIssues(values: unknown): ReviewIssue[] {
  return checked(values, false);
}

/**
 * Everything that keeps a review from being sent: the import's limits, a date typed halfway, and
 * what a review must say (an opinion, a name, a date). One message per field, the import's first.
 */
export function reviewExportIssues(values: unknown): ReviewIssue[] {
  return checked(values, true);
}

export type ReviewExport = { ok: true; review: Review; fileName: string; text: string } | { ok: false; issues: ReviewIssue[] };

/**
 * The file of a review, or why it cannot be sent. It is read back exactly as the project lead's
 * import will read it before it is given: a file that the import would refuse is never produced.
 */
export function exportReview(values: unknown): ReviewExport {
  const issues = reviewExportIssues(values);
  const parsed = reviewSchema.safeParse(values);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  const review = parsed.data;
  const text = JSON.stringify(reviewFile(review), null, 2);
  // Stryker disable next-line all: out of reach with the schema's limits (35 comments of 10 000 characters, 2.2 Mo at worst once escaped); kept against a future limit
  if (new TextEncoder().encode(text).length > IMPORT_MAX_BYTES) {
    // Stryker disable next-line all: see above
    return { ok: false, issues: [{ path: [], message: `L’avis dépasse ${IMPORT_MAX_TEXT} : raccourcissez les commentaires.` }] };
  }
  const back = parseReviewFile(text);
  // Stryker disable next-line all: out of reach today (the review comes out of the very schema the import applies, its hash from the same value); kept so that a file the import would refuse is never given
  if (!back.ok) return { ok: false, issues: [{ path: [], message: `Cet avis ne pourrait pas être importé : ${back.message}` }] };
  return { ok: true, review, fileName: `avis-dpd-v${review.dossierVersion}-${safeFileName(review.dossierTitle, 'json')}`, text };
}
