import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { z } from '../../domain/zod';
import { minimumData } from '../../domain/minimisation';
import { summariseDossier } from '../../domain/summary';
import { scopeDisplayLabel } from '../../domain/catalogue/scopes';
import { diffContents } from '../../domain/review/diff';
import { OPINION_LABELS, REVIEW_STATUS_LABELS } from '../../domain/review/review-labels';
import { reviewFile } from '../../domain/review/review-files';
import { targetKey, type Review, type ReviewItem, type ReviewTarget } from '../../domain/review/review-model';
import { safeFileName } from '../../domain/dossier/file-name';
import { APP_NAME } from '../../ui/app-name';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldId } from '../../ui/field-id';
import { choicesOf, RadioGroup, TextArea, TextField } from '../../ui/fields';
import { focusHeadingAfterNavigation } from '../../ui/focus-heading';
import { Notice } from '../../ui/notice';
import { downloadFile } from '../storage';
import { DiffTable } from './diff-table';
import { previousRequest, readDraft, saveDraft, type DpoReviewDraft } from './dpo-store';

/**
 * The DPO's side of the loop: the dossier read-only, a status and a comment for each step and
 * each datum requested, an overall opinion signed with a name and a date, and the export of
 * the review. Saved in this browser as it is typed.
 */
const exportRules = (values: Review, ctx: z.RefinementCtx) => {
  if (!values.opinion) ctx.addIssue({ code: 'custom', path: ['opinion'], message: 'Choisissez votre avis : favorable, favorable avec réserves ou défavorable.' });
  if (!values.reviewerName.trim()) ctx.addIssue({ code: 'custom', path: ['reviewerName'], message: 'Indiquez votre nom : il signe l’avis.' });
  if (!values.date) ctx.addIssue({ code: 'custom', path: ['date'], message: "Indiquez la date de l'avis." });
};

function targetsOf(draft: DpoReviewDraft): ReviewTarget[] {
  const sections = summariseDossier(draft.request.dossier.content).map((s) => s.step);
  return [
    ...sections.map((step) => ({ kind: 'step' as const, step })),
    ...draft.request.dossier.content.data.scopes.map((scope) => ({ kind: 'datum' as const, scope })),
  ];
}

/** One item per step and per datum, in reading order, keeping what the DPO already wrote. */
function withAllItems(draft: DpoReviewDraft): Review {
  const existing = new Map(draft.review.items.map((i) => [targetKey(i.target), i]));
  const items: ReviewItem[] = targetsOf(draft).map((target) => existing.get(targetKey(target)) ?? { target, status: '', comment: '' });
  return { ...draft.review, items };
}

function Assessment({ index, legend }: { index: number; legend: string }) {
  return (
    <div className="assessment">
      <RadioGroup name={`items.${index}.status`} legend={legend} choices={choicesOf(REVIEW_STATUS_LABELS)} inline />
      <TextArea name={`items.${index}.comment`} label="Commentaire (facultatif)" rows={2} />
    </div>
  );
}

