import { readDossierText, type ReadResult } from '../../domain/dossier/read-dossier';
import type { Dossier } from '../../domain/dossier/model';
import { listDossiers, newDossierId, readRaw, writeDossier, writeRaw, type DossierListEntry } from './local-store';
import { diagnose } from '../../domain/dossier/repair';

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

export type ImportCheck = { ok: true; dossier: Dossier; existing: DossierListEntry | null } | { ok: false; message: string };

/** Reads an imported file and says whether a dossier with the same identifier is already here. */
export function checkImport(text: string): ImportCheck {
  const result = readDossierText(text);
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, dossier: result.dossier, existing: listDossiers().find((entry) => entry.id === result.dossier.id) ?? null };
}

export type ImportResult = { ok: true; dossier: Dossier; replaced: string | null } | { ok: false; message: string };

/**
 * Stores an imported dossier. "copy" adds it beside a dossier with the same identifier (with a
 * new one); "replace" takes that dossier's place and returns the replaced text, to undo.
 */
export function saveImport(dossier: Dossier, mode: 'copy' | 'replace'): ImportResult {
  const taken = listDossiers().some((entry) => entry.id === dossier.id);
  const saved = taken && mode === 'copy' ? { ...dossier, id: newDossierId(), title: `${dossier.title} (importé)`.slice(0, 300) } : dossier;
  const replaced = taken && mode === 'replace' ? readRaw(dossier.id) : null;
  if (!writeDossier(saved)) {
    return {
      ok: false,
      message:
        "Le navigateur refuse d'enregistrer ce dossier (stockage plein ou désactivé) : il n'est gardé que jusqu'à la fermeture de la page. Exportez-le avant de partir.",
    };
  }
  return { ok: true, dossier: saved, replaced };
}

/** Checks and stores in one go, never replacing: for tests and scripts. */
export function importDossierText(text: string): ImportResult {
  const check = checkImport(text);
  return check.ok ? saveImport(check.dossier, 'copy') : check;
}

/**
 * Keeps a file that is a dossier of this tool but holds values that do not read (too long, of
 * the wrong kind…), under a new id, so that it opens on the repair page instead of being lost.
 * Returns that id, or null when the file is not a dossier values can repair.
 */
export function storeForRepair(text: string): string | null {
  if (!canRepair(text)) return null;
  const id = newDossierId();
  return writeRaw(id, text) ? id : null;
}

export function canRepair(text: string): boolean {
  return diagnose(text, 'import').kind === 'repairable';
}
