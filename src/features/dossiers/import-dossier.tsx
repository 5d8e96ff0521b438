import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { fileKind } from '../../domain/review/file-formats';
import { VENDOR_MODEL_FORMAT } from '../../domain/vendor/format';
import { IMPORT_MAX_BYTES, fileTooBigMessage } from '../../domain/dossier/limits';
import type { Dossier } from '../../domain/dossier/model';
import { writeRaw, type DossierListEntry } from '../storage';
import type { Outcome } from './outcome';
import { FileField } from '../../ui/file-field';

/**
 * Imports a dossier file exported on this or another computer. The validation code is loaded
 * only now, to keep the first page light. A refused file leaves every stored dossier untouched;
 * a file for a dossier already here is added beside it, or replaces it after confirmation, with
 * a way back.
 */
const repository = () => import('../storage/dossier-repository');

function kindOf(text: string) {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && (value as { format?: unknown }).format === VENDOR_MODEL_FORMAT) return 'vendor-model';
    return fileKind(value);
  } catch {
    return 'unknown';
  }
}

export function ImportDossier({ onImported }: { onImported: (outcome: Outcome) => void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  /** A refused file that is a dossier with unreadable values: it may still be kept and repaired. */
  const [repairable, setRepairable] = useState<string | null>(null);
  const [imported, setImported] = useState<Dossier | null>(null);
  const [reviewed, setReviewed] = useState<{ dossierId: string; title: string } | null>(null);
  const navigate = useNavigate();
  const [conflict, setConflict] = useState<{ dossier: Dossier; existing: DossierListEntry } | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const save = async (dossier: Dossier, mode: 'copy' | 'replace') => {
    const { saveImport } = await repository();
    const result = saveImport(dossier, mode);
    setConflict(null);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setImported(result.dossier);
    const previous = result.replaced;
    onImported(
      previous !== null
        ? {
            message: `Le dossier « ${result.dossier.title} » a été remplacé par la version importée.`,
            undo: { label: 'Annuler le remplacement', run: () => writeRaw(dossier.id, previous), done: 'La version précédente du dossier est rétablie.' },
          }
        : {
            message: `Le dossier « ${result.dossier.title} » a été importé${mode === 'copy' && result.dossier.id !== dossier.id ? ', à côté de celui qui portait le même identifiant' : ''}.`,
          },
    );
  };

  const onFile = async (file: File | undefined) => {
    setError(null);
    setRepairable(null);
    setImported(null);
    setReviewed(null);
    setConflict(null);
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setError(fileTooBigMessage(file.size));
      return;
    }
    try {
      const text = await file.text();
      const kind = kindOf(text);
      if (kind === 'vendor-model') {
        setError(
          'Ce fichier est le modèle de votre éditeur, pas un dossier : pour commencer un dossier avec ses réponses, utilisez « Commencer à partir du modèle de votre éditeur », plus haut sur la page.',
        );
        return;
      }
      if (kind === 'review-request' || kind === 'review') {
        await importReviewFile(kind, text);
        return;
      }
      const { checkImport, canRepair } = await repository();
      const check = checkImport(text);
      if (!check.ok) {
        setError(check.message);
        if (canRepair(text)) setRepairable(text);
      } else if (check.existing) setConflict({ dossier: check.dossier, existing: check.existing });
      else await save(check.dossier, 'copy');
    } catch {
      setError("Ce fichier n'a pas pu être lu. Vérifiez qu'il s'agit bien du fichier .json exporté par l'outil.");
    }
  };

  // The two files of the DPO review loop come through the same door as dossiers.
  const importReviewFile = async (kind: 'review-request' | 'review', text: string) => {
    const { openReviewRequest, attachReview } = await import('../review/review-import');
    const result = kind === 'review-request' ? openReviewRequest(text) : attachReview(text);
    if (!result.ok) setError(result.message);
    else if (result.kind === 'request') void navigate({ to: '/revues/$reviewId', params: { reviewId: result.reviewId } });
    else {
      setReviewed(result);
      onImported({ message: `L'avis du DPD sur « ${result.title} » est ajouté au dossier.` });
    }
  };

  return (
    <FileField
      id={id}
      className="import"
      label="Importer un fichier (.json)"
      hint="Un dossier exporté depuis cet outil, une demande de revue reçue par le DPD, ou l'avis qu'il vous renvoie. Aucun dossier déjà présent n'est modifié sans votre accord."
      error={error}
      accept=".json,application/json"
      announce
      forgetChoice
      onFile={(file) => void onFile(file ?? undefined)}
    >
      {error && repairable && (
        <p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              void (async () => {
                const { storeForRepair } = await repository();
                const stored = storeForRepair(repairable);
                if (stored === null) {
                  setRepairable(null);
                  setError('Le navigateur refuse d’enregistrer ce fichier (stockage plein ou désactivé) : il ne peut pas être réparé ici.');
                  return;
                }
                void navigate({ to: '/dossiers/$dossierId/organisation', params: { dossierId: stored } });
              })()
            }
          >
            Importer quand même, pour réparer les valeurs illisibles
          </button>
        </p>
      )}
      {conflict && (
        <div className="confirm notice notice--warning" role="group" aria-labelledby={`${id}-conflit`} tabIndex={-1} ref={conflictRef}>
          <p id={`${id}-conflit`}>
            Ce fichier contient une version du dossier « {conflict.existing.title} », déjà présent dans ce navigateur. Que voulez-vous faire ?
          </p>
          <button type="button" className="button button--primary button--small" onClick={() => void save(conflict.dossier, 'copy')}>
            Garder les deux
          </button>
          <button type="button" className="button button--danger button--small" onClick={() => void save(conflict.dossier, 'replace')}>
            Remplacer le dossier présent
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setConflict(null)}>
            Annuler l'import
          </button>
        </div>
      )}
      {reviewed && (
        <p>
          <Link to="/dossiers/$dossierId/synthese" params={{ dossierId: reviewed.dossierId }}>
            Voir l'avis dans la synthèse de « {reviewed.title} »
          </Link>
        </p>
      )}
      {imported && (
        <p>
          <Link to="/dossiers/$dossierId/organisation" params={{ dossierId: imported.id }}>
            Ouvrir le dossier importé « {imported.title} »
          </Link>
        </p>
      )}
    </FileField>
  );
}