function DpoReviewForm({ draft }: { draft: DpoReviewDraft }) {
  const content = draft.request.dossier.content;
  const form = useForm<Review>({
    defaultValues: withAllItems(draft),
    resolver: zodResolver(z.custom<Review>().superRefine(exportRules) as never) as unknown as Resolver<Review>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const [submitted, setSubmitted] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const items = form.getValues('items');
  const summary = useMemo(() => summariseDossier(content), [content]);
  const needs = useMemo(() => new Map(minimumData(content).map((n) => [n.scope, n.purposes])), [content]);
  const previous = useMemo(() => previousRequest(draft.request), [draft.request]);

  useEffect(() => {
    const subscription = form.watch((values) => saveDraft({ ...draft, review: structuredClone(values) as Review, updatedAt: new Date().toISOString() }));
    return () => subscription.unsubscribe();
  }, [form, draft]);

  const indexOf = (target: ReviewTarget) => items.findIndex((i) => targetKey(i.target) === targetKey(target));
  const errors = Object.entries(form.formState.errors).map(([path, e]) => ({ target: fieldId(path), message: String(e?.message ?? '') }));

  const onExport = form.handleSubmit(
    (values) => {
      const file = `avis-dpd-v${values.dossierVersion}-${safeFileName(values.dossierTitle, 'json')}`;
      downloadFile(file, JSON.stringify(reviewFile(values), null, 2), 'application/json');
      setExported(file);
    },
    () => {
      setSubmitted(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
    },
  );

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onExport} className="step-form dpo-review">
        {submitted && <ErrorSummary errors={errors} ref={summaryRef} />}
        {previous && (
          <Notice kind="info" title={`Ce qui a changé depuis la version ${previous.dossier.version}, que vous avez examinée`}>
            <DiffTable changes={diffContents(previous.dossier.content, content)} caption={`Changements depuis la version ${previous.dossier.version}`} />
          </Notice>
        )}
        {summary.map((section) => (
          <section key={section.step} className="review-section" aria-labelledby={`revue-${section.step}`}>
            <h2 id={`revue-${section.step}`}>{section.title}</h2>
            <dl className="answers">
              {section.rows.map((row, i) => (
                <div className="answers-row answers-row--readonly" key={`${row.label}-${i}`}>
                  <dt>{row.label}</dt>
                  <dd>{row.value ?? <span className="answers-empty">Non renseigné</span>}</dd>
                </div>
              ))}
            </dl>
            <Assessment index={indexOf({ kind: 'step', step: section.step })} legend={`Votre appréciation : ${section.title}`} />
            {section.step === 'donnees' &&
              content.data.scopes.map((scope) => (
                <div className="review-datum" key={scope}>
                  <h3>{scopeDisplayLabel(scope)}</h3>
                  <p className="field-hint">
                    {needs.has(scope)
                      ? `Nécessaire pour : ${needs.get(scope)!.join(' ; ')}.`
                      : `Au-delà du minimum. Justification : ${content.data.justifications[scope]?.trim() || 'aucune'}.`}
                  </p>
                  <Assessment index={indexOf({ kind: 'datum', scope })} legend={`Votre appréciation de la donnée : ${scopeDisplayLabel(scope)}`} />
                </div>
              ))}
          </section>
        ))}
        <section className="review-section" aria-labelledby="revue-avis">
          <h2 id="revue-avis">Votre avis</h2>
          <RadioGroup name="opinion" legend="Avis sur la demande" choices={choicesOf(OPINION_LABELS)} />
          <TextArea name="generalComment" label="Commentaire général (facultatif)" rows={4} />
          <div className="field-row">
            <TextField name="reviewerName" label="Votre nom" autoComplete="name" width="medium" />
            <TextField name="date" label="Date de l'avis" type="date" width="medium" />
          </div>
        </section>
        <div className="step-nav">
          <button type="submit" className="button button--primary">
            Exporter l'avis (.json)
          </button>
        </div>
        <div role="status">
          {exported && (
            <Notice kind="success">
              <p>L'avis est exporté ({exported}) : renvoyez ce fichier au chef de projet, qui l'importera dans son dossier.</p>
            </Notice>
          )}
        </div>
      </form>
    </FormProvider>
  );
}

export function DpoReviewPage({ reviewId }: { reviewId: string }) {
  const [draft] = useState(() => readDraft(reviewId));
  const heading = useRef<HTMLHeadingElement>(null);
  const title = draft ? `Revue de « ${draft.request.dossier.title} », version ${draft.request.dossier.version}` : 'Revue introuvable';

  useEffect(() => {
    document.title = `${title} – ${APP_NAME}`;
    focusHeadingAfterNavigation(heading);
  }, [title]);

  return (
    <div className="page page--wide">
      <p className="step-kicker">Délégué à la protection des données</p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {draft ? (
        <>
          <p className="step-intro">
            Le dossier est en lecture seule. Donnez votre appréciation de chaque étape et de chaque donnée demandée, puis votre avis ; exportez-le et renvoyez le fichier au
            chef de projet. Votre travail est enregistré dans ce navigateur au fil de la saisie.
          </p>
          <DpoReviewForm draft={draft} />
        </>
      ) : (
        <Notice kind="error">
          <p>
            Cette revue n'est pas dans ce navigateur. Ouvrez le fichier de demande de revue depuis <Link to="/">l'accueil</Link>.
          </p>
        </Notice>
      )}
    </div>
  );
}
