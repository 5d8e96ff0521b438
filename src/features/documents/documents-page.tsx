import { useEffect, useMemo, useRef } from 'react';
import { buildVerdict } from '../../domain/verdict';
import { APP_NAME } from '../../ui/app-name';
import { focusHeadingAfterNavigation } from '../../ui/focus-heading';
import { useDossier } from '../storage';
import { DataPassSheetView } from './datapass-sheet-view';
import { DocumentDownloads } from './document-downloads';
import { PrefillLinkSection } from './sheet/prefill-link-section';

/** The documents of a dossier, and the DataPass entry sheet with a copy button per field. */
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
      <PrefillLinkSection dossier={dossier} />
      <h2>Fiche de saisie DataPass</h2>
      <p>Pour chaque étape du formulaire DataPass, la valeur à saisir. Copiez-la champ par champ, ou téléchargez la fiche complète ci-dessus.</p>
      <DataPassSheetView dossier={dossier} />
    </article>
  );
}
