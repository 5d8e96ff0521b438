import { useId, useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { IMPORT_MAX_BYTES, fileTooBigMessage } from '../../domain/dossier/limits';
import { uuidV4 } from '../../domain/sandbox/formats';
import { writeDossier } from '../storage';
import { FileField } from '../../ui/file-field';

/**
 * Starts a dossier from the model file a software vendor sent: its answers are in place, marked
 * as the vendor's. The reading code is loaded only now, to keep the first page light. A refused
 * file creates nothing and changes no dossier.
 */
const vendor = () => import('../../domain/vendor');

export function StartFromModel() {
  const id = useId();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setError(fileTooBigMessage(file.size));
      return;
    }
    try {
      const { readVendorModel, dossierFromModel } = await vendor();
      const read = readVendorModel(await file.text());
      if (!read.ok) {
        setError(read.message);
        return;
      }
      const dossier = dossierFromModel(read.model, { id: uuidV4(), now: new Date() });
      if (!writeDossier(dossier)) {
        setError("Le navigateur refuse d'enregistrer un nouveau dossier (stockage plein ou désactivé). Libérez de la place ou autorisez l'enregistrement.");
        return;
      }
      void navigate({ to: '/dossiers/$dossierId/organisation', params: { dossierId: dossier.id } });
    } catch {
      setError("Ce fichier n'a pas pu être lu. Vérifiez qu'il s'agit bien du fichier .json que votre éditeur vous a transmis.");
    }
  };

  return (
    <FileField
      id={id}
      className="import"
      label="Commencer à partir du modèle de votre éditeur (.json)"
      hint="Le fichier que votre éditeur de logiciel vous a transmis : ses réponses (logiciel, responsable technique, volumétrie, information des usagers…) seront déjà remplies et signalées comme telles. Vous pourrez les modifier : la synthèse et la liste de contrôle (à transmettre à votre éditeur) signaleront ce que vous avez changé."
      error={error}
      accept=".json,application/json"
      announce
      forgetChoice
      onFile={(file) => void onFile(file ?? undefined)}
    />
  );
}
