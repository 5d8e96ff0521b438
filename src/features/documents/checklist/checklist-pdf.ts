import { buildChecklist, CHECKLIST_CATEGORIES, type ChecklistStatus } from '../../../domain/checklist';
import { scopeRuleViolations } from '../../../domain/catalogue/scope-rules';
import { summariseDossier } from '../../../domain/summary';
import { formatFrenchDate, todayIso } from '../../../domain/dates';
import { scopeDisplayLabel } from '../../../domain/catalogue/scopes';
import { OPINION_LABELS, REVIEW_STATUS_LABELS } from '../../../domain/review/review-labels';
import { latestReview, unresolvedRemarks } from '../../../domain/review/review-state';
import { staleness } from '../../../domain/review/staleness';
import { stepById } from '../../../domain/steps';
import type { Dossier } from '../../../domain/dossier/model';
import { templateSections } from '../template/render-template';
import { COLOURS, PdfWriter, type PdfFonts } from './pdf-writer';

/**
 * The readiness checklist as a PDF, for the file and for the DPO: every item with its status
 * and what to do, DataPass's rules, then a summary of every answer. Its wording comes from
 * templates/liste-de-controle.md; the items' labels are the DGFiP's, from the domain.
 */
type Texts = (key: string, own?: object) => string;

/** The DPO's opinion, the remarks still open, and what changed since the version reviewed. */
function reviewSection(w: PdfWriter, t: Texts, dossier: Dossier): void {
  w.text(t('titre-avis'), { size: 14, bold: true, colour: COLOURS.primary, spaceBefore: 10, spaceAfter: 6 });
  const review = latestReview(dossier);
  if (!review) {
    w.text(t('sans-avis'));
    return;
  }
  w.text(review.opinion ? OPINION_LABELS[review.opinion] : '—', { size: 12, bold: true, spaceAfter: 2 });
  w.text(t('avis-par', { auteur: review.reviewerName || 'le DPD', date: review.date ? formatFrenchDate(review.date) : '—', version: review.dossierVersion, version_en_cours: dossier.version }));
  if (review.generalComment.trim()) w.text(review.generalComment, { indent: 8 });

  const open = unresolvedRemarks(dossier);
  w.text(t('titre-remarques'), { size: 11, bold: true, spaceBefore: 6, spaceAfter: 4 });
  if (open.length === 0) w.text(t('aucune-remarque'), { colour: COLOURS.success });
  for (const { item } of open) {
    const where = item.target.kind === 'step' ? stepById(item.target.step).title : scopeDisplayLabel(item.target.scope);
    w.labelled(item.status ? REVIEW_STATUS_LABELS[item.status] : '—', item.status === 'non-conforme' ? COLOURS.error : COLOURS.muted, [
      { text: where, bold: true },
      ...(item.comment.trim() ? [{ text: item.comment }] : []),
    ]);
  }

  const stale = staleness(dossier, review);
  if (stale.stale) {
    w.text(t('titre-changements'), { size: 11, bold: true, spaceBefore: 6, spaceAfter: 4 });
    for (const c of stale.changes) {
      w.text(`${c.stepTitle} – ${c.label} : ${c.before ?? '(absent)'} → ${c.after ?? '(retiré)'}`, { indent: 8, spaceAfter: 2 });
    }
  }
}

const dateTime = (now: Date) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(now);

export async function checklistPdf(dossier: Dossier, template: string, fonts: PdfFonts, now: Date): Promise<Uint8Array> {
  const items = buildChecklist(dossier, todayIso(now));
  const missing = items.filter((i) => i.status === 'missing').length;
  const applicable = items.filter((i) => i.status !== 'not-applicable').length;
  const t = templateSections(template, {
    dossier: dossier.title,
    date: dateTime(now),
    organisation: dossier.organisation.name.trim() || dossier.title,
    manquants: missing,
    applicables: applicable,
  });
  const status: Record<ChecklistStatus, { label: string; colour: typeof COLOURS.text }> = {
    ready: { label: t('statut-pret'), colour: COLOURS.success },
    missing: { label: t('statut-a-faire'), colour: COLOURS.error },
    'not-applicable': { label: t('statut-sans-objet'), colour: COLOURS.muted },
  };

  const w = await PdfWriter.create(fonts, `${t('titre')} – ${dossier.title}`);
  w.text(t('titre'), { size: 18, bold: true, spaceAfter: 2 });
  w.text(t('sous-titre'), { size: 11, colour: COLOURS.muted, spaceAfter: 10 });
  w.text(dossier.title, { size: 12, bold: true, spaceAfter: 8 });
  w.text(t('introduction'), { spaceAfter: 8 });
  w.text(missing === 0 ? t('bilan-pret') : t('bilan-a-faire'), { bold: true, colour: missing === 0 ? COLOURS.success : COLOURS.error, spaceAfter: 10 });

  w.text(t('titre-elements'), { size: 14, bold: true, colour: COLOURS.primary, spaceBefore: 6, spaceAfter: 6 });
  for (const category of CHECKLIST_CATEGORIES) {
    w.text(category.label, { size: 11, bold: true, spaceBefore: 6, spaceAfter: 4 });
    for (const item of items.filter((i) => i.category === category.id)) {
      const lines: { text: string; bold?: boolean; colour?: typeof COLOURS.text }[] = [{ text: item.label, bold: true }];
      if (item.detail) lines.push({ text: item.detail, colour: COLOURS.muted });
      if (item.status === 'missing' && item.todo) lines.push({ text: `→ ${item.todo}` });
      w.labelled(status[item.status].label, status[item.status].colour, lines);
    }
  }

  w.text(t('titre-regles'), { size: 14, bold: true, colour: COLOURS.primary, spaceBefore: 10, spaceAfter: 6 });
  const violations = scopeRuleViolations(dossier.data.scopes, {
    hasSpecificRequirements: dossier.data.hasSpecificRequirements,
    organisationType: dossier.organisation.type,
  });
  if (violations.length === 0) w.text(t('regles-ok'), { colour: COLOURS.success });
  for (const v of violations) w.text(`• ${v.message}`, { colour: COLOURS.error, indent: 8 });

  reviewSection(w, t, dossier);

  w.text(t('titre-resume'), { size: 14, bold: true, colour: COLOURS.primary, spaceBefore: 10, spaceAfter: 6 });
  for (const section of summariseDossier(dossier)) {
    w.text(section.title, { size: 11, bold: true, spaceBefore: 6, spaceAfter: 2 });
    for (const row of section.rows) {
      w.text(`${row.label} : ${row.value ?? t('non-renseigne')}`, { indent: 8, colour: row.value === null ? COLOURS.error : COLOURS.text, spaceAfter: 2 });
    }
  }
  w.rule();
  w.text(t('avertissement'), { size: 8.5, colour: COLOURS.muted });

  return w.finish(t('en-tete'), (page, pages) => t('pied', { page, pages }));
}
