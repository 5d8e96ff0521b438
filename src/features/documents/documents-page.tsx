import { useEffect, useMemo, useRef } from 'react';
import { buildVerdict } from '../../domain/verdict';
import { APP_NAME } from '../../ui/app-name';
import { focusHeadingAfterNavigation } from '../../ui/focus-heading';
import { useDossier } from '../storage/editing';
import { Link } from '@tanstack/react-router';
import { NextSteps } from '../requests';
import { DocumentDownloads } from './document-downloads';

/** The documents of a dossier, where its DataPass requests are, and what comes next. */
export function DocumentsPage() {
  const { dossier, today } = useDossier();
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useMemo(() => buildVerdict(dossier, today).state, [dossier, today]);

  useEffect(() => {
    document.title = `Documents – ${dossier.title} – ${APP_NAME}`;
    focusHeadingAfterNavigation(heading);
  }, [dossier.title]);

  return (
    <article className="step" aria-labelledby="documents-titre">
      <p className="step-kicker">Après la synthèse</p>
      <h1 id="documents-titre" ref={heading} tabIndex={-1}>
        Documents
      </h1>
      <p className="step-intro">Les documents sont produits dans votre navigateur, à partir du dossier : rien n'est envoyé sur internet.</p>
      <DocumentDownloads dossier={dossier} state={state} />
      <h2>Vos demandes DataPass</h2>
      <p>
        Chaque demande à déposer, avec son formulaire DataPass déjà rempli en un clic, ce qui reste à saisir ou joindre, et son suivi :{' '}
        <Link to="/dossiers/$dossierId/demandes" params={{ dossierId: dossier.id }}>
          ouvrir « Vos demandes DataPass »
        </Link>
        .
      </p>
      <NextSteps />
    </article>
  );
}
