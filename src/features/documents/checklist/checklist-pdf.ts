import {
  buildVerdict,
  CHECKLIST_STATUS_LABELS,
  countText,
  PRECHECK_OUTCOME_LABELS,
  type ChecklistItem,
  type ChecklistStatus,
  type PrecheckOutcome,
  type Verdict,
} from '../../../domain/verdict';
import { summariseDossier } from '../../../domain/summary';
import { formatFrenchDate, todayIso } from '../../../domain/dates';
import { scopeDisplayLabel } from '../../../domain/catalogue/scopes';
import { OPINION_LABELS, REVIEW_STATUS_LABELS } from '../../../domain/review/review-labels';
import { latestReview, unresolvedRemarks } from '../../../domain/review/review-state';
import { staleness } from '../../../domain/review/staleness';
import { stepById } from '../../../domain/steps';
import type { Dossier } from '../../../domain/dossier/model';
import { recordedText, requestsSummary, type RequestSummary } from '../../../domain/datapass/requests-summary';
import { vendorReport, type VendorReport } from '../../../domain/vendor/changes';
import { templateSections } from '../template/render-template';
import { nameInSentence } from '../template/french-names';
import { COLOURS, PdfWriter, type PdfFonts } from './pdf-writer';

/**
 * The readiness checklist as a PDF, for the file and for the DPO: the verdict's items with their
 * state and what to do, the instructor's pre-check, DataPass's rules, then every answer. Its wording comes from
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
  w.text(
    t('avis-par', {
      auteur: review.reviewerName || 'le DPD',
      date: review.date ? formatFrenchDate(review.date) : '—',
      version: review.dossierVersion,
      version_en_cours: dossier.version,
    }),
  );
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

/** For a dossier started from its vendor's model: each vendor answer changed since, and the vendor's security documents. */
function vendorSection(w: PdfWriter, t: Texts, report: VendorReport | null): void {
  if (!report) return;
  w.text(t('titre-editeur'), { size: 14, bold: true, colour: COLOURS.primary, spaceBefore: 10, spaceAfter: 4 });
  w.text(t('editeur-origine', { editeur: report.vendorName, date_modele: formatFrenchDate(report.modelExportedOn) }), { spaceAfter: 4 });
  if (report.methods.length > 0) w.text(t('editeur-methodes', { methodes: report.methods.join(' ; ') }), { spaceAfter: 6 });
  if (report.changes.length === 0) w.text(t('editeur-aucun-changement'), { colour: COLOURS.success });
  for (const change of report.changes) {
    w.labelled(t('editeur-modifie'), COLOURS.warning, [
      { text: change.label, bold: true },
      { text: `${t('editeur-fourni')} ${change.provided ?? t('editeur-vide')}`, colour: COLOURS.muted },
      { text: `${t('editeur-actuel')} ${change.current ?? t('editeur-vide')}` },
    ]);
  }
  if (report.securityDocuments.length > 0) {
    w.text(t('editeur-documents'), { bold: true, spaceBefore: 6, spaceAfter: 2 });
    for (const title of report.securityDocuments) w.text(`• ${title}`, { indent: 8, spaceAfter: 2 });
  }
}

