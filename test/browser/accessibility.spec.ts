import { test } from '@playwright/test';
import { expectNoAxeViolations, fillCantineDossier, startNewDossier } from './helpers';

// The home page and every step, filled or empty with their errors, are scanned in every-step-a11y.spec.ts.

test('axe finds no violation on a complete dossier’s synthesis', async ({ page }) => {
  await startNewDossier(page);
  await fillCantineDossier(page);
  await expectNoAxeViolations(page, 'synthèse complète');
});
