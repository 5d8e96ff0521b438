import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { uuidV4 } from '../../domain/sandbox/formats';
import { habilitationOf } from '../../domain/sandbox/habilitation';
import { latestIncomeYear } from '../../domain/years';
import { APP_NAME } from '../../ui/app-name';
import { ErrorSummary, type SummaryError } from '../../ui/error-summary';
import { fieldId } from '../../ui/field-id';
import { FieldWarningsContext } from '../../ui/field-warnings';
import { focusHeadingAfterNavigation } from '../../ui/focus-heading';
import { Notice } from '../../ui/notice';
import { useDossier } from '../storage/editing';
import { BatchPanel } from './batch-panel';
import { ErrorScenarios, workingResource } from './error-scenarios';
import { HabilitationSummary } from './habilitation-summary';
import { HistoryTable } from './history-table';
import { HouseholdPreview } from './household-preview';
import { HouseholdsTable } from './households-table';
import { RealCommands } from './real-commands';
import { RequestFields } from './request-fields';
import { initialValues, readSimulatedDate, requestSchema, type RequestValues } from './request-values';
import { requestWarnings } from './request-warnings';
import { ResponseView } from './response-view';
import { useReveal } from './use-reveal';
import { useSandboxSession } from './use-sandbox-session';

/** The fields folded under the headers' disclosure: an error in one of them unfolds it. */
const HEADER_FIELDS: ReadonlySet<string> = new Set(['localToken', 'token', 'correlationId', 'teleserviceId']);

/**
 * The sandbox tester: try API Impôt particulier with fictional households, see what the
 * dossier's habilitation would return and the tariff it gives, then call the DGFiP's own sandbox.
 * It reads the dossier and never writes it; what the user types stays in this page's memory.
 */
export function SandboxPage() {
  const { dossier, today } = useDossier();
  const habilitation = useMemo(() => habilitationOf(dossier), [dossier]);
  const [initial] = useState(() => initialValues(dossier, today, habilitation));
  const form = useForm<RequestValues>({
    defaultValues: initial,
    resolver: zodResolver(requestSchema) as unknown as Resolver<RequestValues>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const session = useSandboxSession(form, habilitation, today);
  const values = form.watch();
  const day = session.dayFor(values);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [submitted, setSubmitted] = useState(false);
  const answer = useReveal<HTMLHeadingElement>();
  const [headersOpen, setHeadersOpen] = useState(false);

  const errors: SummaryError[] = Object.entries(form.formState.errors).flatMap(([name, error]) =>
    error.message ? [{ target: fieldId(name), message: error.message }] : [],
  );
  const showErrors = submitted && errors.length > 0;
  const local = values.target === 'local';
  const batchResource = workingResource(habilitation);
  const latest = latestIncomeYear(day);
  const headerError = Object.keys(form.formState.errors).some((name) => HEADER_FIELDS.has(name));
  const tokenError = session.tokenState.kind === 'error' && session.tokenState.target === values.target;

  // The headers stay folded until they need the user: an error there, a token refused, or the
  // real sandbox, which needs the user's own token and ID_Teleservice.
  useEffect(() => {
    if (headerError || tokenError || values.target === 'real') setHeadersOpen(true);
  }, [headerError, tokenError, values.target]);

  useEffect(() => {
    document.title = `${showErrors ? 'Erreur – ' : ''}Bac à sable – ${dossier.title} – ${APP_NAME}`;
  }, [showErrors, dossier.title]);

  useEffect(() => {
    focusHeadingAfterNavigation(headingRef);
    // Zero set-up: a token of the local sandbox is ready on arrival.
    void session.obtainToken({ ...form.getValues(), target: 'local' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on arrival: one token on opening the page, not one per change of the form or the session
  }, []);

  const onSubmit = form.handleSubmit(
    async (v) => {
      setSubmitted(false);
      await session.send(v);
      answer.reveal();
    },
    () => {
      setSubmitted(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
    },
  );

  // The provider holds the whole page: the household picker at the top fills the request below.
  return (
    <FormProvider {...form}>
      <article className="sandbox" aria-labelledby="sandbox-titre">
        <p className="step-kicker">Tester avant la production</p>
        <h1 id="sandbox-titre" ref={headingRef} tabIndex={-1}>
          Bac à sable de l'API Impôt particulier
        </h1>
        <div className="step-intro">
          <p>
            Voyez ce que votre habilitation renverrait pour des foyers fictifs et le tarif que votre méthode de calcul en tirerait, puis essayez l'API comme le
            ferait votre téléservice.
          </p>
        </div>

        {local && <HouseholdPreview values={values} habilitation={habilitation} dossier={dossier} day={day} />}

        <HabilitationSummary
          habilitation={habilitation}
          dossierId={dossier.id}
          boxes={dossier.data.dependantBoxes}
          day={day}
          simulated={local && (readSimulatedDate(values.simulatedDate) ? 'date' : 'today-instead')}
        />

        <section aria-labelledby="sandbox-requete">
          <h2 id="sandbox-requete">Préparer la requête</h2>
          <Notice>
            <p>
              Ce testeur lit votre dossier sans jamais le modifier. Les jetons, identifiants et secrets saisis restent dans la mémoire de cette page : ils ne
              sont ni enregistrés, ni exportés, et disparaissent à sa fermeture.
            </p>
          </Notice>
          {showErrors && <ErrorSummary errors={errors} ref={summaryRef} />}
          <FieldWarningsContext.Provider value={requestWarnings(values, habilitation, day)}>
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              <RequestFields
                values={values}
                habilitation={habilitation}
                day={day}
                tokenState={session.tokenState}
                busy={session.busy}
                onObtainToken={() => void session.obtainToken(form.getValues())}
                onNewCorrelationId={() => form.setValue('correlationId', uuidV4(), { shouldValidate: form.formState.isSubmitted })}
                headersOpen={headersOpen}
                onHeadersOpenChange={setHeadersOpen}
              />
              <p>
                <button type="submit" className="button button--primary button--large" disabled={session.busy}>
                  Envoyer la requête
                </button>
              </p>
            </form>
          </FieldWarningsContext.Provider>
        </section>

        {local && (
          <ErrorScenarios
            habilitation={habilitation}
            day={day}
            expireTokens={session.expireLocalTokens}
            values={values}
            busy={session.busy}
            send={session.send}
            exceedQuota={session.exceedQuota}
            onAnswered={answer.reveal}
          />
        )}

        <section aria-labelledby="sandbox-reponse">
          <h2 id="sandbox-reponse" ref={answer.ref} tabIndex={-1}>
            Dernière réponse
          </h2>
          {/* Heard, not seen: the answer below says the same, with its status shown in colour. */}
          <p className="sandbox-live visually-hidden" role="status">
            {session.announcement}
          </p>
          {session.last ? <ResponseView exchange={session.last} dossier={dossier} habilitation={habilitation} /> : <p>Aucun appel pour l'instant.</p>}
        </section>

        {!local && <RealCommands values={values} />}

        {local && (
          <BatchPanel
            run={session.batch}
            resource={batchResource}
            years={[latest - 2, latest - 1, latest]}
            busy={session.busy}
            habilitation={habilitation}
            dossier={dossier}
            onRun={() => void session.runAllHouseholds(form.getValues(), batchResource)}
          />
        )}

        <HistoryTable entries={session.history} />
        {local && <HouseholdsTable />}
      </article>
    </FormProvider>
  );
}
