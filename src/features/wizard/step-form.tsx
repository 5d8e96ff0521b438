import { useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { Link, useNavigate } from '@tanstack/react-router';
import { neighbours, stepById, type StepId } from '../../domain/steps';
import { sectionWarnings, validateSection } from '../../domain/validation/validate';
import { problemsUnder } from '../../domain/dossier/storable';
import { useVerdict } from './verdict-context';
import { StepFindings } from './step-findings';
import { ErrorSummary, type SummaryError } from '../../ui/error-summary';
import { fieldId, focusById } from '../../ui/field-id';
import { FieldWarningsContext } from '../../ui/field-warnings';
import { FieldProblemsContext } from '../../ui/field-problems';
import { VendorMarksContext, type VendorMarks } from '../../ui/vendor-mark';
import { vendorMarksUnder } from '../../domain/vendor/changes';
import { Notice } from '../../ui/notice';
import { useDossier } from '../storage/editing';
import { flattenErrors } from './flatten-errors';
import { useLiveValidation } from './use-live-validation';
import { StepLayout } from './step-layout';
import { STEP_PATHS } from '../../ui/step-paths';

interface StepFormProps<V extends FieldValues> {
  stepId: StepId;
  form: UseFormReturn<V>;
  markVisited: () => void;
  intro?: ReactNode;
  /** Where an error's summary link leads, when its path is not a field of its own. */
  targetFor?: (path: string) => string;
  children: ReactNode;
}

function inDocumentOrder(a: SummaryError, b: SummaryError): number {
  const ea = document.getElementById(a.target);
  const eb = document.getElementById(b.target);
  if (!ea || !eb || ea === eb) return 0;
  return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * A wizard step's form: fields, warnings beside them, an error summary when "Continuer" finds
 * problems, and the previous / next navigation. Answers are saved as they are typed, so the
 * user may also leave a step unfinished and come back.
 */
export function StepForm<V extends FieldValues>({ stepId, form, markVisited, intro, targetFor = fieldId, children }: StepFormProps<V>) {
  const { dossier, today, unsaved } = useDossier();
  const navigate = useNavigate();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [submitted, setSubmitted] = useState(false);
  const live = useLiveValidation(form);
  const { previous, next } = neighbours(stepId);
  const section = stepById(stepId).section;

  const errors: SummaryError[] = flattenErrors(form.formState.errors)
    .map((e) => ({ target: targetFor(e.path), message: e.message }))
    .sort(inDocumentOrder);

  const verdict = useVerdict();
  const stepVerdict = verdict?.steps[stepId] ?? null;
  // Beside each field: the step's advice, and what the verdict found there beyond the form's own
  // errors (actions pending, points to review, contradictions with another step).
  const warnings = useMemo(() => {
    const advice = section ? sectionWarnings(section, dossier, today) : [];
    const found = (stepVerdict?.findings ?? []).filter((f) => f.keptReason === null && !f.byStepForm);
    const involved = (stepVerdict?.involved ?? [])
      .filter((f) => f.keptReason === null)
      .flatMap((f) => f.related.filter((r) => r.section === section).map((r) => ({ path: r.path, message: f.message })));
    return [...advice, ...found.map((f) => ({ path: f.place.path, message: f.message })), ...involved];
  }, [section, dossier, today, stepVerdict]);
  const warningsByField = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const w of warnings) {
      if (!w.path) continue;
      const key = w.path.join('.');
      map.set(key, [...(map.get(key) ?? []), w.message]);
    }
    return map;
  }, [warnings]);
  const generalWarnings = warnings.filter((w) => !w.path);
  const problemsByField = useMemo(() => (section ? problemsUnder(unsaved, section) : new Map<string, string>()), [unsaved, section]);
  // Beside each answer the vendor's model gave: that it did, or that it was changed since.
  const vendorMarks = useMemo<VendorMarks | null>(
    () => (dossier.vendor && section ? { vendorName: dossier.vendor.vendorName, marks: vendorMarksUnder(dossier, section) } : null),
    [dossier, section],
  );

  const goTo = (step: StepId) => void navigate({ to: STEP_PATHS[step], params: { dossierId: dossier.id } });

  const onSubmit = form.handleSubmit(
    () => {
      markVisited();
      if (next) goTo(next.id);
    },
    () => {
      markVisited();
      live.markJudged();
      setSubmitted(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
    },
  );

  return (
    <StepLayout
      stepId={stepId}
      intro={intro}
      hasErrors={submitted && errors.length > 0}
      onArrival={(target) => {
        // Coming back to fix something: show what is wrong straight away (and spare the
        // validation when the step is already complete).
        if (target || (dossier.visitedSteps.includes(stepId) && section !== null && validateSection(section, dossier, today).length > 0)) void live.judge();
      }}
    >
      {submitted && (
        <ErrorSummary errors={errors} ref={summaryRef}>
          {next && (
            <p className="error-summary-skip">
              Vos réponses sont enregistrées. Vous pouvez aussi{' '}
              <Link to={STEP_PATHS[next.id]} params={{ dossierId: dossier.id }}>
                passer à l'étape suivante ({next.title}) et revenir plus tard
              </Link>
              .
            </p>
          )}
        </ErrorSummary>
      )}
      {problemsByField.size > 0 && (
        <Notice kind="error">
          <p>
            <strong>Dernière modification non enregistrée.</strong> Corrigez{' '}
            {problemsByField.size > 1 ? `les ${problemsByField.size} champs signalés` : 'le champ signalé'} : tant qu’une valeur ne peut pas être enregistrée,
            ce navigateur garde la version précédente du dossier.
          </p>
          <ul>
            {[...problemsByField].map(([path, message]) => (
              <li key={path}>
                <a
                  href={`#${targetFor(path)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusById(targetFor(path));
                  }}
                >
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {stepVerdict && <StepFindings stepId={stepId} verdict={stepVerdict} />}
      {generalWarnings.map((w) => (
        <Notice kind="warning" key={w.message}>
          <p>{w.message}</p>
        </Notice>
      ))}
      <FormProvider {...form}>
        <FieldProblemsContext.Provider value={problemsByField}>
          <VendorMarksContext.Provider value={vendorMarks}>
            <FieldWarningsContext.Provider value={warningsByField}>
              <form noValidate onSubmit={(event) => void onSubmit(event)} onBlur={live.onBlur} className="step-form">
                {children}
                <div className="step-nav">
                  {next && (
                    <button type="submit" className="button button--primary">
                      Continuer : {next.title}
                    </button>
                  )}
                  {previous && (
                    <Link className="button button--secondary" to={STEP_PATHS[previous.id]} params={{ dossierId: dossier.id }}>
                      Retour : {previous.title}
                    </Link>
                  )}
                </div>
              </form>
            </FieldWarningsContext.Provider>
          </VendorMarksContext.Provider>
        </FieldProblemsContext.Provider>
      </FormProvider>
    </StepLayout>
  );
}
