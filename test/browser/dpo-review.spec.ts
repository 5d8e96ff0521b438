import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { expectNoAxeViolations, fillCantineDossier, fixToday, pageScreenshot, startNewDossier } from './helpers';

/**
 * The DPO review loop with two separate browsers, as two people on two computers: the project
 * lead sends the dossier, the DPO reviews it and sends an opinion back, the lead deals with the
 * remarks, and the next version shows the DPO what changed.
 */
async function download(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  await (await pending).saveAs(path);
  return path;
}

test('a project lead and a DPO go through a full review loop', async ({ browser }, testInfo) => {
  // No service worker: its "ready offline" notice would cover the README picture.
  const lead = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  const dpo = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  // The DPO's computer lives on the tests' fixed day too (the lead's is set by startNewDossier).
  await fixToday(dpo);

  // The lead prepares the dossier and sends version 1.
  await startNewDossier(lead);
  await fillCantineDossier(lead);
  await expect(lead.getByText('Aucun avis reçu pour l’instant.').or(lead.getByText("Aucun avis reçu pour l'instant."))).toBeVisible();
  const request1 = await download(
    lead,
    () => lead.getByRole('button', { name: 'Envoyer la version 1 au DPD (.json)' }).click(),
    testInfo.outputPath('revue-v1.json'),
  );

  // The DPO opens it on their own computer and reviews it.
  await dpo.goto('./');
  await dpo.getByLabel('Importer un fichier (.json)').setInputFiles(request1);
  await expect(dpo.getByRole('heading', { level: 1, name: /^Revue de « .* », version 1$/ })).toBeVisible();
  await expectNoAxeViolations(dpo, 'revue du DPD');
  await dpo.getByRole('button', { name: "Exporter l'avis (.json)" }).click();
  await expect(dpo.locator('.error-summary')).toBeFocused();
  await expect(dpo.locator('.error-summary')).toContainText('Choisissez votre avis');
  await expectNoAxeViolations(dpo, 'revue du DPD, erreurs affichées');

  const gdpr = dpo.getByRole('group', { name: 'Votre appréciation : Traitement des données personnelles' });
  await gdpr.getByLabel('À revoir').check();
  await dpo
    .locator('section', { has: gdpr })
    .getByLabel('Commentaire (facultatif)')
    .first()
    .fill('Ramenez la conservation à 12 mois : rien ne justifie 24 mois.');
  await dpo.getByRole('group', { name: 'Votre appréciation de la donnée : Nombre de parts' }).getByLabel('Conforme', { exact: true }).check();
  await dpo.getByLabel('Avis favorable avec réserves').check();
  await dpo.getByLabel('Votre nom').fill('Nadia Petit');
  await dpo.getByLabel("Date de l'avis").fill('2026-12-01');
  await pageScreenshot(dpo, 'docs/screenshots/12-revue-dpd.png');
  const review1 = await download(dpo, () => dpo.getByRole('button', { name: "Exporter l'avis (.json)" }).click(), testInfo.outputPath('avis-v1.json'));

  // A review altered on the way is refused; the genuine one is accepted.
  const altered = JSON.parse(await readFile(review1, 'utf8')) as { review: { opinion: string } };
  altered.review.opinion = 'favorable';
  await writeFile(testInfo.outputPath('avis-modifie.json'), JSON.stringify(altered));
  await lead.getByLabel("Importer l'avis du DPD (.json)").setInputFiles(testInfo.outputPath('avis-modifie.json'));
  await expect(lead.locator('.review-panel [role="status"]')).toContainText('modifié après son export');
  await lead.getByLabel("Importer l'avis du DPD (.json)").setInputFiles(review1);
  await expect(lead.getByText('Avis favorable avec réserves')).toBeVisible();
  await expect(lead.getByText('Remarques : 1 à traiter sur 1')).toBeVisible();
  await expect(lead.getByText('Version du dossier en cours :')).toContainText('2');
  await expectNoAxeViolations(lead, 'synthèse avec avis du DPD');
  await lead.locator('.review-panel').screenshot({ path: 'docs/screenshots/13-avis-dpd.png' });

  // The lead deals with the remark where it belongs.
  await lead.getByRole('link', { name: 'Traitement des données personnelles', exact: true }).first().click();
  const remarks = lead.getByRole('region', { name: 'Remarques du délégué à la protection des données sur cette étape' });
  await expect(remarks).toContainText('Ramenez la conservation à 12 mois');
  await lead.getByLabel('Durée de conservation des données (en mois)').fill('12');
  await remarks.getByLabel('Remarque traitée').check();
  await lead.getByRole('link', { name: /Étape 9 : Synthèse/ }).click();
  await expect(lead.getByText('Remarques : toutes traitées')).toBeVisible();
  const stale = lead.locator('.notice', { hasText: 'Le dossier a changé depuis la version 1' });
  await expect(stale.getByRole('row', { name: /Durée de conservation/ })).toContainText('24 mois');
  await expect(stale.getByRole('row', { name: /Durée de conservation/ })).toContainText('12 mois');

  // Version 2 goes to the DPO, who sees what changed since the version they reviewed.
  const request2 = await download(
    lead,
    () => lead.getByRole('button', { name: 'Envoyer la version 2 au DPD (.json)' }).click(),
    testInfo.outputPath('revue-v2.json'),
  );
  await dpo.goto('./');
  await dpo.getByLabel('Importer un fichier (.json)').setInputFiles(request2);
  await expect(dpo.getByRole('heading', { level: 1, name: /version 2$/ })).toBeVisible();
  const changes = dpo.locator('.notice', { hasText: 'Ce qui a changé depuis la version 1, que vous avez examinée' });
  await expect(changes.getByRole('row', { name: /Durée de conservation/ })).toContainText('12 mois');

  // A review of version 1 imported again is refused.
  await lead.getByLabel("Importer l'avis du DPD (.json)").setInputFiles(review1);
  await expect(lead.locator('.review-panel [role="status"]')).toContainText('déjà importé');
});
