import { expect, test } from '@playwright/test';
import { STEPS } from '../../src/domain/steps';
import { fillCantineDossier, pageScreenshot, startNewDossier } from './helpers';

/**
 * The README's pictures, taken from a real walk through the app so that they stay current.
 * Written to docs/screenshots/.
 */
// No service worker here: its "ready offline" notice would sit on top of every picture.
test.use({ serviceWorkers: 'block' });

test('screenshots of the main screens for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await startNewDossier(page);
  await fillCantineDossier(page);
  const url = page.url();
  for (const step of STEPS) {
    await page.goto(url.replace(/synthese$/, step.id));
    await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
    await pageScreenshot(page, `docs/screenshots/${String(step.number).padStart(2, '0')}-${step.id}.png`);
  }
  await page.goto(url.replace(/synthese$/, 'bac-a-sable'));
  await page.getByLabel('Foyer fictif').selectOption({ index: 4 });
  await page.getByRole('button', { name: 'Envoyer la requête' }).click();
  await expect(page.locator('.sandbox-live')).toHaveText(/^Réponse 200 OK/);
  await pageScreenshot(page, 'docs/screenshots/11-bac-a-sable.png');

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/00-accueil.png' });
});
