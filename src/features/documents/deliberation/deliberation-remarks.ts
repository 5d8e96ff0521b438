import { deliberationDatumLabel } from './deliberation-view';
import { parseIsoDate } from '../../../domain/dates';
import { REVIEW_STATUS_LABELS } from '../../../domain/review/review-labels';
import { latestReview, unresolvedRemarks } from '../../../domain/review/review-state';
import type { Dossier } from '../../../domain/dossier/model';
import type { StepId } from '../../../domain/steps';
import { runsText, type Block } from '../template/parse-blocks';
import { cleanText } from '../template/text-safety';
import { frenchTypography } from '../template/typography';
import type { DeliberationComment } from './deliberation-docx';

/**
 * The DPO's unresolved remarks as Word comments: a remark on a datum sits on its row of the
 * data table, a remark on a step on the part of the draft that step feeds (the title when
 * none does).
 */
const STEP_ANCHORS: Partial<Record<StepId, readonly string[]>> = {
  // A tariff method has its calculation article, an eligibility method its conditions.
  methode: ['Méthode de calcul', 'Conditions d’attribution'],
  donnees: ['Données utilisées et finalité'],
  'cadre-juridique': ['Visas'],
  traitement: ['Durée de conservation'],
};

export function deliberationRemarks(dossier: Dossier, blocks: readonly Block[]): DeliberationComment[] {
  const review = latestReview(dossier);
  if (!review) return [];
  const texts = new Set(blocks.flatMap((b) => ('runs' in b ? [runsText(b.runs)] : [])));
  const title = blocks.find((b) => b.kind === 'title');
  const titleText = title && 'runs' in title ? runsText(title.runs) : '';
  return unresolvedRemarks(dossier).map(({ item }) => {
    const stepAnchor = item.target.kind === 'step' ? STEP_ANCHORS[item.target.step]?.find((a) => texts.has(a)) : undefined;
    const anchor = item.target.kind === 'datum' ? frenchTypography(deliberationDatumLabel(item.target.scope)) : (stepAnchor ?? titleText);
    const status = item.status ? `${REVIEW_STATUS_LABELS[item.status]}. ` : '';
    return {
      anchor,
      author: cleanText(review.reviewerName) || 'DPD',
      date: parseIsoDate(review.date) ?? undefined,
      text: cleanText(`${status}${item.comment}`).trim() || 'À revoir.',
    };
  });
}
