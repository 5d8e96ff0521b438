import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, set, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { Link } from '@tanstack/react-router';
import { minimumData } from '../../domain/minimisation';
import { summariseDossier } from '../../domain/summary';
import { scopeDisplayLabel } from '../../domain/catalogue/scopes';
import { diffContents } from '../../domain/review/diff';
import { OPINION_LABELS, REVIEW_STATUS_LABELS } from '../../domain/review/review-labels';
import { exportReview, reviewExportIssues, reviewTypingIssues, type ReviewIssue } from '../../domain/review/review-files';
import { targetKey, type Review, type ReviewItem, type ReviewTarget } from '../../domain/review/review-model';
import { APP_NAME } from '../../ui/app-name';
import { ErrorSummary, type SummaryError } from '../../ui/error-summary';
import { fieldId } from '../../ui/field-id';
import { choicesOf, RadioGroup, TextArea, TextField } from '../../ui/fields';
import { focusHeadingAfterNavigation } from '../../ui/focus-heading';
import { Notice } from '../../ui/notice';
import { downloadFile } from '../storage';
import { DiffTable } from './diff-table';
import { saveDraft, type DpoReviewDraft } from './dpo-store';
import { openDraft, previousRequest, type DraftReading } from './draft-reader';
import { must } from '../../domain/must';

/**
 * The DPO's side of the loop: the dossier read-only, a status and a comment for each step and
 * each datum requested, an overall opinion signed with a name and a date, and the export of
 * the review. Saved in this browser as it is typed.
 *
 * The review is checked with the schema the project lead's import uses: its limits show beside
 * the field as the DPO types, and the export is refused, with what to fix, whenever the file it
 * would give could not be imported.
 */
const EXPORT_BUTTON_ID = 'exporter-avis';
/** Where problems of the file as a whole (not of one field) are kept in the form's errors. */
const FILE_ERROR = 'root.export';

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

function fieldErrors(issues: readonly ReviewIssue[]): FieldErrors<Review> {
  const errors: FieldErrors<Review> = {};
  for (const issue of issues) set(errors, issue.path.length > 0 ? issue.path.join('.') : FILE_ERROR, { type: 'avis', message: issue.message });
  return errors;
}

/**
 * The import's limits and a date typed halfway at every keystroke; once an export was tried,
 * what an exported review must also say (an opinion, a name, a date).
 */
function reviewResolver(exportTried: { current: boolean }): Resolver<Review> {
  return (values) => {
    const issues = exportTried.current ? reviewExportIssues(values) : reviewTypingIssues(values);
    return Promise.resolve(issues.length === 0 ? { values, errors: {} } : { values: {}, errors: fieldErrors(issues) });
  };
}

interface Message {
  path: string;
  message: string;
}

/** Every message of the form's errors, with its path ("items.3.comment"), in the page's order. */
function messagesOf(errors: unknown, path: string[] = []): Message[] {
  if (typeof errors !== 'object' || errors === null) return [];
  const record = errors as Record<string, unknown>;
  if (typeof record.message === 'string' && typeof record.type === 'string') return record.message ? [{ path: path.join('.'), message: record.message }] : [];
  return Object.keys(record)
    .filter((key) => key !== 'ref')
    .flatMap((key) => messagesOf(record[key], [...path, key]));
}

