import { expect, test } from '@playwright/test';
import { startNewDossier } from './helpers';

test('a dossier open in two tabs: the stale tab stops saving, says so, and shows the saved version on request', async ({ context, page }) => {
  await startNewDossier(page);
  const name = "Nom de l'organisation";
  await page.getByLabel(name).fill('Commune de Saint-Exemple');

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByLabel(name)).toHaveValue('Commune de Saint-Exemple');
  await other.getByLabel(name).fill('Commune de Saint-Autre');

  // The first tab is told at once; what is typed there no longer replaces the other tab's work.
  const warning = page.getByRole('alert').filter({ hasText: "Ce dossier vient d'être modifié dans un autre onglet ou une autre fenêtre" });
  await expect(warning).toBeVisible();
  await expect(page.getByText('Les modifications de cette page ne sont pas enregistrées')).toBeVisible();
  await page.getByLabel(name).fill('Saisi dans la page périmée');
  const exported = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Exporter la version de cette page (.json)' }).click();
  expect((await exported).suggestedFilename()).toMatch(/\.json$/);

  await other.reload();
  await expect(other.getByLabel(name)).toHaveValue('Commune de Saint-Autre');

  await warning.getByRole('button', { name: 'Afficher la version enregistrée' }).click();
  await expect(page.getByLabel(name)).toHaveValue('Commune de Saint-Autre');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
