import { expect, test } from '@playwright/test';
import { STEPS } from '../../src/domain/steps';
import { expectNoAxeViolations, fillCantineDossier, startNewDossier } from './helpers';

test('axe finds no violation on the home page, on every step, and with errors displayed', async ({ page }) => {
  await page.goto('./');
  await expectNoAxeViolations(page, 'accueil');
  await startNewDossier(page);
  // A production request, so that the security step has required fields too.
  await page.getByLabel('Un éditeur de logiciel qui a déjà validé son raccordement en bac à sable').check();
  const url = page.url();
  for (const step of STEPS) {
    await page.goto(url.replace(/organisation$/, step.id));
    await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
    await expectNoAxeViolations(page, step.title);
    const next = page.getByRole('button', { name: /^Continuer/ });
    if (await next.count()) {
      await next.click();
      await expect(page.locator('.error-summary'), `${step.title} avec erreurs`).toBeVisible();
      await expectNoAxeViolations(page, `${step.title} avec erreurs`);
    }
  }
});

test('axe finds no violation on a complete dossier’s synthesis', async ({ page }) => {
  await startNewDossier(page);
  await fillCantineDossier(page);
  await expectNoAxeViolations(page, 'synthèse complète');
});