/** "2 décembre 2026 à 9 h 05", as French typography writes the hour. */
const dateTime = (now: Date) => {
  const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(now);
  const parts = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${day} à ${hour}\u00a0h\u00a0${minute}`;
};

type Line = { text: string; bold?: boolean; colour?: typeof COLOURS.text };

const STATUS_COLOURS: Record<ChecklistStatus, typeof COLOURS.text> = {
  ready: COLOURS.success,
  todo: COLOURS.error,
  review: COLOURS.warning,
  kept: COLOURS.success,
  'not-applicable': COLOURS.muted,
};
const OUTCOME_COLOURS: Record<PrecheckOutcome, typeof COLOURS.text> = {
  passes: COLOURS.success,
  objection: COLOURS.warning,
  todo: COLOURS.error,
  'not-applicable': COLOURS.muted,
};

function balance(t: Texts, verdict: Verdict): string {
  const { todo, review, kept } = verdict.counts;
  const counts = {
    a_faire: countText(todo, 'chose', 'choses'),
    a_revoir: countText(review, 'point à revoir', 'points à revoir'),
    maintenus: countText(kept, 'point', 'points'),
  };
  const keptText = kept > 0 ? ` ${t('bilan-maintenus', counts)}` : '';
  if (verdict.state === 'ready') return `${t('bilan-pret')}${keptText}`;
  if (verdict.state === 'review') return `${t('bilan-a-revoir', counts)}${keptText}`;
  return t('bilan-a-faire', { ...counts, a_revoir: review > 0 ? counts.a_revoir : 'aucun point à revoir' });
}

/** One item with its state, what to do or review, and the reason given for what is kept. */
function itemEntry(w: PdfWriter, t: Texts, item: ChecklistItem, indent = 0): void {
  const lines: Line[] = [{ text: item.label, bold: true }];
  if (item.detail) lines.push({ text: item.detail, colour: COLOURS.muted });
  for (const finding of item.findings) {
    lines.push({ text: `→ ${finding.message}` });
    if (finding.keptReason) lines.push({ text: t('raison-maintenue', { raison: finding.keptReason }), colour: COLOURS.success });
  }
  w.labelled(CHECKLIST_STATUS_LABELS[item.status], STATUS_COLOURS[item.status], lines, indent);
}

/** The DGFiP's list, part by part, each parent item over its own items. */
function itemsSection(w: PdfWriter, t: Texts, verdict: Verdict): void {
  w.text(t('titre-elements'), { size: 14, bold: true, colour: COLOURS.primary, spaceBefore: 6, spaceAfter: 6 });
  for (const part of verdict.checklistParts) {
    w.text(part.label, { size: 11, bold: true, spaceBefore: 6, spaceAfter: part.subheading ? 2 : 4 });
    if (part.subheading) w.text(part.subheading, { size: 10.5, bold: true, colour: COLOURS.muted, spaceAfter: 4 });
    for (const entry of part.entries) {
      if (entry.kind === 'item') {
        itemEntry(w, t, entry.item);
        continue;
      }
      w.labelled(CHECKLIST_STATUS_LABELS[entry.status], STATUS_COLOURS[entry.status], [{ text: entry.label, bold: true }]);
      for (const item of entry.items) itemEntry(w, t, item, 24);
    }
  }
}

/** The DGFiP's three families of controls, as the instructor will run them. */
function precheckSection(w: PdfWriter, t: Texts, verdict: Verdict): void {
  w.text(t('titre-precontrole'), { size: 14, bold: true, colour: COLOURS.primary, spaceBefore: 10, spaceAfter: 4 });
  w.text(t('introduction-precontrole'), { spaceAfter: 6 });
  for (const family of verdict.precheck) {
    w.text(`${family.title} : ${PRECHECK_OUTCOME_LABELS[family.outcome].toLowerCase()}`, { size: 11, bold: true, spaceBefore: 6, spaceAfter: 4 });
    for (const control of family.controls) {
      const lines: Line[] = [{ text: control.label, bold: true }, { text: `${t('precontrole-verifie')} ${control.checked}` }];
      if (control.passing.length > 0) lines.push({ text: `${t('precontrole-passe')} ${control.passing.join(' ; ')}.`, colour: COLOURS.success });
      for (const problem of control.problems) lines.push({ text: `${t('precontrole-objection')} ${problem.label} : ${problem.messages.join(' ')}` });
      w.labelled(PRECHECK_OUTCOME_LABELS[control.outcome], OUTCOME_COLOURS[control.outcome], lines);
    }
  }
}

const PREREQUISITE_KEYS = { true: 'prerequis-pret', false: 'prerequis-a-faire', null: 'prerequis-a-verifier' } as const;

/** Every DataPass request of the project, what it needs first and where it stands on DataPass. */
function requestsSection(w: PdfWriter, t: Texts, requests: readonly RequestSummary[]): void {
  if (requests.length === 0) return;
  w.text(t('titre-demandes'), { size: 14, bold: true, colour: COLOURS.primary, spaceBefore: 10, spaceAfter: 4 });
  w.text(t('introduction-demandes'), { spaceAfter: 6 });
  requests.forEach((request, i) => {
    const lines: Line[] = [
      { text: `${i + 1}. ${request.title}`, bold: true },
      { text: `« ${request.formName} » (${request.formUid})`, colour: COLOURS.muted },
    ];
    for (const p of request.prerequisites)
      lines.push({
        text: `${t(PREREQUISITE_KEYS[String(p.met) as 'true' | 'false' | 'null'])} ${p.text}`,
        colour: p.met === false ? COLOURS.error : COLOURS.text,
      });
    lines.push({ text: recordedText(request) });
    const colour =
      request.stateKey === 'validee' ? COLOURS.success : request.stateKey === 'refusee' || request.stateKey === 'a-modifier' ? COLOURS.error : COLOURS.muted;
    w.labelled(request.state ?? t('demande-a-deposer'), colour, lines);
  });
}

export async function checklistPdf(dossier: Dossier, template: string, fonts: PdfFonts, now: Date): Promise<Uint8Array> {
  const verdict = buildVerdict(dossier, todayIso(now));
  const t = templateSections(template, {
    dossier: dossier.title,
    date: dateTime(now),
    organisation: dossier.organisation.name.trim() ? nameInSentence(dossier.organisation.name) : dossier.title,
  });

  const w = await PdfWriter.create(fonts, `${t('titre')} – ${dossier.title}`);
  w.text(t('titre'), { size: 18, bold: true, spaceAfter: 2 });
  w.text(t('sous-titre'), { size: 11, colour: COLOURS.muted, spaceAfter: 10 });
  w.text(dossier.title, { size: 12, bold: true, spaceAfter: 8 });
  w.text(t('introduction'), { spaceAfter: 8 });
  const balanceColour = verdict.state === 'ready' ? COLOURS.success : verdict.state === 'review' ? COLOURS.warning : COLOURS.error;
  w.text(balance(t, verdict), { bold: true, colour: balanceColour, spaceAfter: 10 });

  itemsSection(w, t, verdict);
  precheckSection(w, t, verdict);
  requestsSection(w, t, requestsSummary(dossier));

  w.text(t('titre-regles'), { size: 14, bold: true, colour: COLOURS.primary, spaceBefore: 10, spaceAfter: 6 });
  const dataProblems = verdict.data.problems.filter((p) => p.level === 'todo');
  if (dataProblems.length === 0) w.text(t('regles-ok'), { colour: COLOURS.success });
  for (const p of dataProblems) w.text(`• ${p.message}`, { colour: COLOURS.error, indent: 8 });

  reviewSection(w, t, dossier);
  vendorSection(w, t, vendorReport(dossier));

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