const ORDER = ['opinion', 'generalComment', 'reviewerName', 'date'];

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
  const exportTried = useRef(false);
  const resolver = useMemo(() => reviewResolver(exportTried), []);
  const form = useForm<Review>({
    defaultValues: withAllItems(draft),
    resolver,
    // The limits show as the DPO types; what is missing, only once an export was tried.
    mode: 'onChange',
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

  useEffect(() => {
    // A draft saved before these checks may already hold too long a text: say so at once.
    if (reviewTypingIssues(form.getValues()).length > 0) void form.trigger();
  }, [form]);

  const indexOf = (target: ReviewTarget) => items.findIndex((i) => targetKey(i.target) === targetKey(target));

  /** What each message is about, for the summary at the top ("Votre nom : …"). */
  const subjects = useMemo(() => {
    const stepTitles = new Map(summary.map((s) => [s.step as string, s.title]));
    const subjectOf = (item: ReviewItem) =>
      item.target.kind === 'step'
        ? `l'étape « ${stepTitles.get(item.target.step) ?? item.target.step} »`
        : `la donnée « ${scopeDisplayLabel(item.target.scope)} »`;
    const map = new Map<string, string>([
      ['opinion', 'Avis sur la demande'],
      ['generalComment', 'Commentaire général'],
      ['reviewerName', 'Votre nom'],
      ['date', "Date de l'avis"],
    ]);
    items.forEach((item, i) => {
      map.set(`items.${i}.status`, `Appréciation de ${subjectOf(item)}`);
      map.set(`items.${i}.comment`, `Commentaire sur ${subjectOf(item)}`);
    });
    return map;
  }, [items, summary]);

  const messages = messagesOf(form.formState.errors);
  const rank = (path: string) => (path.startsWith('items.') ? Number(path.split('.')[1]) : path === FILE_ERROR ? 10_000 : items.length + ORDER.indexOf(path));
  const errors: SummaryError[] = messages
    .sort((a, b) => rank(a.path) - rank(b.path))
    .map(({ path, message }) => ({
      // A problem with no field of its own (the file as a whole) leads to the export button.
      target: subjects.has(path) ? fieldId(path) : EXPORT_BUTTON_ID,
      message: subjects.has(path) ? `${subjects.get(path)} : ${message}` : message,
    }));

  const refused = () => {
    setExported(null);
    setSubmitted(true);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const onExport = form.handleSubmit((values) => {
    const result = exportReview(values);
    if (!result.ok) {
      // The form's own checks passed, yet the file would be refused: the file is not given.
      for (const issue of result.issues) {
        const name = (issue.path.length > 0 ? issue.path.join('.') : FILE_ERROR) as Parameters<typeof form.setError>[0];
        form.setError(name, { type: 'avis', message: issue.message });
      }
      refused();
      return;
    }
    downloadFile(result.fileName, result.text, 'application/json');
    setSubmitted(false);
    setExported(result.fileName);
  }, refused);

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(event) => {
          exportTried.current = true;
          void onExport(event);
        }}
        className="step-form dpo-review"
      >
        {submitted && (
          <ErrorSummary errors={errors} ref={summaryRef}>
            <p>L'avis n'est pas exporté : corrigez ces points, puis exportez-le à nouveau.</p>
          </ErrorSummary>
        )}
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
                      ? `Nécessaire pour : ${must(needs.get(scope), `the purposes of ${scope}`).join(' ; ')}.`
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
          <TextArea name="generalComment" label="Commentaire général (facultatif)" hint={'10\u202f000 caractères au plus.'} rows={4} />
          <div className="field-row">
            <TextField name="reviewerName" label="Votre nom" hint="300 caractères au plus." autoComplete="name" width="medium" />
            <TextField name="date" label="Date de l'avis" type="date" width="medium" />
          </div>
        </section>
        <div className="step-nav">
          <button type="submit" id={EXPORT_BUTTON_ID} className="button button--primary">
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

function Missing({ reading }: { reading: Exclude<DraftReading, { kind: 'ok' }> }) {
  return (
    <Notice kind="error">
      {reading.kind === 'damaged' ? (
        <p>
          Cette revue est enregistrée dans ce navigateur, mais elle est abîmée et ne peut pas être lue. Ouvrez à nouveau le fichier de demande de revue depuis{' '}
          <Link to="/">l'accueil</Link> : la revue repart de ce fichier.
        </p>
      ) : (
        <p>
          Cette revue n'est pas dans ce navigateur. Ouvrez le fichier de demande de revue depuis <Link to="/">l'accueil</Link>.
        </p>
      )}
    </Notice>
  );
}

export function DpoReviewPage({ reviewId }: { reviewId: string }) {
  const [reading] = useState(() => openDraft(reviewId));
  const draft = reading.kind === 'ok' ? reading.draft : null;
  const heading = useRef<HTMLHeadingElement>(null);
  const title = draft
    ? `Revue de « ${draft.request.dossier.title} », version ${draft.request.dossier.version}`
    : reading.kind === 'damaged'
      ? 'Revue illisible'
      : 'Revue introuvable';

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
            Le dossier est en lecture seule. Donnez votre appréciation de chaque étape et de chaque donnée demandée, puis votre avis ; exportez-le et renvoyez
            le fichier au chef de projet. Votre travail est enregistré dans ce navigateur au fil de la saisie.
          </p>
          <DpoReviewForm draft={draft} />
        </>
      ) : (
        reading.kind !== 'ok' && <Missing reading={reading} />
      )}
    </div>
  );
}
