import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from './migrations';

// What the mutation run (npm run mutation) found the tests of read-dossier.test.ts did not pin down.

const step: Migration = (dossier) => ({ ...dossier, steps: [...((dossier.steps as number[] | undefined) ?? []), dossier.schemaVersion as number] });

describe('the version a dossier says it has', () => {
  it('is a whole number from 1: not NaN, not infinite, not 0, whatever migrations exist', () => {
    for (const schemaVersion of [Number.NaN, Number.POSITIVE_INFINITY, 0, -1, 1.5, '2', true, null]) {
      expect(migrate({ schemaVersion }, { 0: step, 1: step }, 2)).toEqual({ ok: false, reason: 'unknown-version', version: schemaVersion });
    }
  });

  it('leads through every step, in order, to the target', () => {
    expect(migrate({ schemaVersion: 1 }, { 1: step, 2: step, 3: step }, 4)).toEqual({ ok: true, dossier: { schemaVersion: 4, steps: [1, 2, 3] }, from: 1 });
  });
});
