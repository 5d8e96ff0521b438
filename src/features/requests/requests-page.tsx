import { useEffect, useMemo, useRef } from 'react';
import { Link } from '@tanstack/react-router';
import { FormProvider } from 'react-hook-form';
import { projectRequests, type ProjectRequest } from '../../domain/datapass/project-requests';
import { problemsUnder } from '../../domain/dossier/storable';
import { APP_NAME } from '../../ui/app-name';
import { FieldProblemsContext } from '../../ui/field-problems';
import { Notice } from '../../ui/notice';
import { focusHeadingAfterNavigation } from '../../ui/focus-heading';
import { useDossier } from '../storage/editing';
import { NextSteps } from './next-steps';
import { RequestCard } from './request-card';
import { useTrackingForm } from './use-tracking-form';

/** Every DataPass request of the project, in filing order, each ready to open and to follow. */
export function RequestsPage() {
  const { dossier } = useDossier();
  const heading = useRef<HTMLHeadingElement>(null);
  const requests = useMemo(() => projectRequests(dossier), [dossier]);
  const keys = useMemo(() => requests.map((r) => r.key), [requests]);

  useEffect(() => {
    document.title = `Vos demandes DataPass – ${dossier.title} – ${APP_NAME}`;
    focusHeadingAfterNavigation(heading);
  }, [dossier.title]);

  return (
    <article className="step" aria-labelledby="demandes-titre">
      <p className="step-kicker">Après la synthèse</p>
      <h1 id="demandes-titre" ref={heading} tabIndex={-1}>
        Vos demandes DataPass
      </h1>
      <p className="step-intro">
        Les demandes à déposer pour ce projet, dans l’ordre. Chaque lien ouvre DataPass avec les réponses du dossier ; l’outil lui-même n’envoie rien. Notez
        ensuite le numéro, la date et l’état de chaque demande.
      </p>
      {requests.length === 0 ? (
        <p>
          Les demandes dépendent du cas d’usage et du logiciel :{' '}
          <Link to="/dossiers/$dossierId/organisation" params={{ dossierId: dossier.id }}>
            choisissez-les d’abord
          </Link>
          .
        </p>
      ) : (
        <TrackedRequests key={keys.join(' ')} requests={requests} />
      )}
      <NextSteps />
    </article>
  );
}

/** Rebuilt (by its key) when the list of requests changes: another access mode, another method. */
function TrackedRequests({ requests }: { requests: readonly ProjectRequest[] }) {
  const form = useTrackingForm(requests);
  const { unsaved } = useDossier();
  // A value storage refuses (a year of six digits typed in a date) stays on the page, said beside its field.
  const problems = useMemo(() => problemsUnder(unsaved, 'datapassRequests'), [unsaved]);
  return (
    <FormProvider {...form}>
      <FieldProblemsContext.Provider value={problems}>
        {problems.size > 0 && (
          <Notice kind="error">
            <p>
              <strong>Dernière modification non enregistrée.</strong> Corrigez le champ signalé : tant qu’une valeur ne peut pas être enregistrée, ce navigateur
              garde la version précédente du dossier.
            </p>
          </Notice>
        )}
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          {requests.map((request, i) => (
            <RequestCard key={request.key} request={request} position={i + 1} />
          ))}
        </form>
      </FieldProblemsContext.Provider>
    </FormProvider>
  );
}
