import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fillCantineDossier, goHome, startNewDossier } from './helpers';
import type { Dossier } from '../../src/domain/dossier/model';

test('a commune prepares a cantine dossier with QF tranches, reloads, exports and re-imports it', async ({ page, baseURL }, testInfo) => {
  // Nothing typed may leave the browser: every request stays on the app's own origin.
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(baseURL!).origin) && !request.url().startsWith('blob:') && !request.url().startsWith('data:'))
      foreign.push(request.url());
  });
  await startNewDossier(page);
  await fillCantineDossier(page);

  await expect(page.getByText('Votre dossier est prêt')).toBeVisible();
  await expect(page.getByText(/Les 3 données cochées respectent les règles de DataPass/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Étapes de la demande' }).getByText('Terminée')).toHaveCount(9);
  await page.screenshot({ path: testInfo.outputPath('synthese.png'), fullPage: true });

  // Everything survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Synthèse' })).toBeVisible();
  await expect(page.getByText('Votre dossier est prêt')).toBeVisible();
  await expect(page.getByText('Commune de Saint-Exemple').first()).toBeVisible();
  await page.getByRole('link', { name: /Méthode de calcul et calendrier/ }).click();
  await expect(page.getByLabel('Tarif de la tranche 2')).toHaveValue('2,40');

  // Export, delete, re-import: the same dossier comes back.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le dossier (.json)' }).click();
  const download = await downloadPromise;
  const file = testInfo.outputPath('dossier.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as Dossier;
  expect(exported.data.scopes.sort()).toEqual(['dgfip_annee_n_moins_2', 'dgfip_nbpart', 'dgfip_rfr']);

  await goHome(page);
  await page.getByRole('button', { name: /^Supprimer/ }).click();
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByText('Aucun dossier pour l’instant.').or(page.getByText("Aucun dossier pour l'instant."))).toBeVisible();

  await page.getByLabel('Importer un fichier (.json)').setInputFiles(file);
  await expect(page.getByText(/a été importé/).first()).toBeVisible();
  await page.getByRole('link', { name: /Ouvrir le dossier importé/ }).click();
  await page.getByRole('link', { name: /Synthèse/ }).click();
  await expect(page.getByText('Votre dossier est prêt')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('an import that is not a dossier is refused with a reason, and nothing stored changes', async ({ page }, testInfo) => {
  await startNewDossier(page);
  await page.getByLabel("Nom de l'organisation").fill('Commune gardée');
  await goHome(page);
  await expect(page.getByText('Commune gardée')).toBeVisible();

  const cases: [string, string, RegExp][] = [
    ['pas-du-json.json', '{ ceci n’est pas du JSON', /n'est pas du JSON lisible/],
    ['autre-logiciel.json', JSON.stringify({ id: 'pia', sections: [] }), /autre logiciel/],
    ['pollution.json', '{"format":"dossier-habilitation-api-impot-particulier","schemaVersion":1,"__proto__":{"x":1}}', /clé interdite/],
    ['futur.json', JSON.stringify({ format: 'dossier-habilitation-api-impot-particulier', schemaVersion: 99 }), /version plus récente/],
  ];
  for (const [name, content, message] of cases) {
    const path = testInfo.outputPath(name);
    await import('node:fs/promises').then((fs) => fs.writeFile(path, content));
    await page.getByLabel('Importer un fichier (.json)').setInputFiles(path);
    await expect(page.getByRole('alert')).toContainText(message);
  }
  await expect(page.locator('.dossier-card')).toHaveCount(1);
  await expect(page.getByText('Commune gardée')).toBeVisible();
});
