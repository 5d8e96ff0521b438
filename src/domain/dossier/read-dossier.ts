import { z } from '../zod';
import { DOSSIER_FORMAT, CURRENT_SCHEMA_VERSION } from './format';
import { IMPORT_MAX_BYTES, fileTooBigMessage } from './limits';
import { migrate } from './migrations';
import { dossierSchema, type Dossier } from './model';

/**
 * Turns untrusted text (an imported file, or what the browser had stored) into a dossier, or
 * into a French sentence saying why not. Never throws.
 */
export type ReadResult = { ok: true; dossier: Dossier; migratedFrom: number | null } | { ok: false; message: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A key that could reach an object's prototype, anywhere in an untrusted value (20 levels deep). */
export function findForbiddenKey(value: unknown, depth = 0): string | null {
  if (depth > 20 || typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return null;
}

export function readDossierText(text: string): ReadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > IMPORT_MAX_BYTES) {
    return { ok: false, message: fileTooBigMessage(bytes) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "Ce fichier n'est pas un dossier : son contenu n'est pas du JSON lisible. Choisissez le fichier .json exporté par l'outil." };
  }
  return readDossierValue(value);
}

/**
 * A value checked for everything but its answers: an object of this tool's format, without a
 * forbidden key, migrated to the current version. What fails here cannot be repaired value by
 * value (it is another file, or a newer tool's); what passes may still hold unreadable answers.
 */
export type Prepared = { ok: true; value: Record<string, unknown>; from: number } | { ok: false; message: string };

export function prepareDossierValue(value: unknown): Prepared {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: "Ce fichier n'est pas un dossier de cet outil." };
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    return { ok: false, message: `Ce fichier contient une clé interdite (« ${forbidden} ») : il a pu être modifié à des fins malveillantes. Il est refusé.` };
  }
  const raw = value as Record<string, unknown>;
  if (raw.format !== DOSSIER_FORMAT) {
    return {
      ok: false,
      message: "Ce fichier n'est pas un dossier de cet outil : il vient sans doute d'un autre logiciel. Choisissez le fichier .json exporté par l'outil.",
    };
  }
  const migration = migrate(raw);
  if (!migration.ok) {
    return {
      ok: false,
      message:
        migration.reason === 'newer-version'
          ? `Ce dossier a été enregistré par une version plus récente de l'outil (format ${String(migration.version)}, celle-ci lit jusqu'au format ${CURRENT_SCHEMA_VERSION}). Ouvrez-le avec la dernière version de l'outil.`
          : 'Ce dossier porte un numéro de format inconnu : il ne peut pas être lu.',
    };
  }
  return { ok: true, value: migration.dossier, from: migration.from };
}

export function readDossierValue(value: unknown): ReadResult {
  const prepared = prepareDossierValue(value);
  if (!prepared.ok) return prepared;
  const parsed = dossierSchema.safeParse(prepared.value);
  if (!parsed.success) {
    return { ok: false, message: `Ce dossier est abîmé ou incomplet : ${describeIssues(parsed.error)}.` };
  }
  return { ok: true, dossier: parsed.data, migratedFrom: prepared.from === CURRENT_SCHEMA_VERSION ? null : prepared.from };
}

/** The first three problems of a value, by place, in French. */
export function describeIssues(error: z.ZodError): string {
  const described = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `« ${issue.path.join('.')} »` : 'le fichier';
    return `${where} (${issue.message.replace(/\.$/, '')})`;
  });
  const more =
    error.issues.length > 3 ? ` (et ${error.issues.length - 3} autre${error.issues.length > 4 ? 's' : ''} problème${error.issues.length > 4 ? 's' : ''})` : '';
  return described.join(' ; ') + more;
}
