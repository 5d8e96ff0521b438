import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import {
  createDossier,
  duplicateDossier,
  listDossiers,
  readRaw,
  removeDossier,
  renameDossier,
  subscribe,
  writeRaw,
  type DossierListEntry,
  downloadFile,
  safeFileName,
  StorageWarning,
} from '../storage';
import { Notice } from '../../ui/notice';
import { ImportDossier } from './import-dossier';
import { StartFromModel } from './start-from-model';
import { ReviewDrafts } from './review-drafts';
import type { Outcome } from './outcome';
import { APP_NAME } from '../../ui/app-name';
import { focusHeadingAfterNavigation } from '../../ui/focus-heading';

let dateTimeFormat: Intl.DateTimeFormat | undefined;
const dateTime = () => (dateTimeFormat ??= new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }));

function DossierRow({ entry, onMessage }: { entry: DossierListEntry; onMessage: (outcome: Outcome) => void }) {
  const [mode, setMode] = useState<'idle' | 'rename' | 'confirm-delete'>('idle');
  const [title, setTitle] = useState(entry.title);
  const renameRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (mode === 'rename') renameRef.current?.focus();
    if (mode === 'confirm-delete') cancelRef.current?.focus();
  }, [mode]);

  const exportRaw = () => {
    const raw = readRaw(entry.id);
    if (raw === null) return;
    let pretty = raw;
    try {
      pretty = JSON.stringify(JSON.parse(raw), null, 2);
    } catch {
      // An unreadable dossier is exported exactly as stored.
    }
    downloadFile(safeFileName(entry.title, 'json'), pretty, 'application/json');
  };

  // An imported dossier's id may hold anything (spaces too): it never becomes an HTML id.
  const titleId = useId();
  return (
    <li className="dossier-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="dossier-card-title">
        <Link to="/dossiers/$dossierId/organisation" params={{ dossierId: entry.id }}>
          {entry.title}
        </Link>
      </h3>
      <p className="dossier-card-meta">
        {entry.organisationName ?? 'Organisation non renseignée'}
        {entry.updatedAt && <> · modifié le {dateTime().format(new Date(entry.updatedAt))}</>}
      </p>
      {entry.unreadable && (
        <Notice kind="error">
          <p>Ce dossier enregistré est abîmé : il s’ouvre sur une page de réparation. Exportez d’abord son contenu brut pour ne rien perdre.</p>
        </Notice>
      )}
      {mode === 'rename' && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (title.trim() === '') return;
            renameDossier(entry.id, title);
            onMessage({ message: `Le dossier s'appelle maintenant « ${title.trim()} ».` });
            setMode('idle');
          }}
        >
          <label htmlFor={`${titleId}-titre`} className="field-label">
            Nouveau nom du dossier
          </label>
          {title.trim() === '' && (
            <p className="field-error" id={`${titleId}-titre-erreur`}>
              Donnez un nom au dossier.
            </p>
          )}
          <input
            id={`${titleId}-titre`}
            ref={renameRef}
            className="input input--medium"
            value={title}
            maxLength={300}
            aria-invalid={title.trim() === '' ? true : undefined}
            aria-describedby={title.trim() === '' ? `${titleId}-titre-erreur` : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit" className="button button--primary button--small">
            Enregistrer le nom
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setMode('idle')}>
            Annuler
          </button>
        </form>
      )}
      {mode === 'confirm-delete' && (
        <div className="confirm" role="group" aria-labelledby={`${titleId}-confirmation`}>
          <p id={`${titleId}-confirmation`}>
            Supprimer « {entry.title} » de ce navigateur ? Vous pourrez annuler juste après ; ensuite, seul un export vous le rendra.
          </p>
          <button
            type="button"
            className="button button--danger button--small"
            onClick={() => {
              const text = removeDossier(entry.id);
              onMessage({
                message: `Le dossier « ${entry.title} » a été supprimé.`,
                undo:
                  text === null
                    ? undefined
                    : { label: 'Annuler la suppression', run: () => writeRaw(entry.id, text), done: `Le dossier « ${entry.title} » est rétabli.` },
              });
            }}
          >
            Supprimer définitivement
          </button>
          <button type="button" ref={cancelRef} className="button button--secondary button--small" onClick={() => setMode('idle')}>
            Annuler
          </button>
        </div>
      )}
      {mode === 'idle' && (
        <div className="dossier-card-actions">
          <button type="button" className="button button--link" onClick={() => setMode('rename')}>
            Renommer<span className="visually-hidden"> {entry.title}</span>
          </button>
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              if (duplicateDossier(entry.id)) onMessage({ message: `Une copie de « ${entry.title} » a été créée.` });
            }}
          >
            Dupliquer<span className="visually-hidden"> {entry.title}</span>
          </button>
          <button type="button" className="button button--link" onClick={exportRaw}>
            Exporter<span className="visually-hidden"> {entry.title}</span>
          </button>
          <button type="button" className="button button--link button--danger-link" onClick={() => setMode('confirm-delete')}>
            Supprimer<span className="visually-hidden"> {entry.title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

/** The home page: what the tool does, and the dossiers kept in this browser. */
export function DossierListPage() {
  const dossiers = useSyncExternalStore(subscribe, listDossiers, () => []);
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const undo = outcome?.undo;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `Vos demandes – ${APP_NAME}`;
    focusHeadingAfterNavigation(headingRef);
  }, []);

  const start = () => {
    const dossier = createDossier();
    void navigate({ to: '/dossiers/$dossierId/organisation', params: { dossierId: dossier.id } });
  };

  return (
    <div className="page">
      <StorageWarning />
      <h1 ref={headingRef} tabIndex={-1}>
        Préparer votre demande d'accès à l'API Impôt particulier
      </h1>
      <div className="lead">
        <p>
          Cet outil accompagne une collectivité (commune, intercommunalité, département, CCAS…) pas à pas dans sa demande d'habilitation sur DataPass : cas
          d'usage, méthode de calcul, données strictement nécessaires, cadre juridique, protection des données, personnes impliquées et sécurité. Il termine par
          la liste de ce qui est prêt et de ce qui manque.
        </p>
        <p>
          <strong>Vos réponses restent dans ce navigateur</strong> : rien n'est envoyé sur internet. Exportez votre dossier pour le transmettre ou le reprendre
          sur un autre ordinateur.
        </p>
      </div>
      <p>
        <button type="button" className="button button--primary button--large" onClick={start}>
          Commencer une nouvelle demande
        </button>
      </p>
      <StartFromModel />
      <p>
        Vous êtes éditeur de logiciel ? <Link to="/editeur">Espace éditeur : préparez le modèle à transmettre aux collectivités que vous équipez</Link>.
      </p>

      <section aria-labelledby="vos-dossiers">
        <h2 id="vos-dossiers">Vos dossiers dans ce navigateur</h2>
        <div role="status">
          {outcome && (
            <Notice kind="success">
              <p>{outcome.message}</p>
              {undo && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    undo.run();
                    setOutcome({ message: undo.done });
                  }}
                >
                  {undo.label}
                </button>
              )}
            </Notice>
          )}
        </div>
        {dossiers.length === 0 ? (
          <p>Aucun dossier pour l'instant.</p>
        ) : (
          <ul className="dossier-list">
            {dossiers.map((entry) => (
              <DossierRow key={entry.id} entry={entry} onMessage={setOutcome} />
            ))}
          </ul>
        )}
        <ImportDossier onImported={setOutcome} />
      </section>
      <ReviewDrafts onRemoved={setOutcome} />
    </div>
  );
}
