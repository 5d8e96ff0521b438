import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fixToday, goHome } from './helpers';
import type { Dossier } from '../../src/domain/dossier/model';

// The tests' one fixed day, whatever the real date.
test.beforeEach(async ({ page }) => fixToday(page));

test('when the browser will not store, the user is warned at once and can export', async ({ page }, testInfo) => {
  // Private browsing in some browsers: every write is refused.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Storage disabled', 'SecurityError');
    };
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText("Ce navigateur n'enregistre pas les données");

  await page.getByRole('button', { name: 'Commencer une nouvelle demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeVisible();
  await page.getByLabel("Nom de l'organisation").fill('Commune en navigation privée');
  const warning = page.getByRole('alert').filter({ hasText: 'ne sont pas enregistrées' });
  await expect(warning).toBeVisible();
  // The header no longer claims that the answers are saved.
  await expect(page.getByText('Les modifications de cette page ne sont pas enregistrées')).toBeVisible();
  await expect(page.getByText('Enregistré automatiquement dans ce navigateur')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Exporter le dossier maintenant (.json)' }).click();
  const path = testInfo.outputPath('dossier.json');
  await (await download).saveAs(path);
  expect((JSON.parse(await readFile(path, 'utf8')) as Dossier).organisation.name).toBe('Commune en navigation privée');

  // The session keeps going: other steps, and back, nothing lost.
  await page.getByRole('link', { name: /Étape 2 : Cas d'usage/ }).click();
  await page.getByRole('link', { name: /Étape 1 : Organisation et parcours/ }).click();
  await expect(page.getByLabel("Nom de l'organisation")).toHaveValue('Commune en navigation privée');
});

test('before importing over a dossier, the user chooses, and can undo a replacement', async ({ page }, testInfo) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Commencer une nouvelle demande' }).click();
  await page.getByLabel("Nom de l'organisation").fill('Version du navigateur');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le dossier (.json)' }).first().click();
  const path = testInfo.outputPath('export.json');
  await (await download).saveAs(path);
  await page.getByLabel("Nom de l'organisation").fill('Version modifiée depuis');
  await goHome(page);

  await page.getByLabel('Importer un fichier (.json)').setInputFiles(path);
  await expect(page.getByText(/déjà présent dans ce navigateur. Que voulez-vous faire/)).toBeVisible();
  await page.getByRole('button', { name: 'Remplacer le dossier présent' }).click();
  await expect(page.getByText('a été remplacé par la version importée')).toBeVisible();
  await expect(page.getByText('Version du navigateur')).toBeVisible();
  await page.getByRole('button', { name: 'Annuler le remplacement' }).click();
  await expect(page.getByText('Version modifiée depuis')).toBeVisible();
  await expect(page.locator('.dossier-card')).toHaveCount(1);
});
