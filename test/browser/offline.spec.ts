import { expect, test } from '@playwright/test';
import { fixToday } from './helpers';

// The tests' one fixed day, whatever the real date.
test.beforeEach(async ({ page }) => fixToday(page));

test('after a first visit, the app works with no network, documents included', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByText("L'outil est prêt à fonctionner hors connexion.")).toBeVisible({ timeout: 30_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Préparer votre demande/ })).toBeVisible();
  await page.getByRole('button', { name: 'Commencer une nouvelle demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeVisible();
  await page.getByLabel("Nom de l'organisation").fill('Commune hors ligne');
  await page.getByRole('link', { name: /Étape 4 : Les données/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Les données' })).toBeVisible();
  await page.getByRole('link', { name: 'Documents', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Liste de contrôle \(PDF\)/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await page.getByRole('link', { name: "Bac à sable : essayer l'API" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Bac à sable de l'API Impôt particulier" })).toBeVisible();
});
