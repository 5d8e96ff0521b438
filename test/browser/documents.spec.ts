import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, fillCantineDossier, pageScreenshot, startNewDossier } from './helpers';

test('the synthesis downloads the three documents, generated in the browser', async ({ page }, testInfo) => {
  await startNewDossier(page);
  await fillCantineDossier(page);

  const expectations: [RegExp, RegExp, (bytes: Buffer) => void][] = [
    [/Projet de délibération/, /^projet-de-deliberation-.*\.docx$/, (b) => expect(b.subarray(0, 2).toString()).toBe('PK')],
    [/Liste de contrôle/, /^liste-de-controle-.*\.pdf$/, (b) => expect(b.subarray(0, 5).toString()).toBe('%PDF-')],
    [/Fiche de saisie DataPass/, /^fiche-datapass-.*\.txt$/, (b) => expect(b.toString('utf8')).toContain('Nom du projet [intitule]')],
  ];
  for (const [button, name, check] of expectations) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(name);
    const path = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(path);
    check(await readFile(path));
    await expect(page.getByText(`Document prêt : ${file.suggestedFilename()}`)).toBeVisible();
  }
  await expectNoAxeViolations(page, 'synthèse après téléchargements');
});

test.describe('with no service worker, whose "ready offline" notice would cover the README picture', () => {
  test.use({ serviceWorkers: 'block' });

  test('the documents page leads to the DataPass requests and says what comes next', async ({ page }) => {
    await startNewDossier(page);
    await fillCantineDossier(page);
    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
    await expect(page).toHaveTitle(/^Documents – /);
    await expect(page.getByRole('heading', { level: 2, name: 'Et ensuite ?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'ouvrir « Vos demandes DataPass »' })).toBeVisible();
    await expectNoAxeViolations(page, 'documents');
    await pageScreenshot(page, 'docs/screenshots/10-documents.png');
  });
});
