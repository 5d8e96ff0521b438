import { readDossierText, type ReadResult } from '../../domain/dossier/read-dossier';
import type { Dossier } from '../../domain/dossier/model';
import { listDossiers, newDossierId, readRaw, writeDossier } from './local-store';

/**
 * Reading stored and imported dossiers for real: parsed, migrated to the current format and
 * validated. A stored dossier that cannot be read is reported, never replaced by a blank one.
 * This is the storage feature's second public entry point, kept apart from `index.ts` because it
 * brings the validation library: import it where a dossier is opened, or lazily.
 */
export type LoadResult = ReadResult | { ok: false; notFound: true; message: string };

export function loadDossier(id: string): LoadResult {
  const raw = readRaw(id);
  if (raw === null) {
    return { ok: false, notFound: true, message: "Ce dossier n'existe pas dans ce navigateur : il a peut-être été supprimé, ou créé sur un autre ordinateur." };
  }
  const result = readDossierText(raw);
  // A dossier written by an older version is upgraded once, on disk too.
  if (result.ok && result.migratedFrom !== null) writeDossier(result.dossier);
  return result;
}

export type ImportResult = { ok: true; dossier: Dossier; renamed: boolean } | { ok: false; message: string };

/**
 * Adds an imported dossier next to the existing ones. Nothing already stored is touched: a
 * dossier whose identifier is taken is added as a copy with a new one.
 */
export function importDossierText(text: string): ImportResult {
  const result = readDossierText(text);
  if (!result.ok) return { ok: false, message: result.message };
  const taken = listDossiers().some((entry) => entry.id === result.dossier.id);
  const dossier = taken ? { ...result.dossier, id: newDossierId(), title: `${result.dossier.title} (importé)`.slice(0, 300) } : result.dossier;
  if (!writeDossier(dossier)) {
    return { ok: false, message: "Le navigateur refuse d'enregistrer ce dossier (stockage plein ou désactivé). Rien n'a été modifié." };
  }
  return { ok: true, dossier, renamed: taken };
}
