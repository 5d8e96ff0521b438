import { useId, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { IMPORT_MAX_BYTES } from '../../domain/dossier/limits';
import type { Dossier } from '../../domain/dossier/model';

/**
 * Imports a dossier file exported on this or another computer. The validation code is loaded
 * only now, to keep the first page light. A refused file leaves every stored dossier untouched.
 */
export function ImportDossier({ onImported }: { onImported: (message: string) => void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<Dossier | null>(null);

  const onFile = async (file: File | undefined) => {
    setError(null);
    setImported(null);
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setError(`Ce fichier pèse ${(file.size / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo, au-delà de la limite de 5 Mo : un dossier pèse quelques kilo-octets.`);
      return;
    }
    try {
      const [{ importDossierText }, text] = await Promise.all([import('../storage/dossier-repository'), file.text()]);
      const result = importDossierText(text);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setImported(result.dossier);
      onImported(
        result.renamed
          ? `Le dossier « ${result.dossier.title} » a été importé à côté de celui qui portait le même identifiant, sans le remplacer.`
          : `Le dossier « ${result.dossier.title} » a été importé.`,
      );
    } catch {
      setError("Ce fichier n'a pas pu être lu. Vérifiez qu'il s'agit bien du fichier .json exporté par l'outil.");
    }
  };

  return (
    <div className={`field import${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field-label">
        Importer un dossier (.json)
      </label>
      <p className="field-hint" id={`${id}-aide`}>
        Le fichier exporté depuis cet outil, sur cet ordinateur ou un autre. Les dossiers déjà présents ne sont jamais modifiés.
      </p>
      {error && (
        <p className="field-error" id={`${id}-erreur`} role="alert">
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      )}
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        className="input-file"
        aria-describedby={`${id}-aide${error ? ` ${id}-erreur` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {imported && (
        <p>
          <Link to="/dossiers/$dossierId/organisation" params={{ dossierId: imported.id }}>
            Ouvrir le dossier importé « {imported.title} »
          </Link>
        </p>
      )}
    </div>
  );
}
