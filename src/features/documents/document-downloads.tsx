import { useState } from 'react';
import type { VerdictState } from '../../domain/verdict';
import type { Dossier } from '../../domain/dossier/model';
import { formatFrenchDate } from '../../domain/dates';
import { existingDeliberationSuffices } from '../../domain/validation/legal-rules';
import { downloadFile } from '../storage';
import type { DocumentKind } from './generate';

/**
 * The download buttons. The document libraries (docx, pdf-lib, fonts) are loaded only when a
 * document is asked for, so the rest of the app stays light; each generation is timed with the
 * User Timing API ("document:<kind>"), which the benchmark reads.
 */
const DOCUMENTS: { kind: DocumentKind; label: string; description: string }[] = [
  {
    kind: 'deliberation',
    label: 'Projet de délibération (.docx)',
    description: 'À adapter puis à faire voter ; les parties à adapter sont surlignées en orange.',
  },
  {
    kind: 'checklist',
    label: 'Liste de contrôle (PDF)',
    description: 'Ce qui est prêt, ce qui manque, et le résumé du dossier, pour le classement et le DPD.',
  },
  { kind: 'sheet', label: 'Fiche de saisie DataPass (.txt)', description: 'La valeur à saisir dans chaque champ du formulaire DataPass.' },
];

/** When the deliberation already voted names each datum and its purpose, the draft is optional. */
function optionalDeliberation(dossier: Dossier): string {
  const { deliberationNumber, deliberationDate } = dossier.legal;
  const which = `${deliberationNumber.trim() ? ` n° ${deliberationNumber.trim()}` : ''}${deliberationDate ? ` du ${formatFrenchDate(deliberationDate)}` : ''}`;
  return `Facultatif : votre délibération${which} cite déjà chaque donnée et sa finalité, elle suffit pour DataPass. Ce projet la complète sans la modifier, si vous voulez aussi faire voter les règles d'application (année des revenus, cas particuliers) ; les parties à adapter sont surlignées en orange.`;
}

type Status = { state: 'idle' } | { state: 'working' } | { state: 'done'; filename: string } | { state: 'error'; message: string };

async function generate(kind: DocumentKind, dossier: Dossier) {
  const [{ generateDocument }, { browserTemplates, browserFonts }] = await Promise.all([import('./generate'), import('./browser-assets')]);
  performance.mark(`document:${kind}:start`);
  const document = await generateDocument(kind, dossier, browserTemplates, browserFonts, new Date());
  performance.measure(`document:${kind}`, `document:${kind}:start`);
  return document;
}

function errorMessage(kind: DocumentKind, error: unknown): string {
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  if (kind === 'checklist' && (offline || (error instanceof Error && /Font|fetch/i.test(error.message)))) {
    return "La police de caractères du PDF n'a pas pu être chargée. Vérifiez la connexion, puis réessayez.";
  }
  return "Le document n'a pas pu être produit. Réessayez ; si le problème persiste, exportez le dossier (.json) et signalez-le.";
}

export function DocumentDownloads({ dossier, state }: { dossier: Dossier; state: VerdictState }) {
  const [status, setStatus] = useState<Record<DocumentKind, Status>>({
    deliberation: { state: 'idle' },
    checklist: { state: 'idle' },
    sheet: { state: 'idle' },
  });
  const set = (kind: DocumentKind, s: Status) => setStatus((all) => ({ ...all, [kind]: s }));

  const onClick = async (kind: DocumentKind) => {
    set(kind, { state: 'working' });
    try {
      const document = await generate(kind, dossier);
      downloadFile(document.filename, document.bytes, document.mimeType);
      set(kind, { state: 'done', filename: document.filename });
    } catch (error) {
      console.error(error);
      set(kind, { state: 'error', message: errorMessage(kind, error) });
    }
  };

  return (
    <div className="documents">
      {state === 'todo' && (
        <p className="field-hint">
          Le dossier n'est pas complet : les documents se génèrent quand même, et les parties manquantes y sont marquées « à compléter ».
        </p>
      )}
      {state === 'review' && <p className="field-hint">Des points restent à revoir : la liste de contrôle les détaille, pour vous comme pour votre DPD.</p>}
      <ul className="document-list">
        {DOCUMENTS.map(({ kind, label, description }) => {
          const s = status[kind];
          return (
            <li key={kind} className="document-item">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void onClick(kind)}
                disabled={s.state === 'working'}
                aria-describedby={`document-${kind}-aide document-${kind}-etat`}
              >
                Télécharger : {label}
              </button>
              <p className="field-hint" id={`document-${kind}-aide`}>
                {kind === 'deliberation' && existingDeliberationSuffices(dossier) ? optionalDeliberation(dossier) : description}
              </p>
              <p id={`document-${kind}-etat`} className={s.state === 'error' ? 'field-error' : 'document-status'} role="status">
                {s.state === 'working' && 'Préparation du document…'}
                {s.state === 'done' && `Document prêt : ${s.filename}`}
                {s.state === 'error' && s.message}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
