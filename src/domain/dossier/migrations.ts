import { CURRENT_SCHEMA_VERSION } from './format';

/**
 * Upgrades of dossiers written by earlier versions of the tool. `MIGRATIONS[n]` turns a
 * version-n dossier into a version-(n+1) one. Each migration receives untrusted JSON and must
 * only add, rename or reshape fields; validation happens after the last one.
 */
type JsonObject = Record<string, unknown>;
export type Migration = (dossier: JsonObject) => JsonObject;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2: versions and the DPO review loop. A dossier from before is its own first version,
  // never sent for review.
  1: (dossier) => ({ ...dossier, version: 1, review: { sent: [], received: [] } }),
  // 2 → 3: points "à revoir" kept with a reason. A dossier from before has kept none.
  2: (dossier) => ({ ...dossier, keptReviews: {} }),
  // 3 → 4: the DataPass requests' numbers, dates and states. A dossier from before records none.
  3: (dossier) => ({ ...dossier, datapassRequests: {} }),
  // 4 → 5: a dossier started from a software vendor's model records it. A dossier from before
  // was started blank.
  4: (dossier) => ({ ...dossier, vendor: null }),
};

export type MigrationResult = { ok: true; dossier: JsonObject; from: number } | { ok: false; reason: 'newer-version' | 'unknown-version'; version: unknown };

/** A whole number from 1 (Number.isInteger refuses what is not a number). */
const isVersion = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

export function migrate(dossier: JsonObject, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, target = CURRENT_SCHEMA_VERSION): MigrationResult {
  const from = dossier.schemaVersion;
  if (!isVersion(from)) {
    return { ok: false, reason: 'unknown-version', version: from };
  }
  if (from > target) return { ok: false, reason: 'newer-version', version: from };
  let current = dossier;
  for (let version = from; version < target; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: 'unknown-version', version: from };
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return { ok: true, dossier: current, from };
}
