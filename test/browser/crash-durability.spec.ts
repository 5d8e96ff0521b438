import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { crashTrials } from '../../scripts/crash-durability';

/**
 * The crash drill: Chromium is started by hand on a profile of its own and killed with SIGKILL
 * (the whole process group, as a crash would end it), then started again on the same profile.
 * localStorage alone loses the last seconds of typing (Chromium writes it to disk every few
 * seconds; `npx tsx scripts/crash-durability.ts` measures it); the IndexedDB journal keeps each
 * change within milliseconds. The budget held here, on a loaded machine: once the field shows
 * what was typed and 300 ms have passed, a crash loses none of it. Twice in a row: the dossier is
 * created by the first browser killed, and the second crash comes after a start-up that put the
 * text back from the journal.
 */
const BUDGET_MS = 300;

test('typing survives the browser being killed 300 ms after the field shows it', async ({ baseURL }) => {
  const dir = await mkdtemp(join(tmpdir(), 'crash-durability-'));
  try {
    const trials = await crashTrials(baseURL!, dir, [BUDGET_MS, BUDGET_MS], { label: 'Commune ', gapMs: 0, createInFirstTrial: true });
    for (const trial of trials) {
      test.info().annotations.push({
        type: 'crash',
        description: `killed ${trial.delayMs} ms after the field showed it: ${trial.lostMs} ms of typing lost; restore: ${trial.restore}`,
      });
    }
    expect(trials).toHaveLength(2);
    for (const trial of trials) {
      const context = `killed ${trial.delayMs} ms after the field showed ${JSON.stringify(trial.typed)} (restore at the next start: ${trial.restore})`;
      expect(trial.survived, context).toBe(trial.typed);
      expect(trial.lostMs, context).toBe(0);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
