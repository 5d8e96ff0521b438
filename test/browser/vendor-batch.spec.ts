import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expectNoAxeViolations, fixToday, pageScreenshot } from './helpers';

/**
 * A vendor without Node prepares a batch in the browser: its model and a table with bad rows in,
 * one zip out, with a folder per good row and the summary; the bad rows are told with their line.
 */
// The "ready offline" notice of the service worker would float over the README's picture.
test.use({ serviceWorkers: 'block' });

test('a vendor’s batch from the page: the zip holds each good row’s folder and the summary, the bad rows are listed', async ({ page }) => {
  await fixToday(page);
  await page.goto('./#/editeur/lot');
  await expect(page.getByRole('heading', { level: 1, name: 'Préparer les demandes de plusieurs collectivités' })).toBeVisible();

  await page.getByRole('button', { name: 'Préparer le lot' }).click();
  await expect(page.getByText('Choisissez le tableau des collectivités (.csv ou .xlsx).')).toBeVisible();

  await page.getByLabel('Modèle de l’éditeur (.json)').setInputFiles('examples/editeur/modele-logiciels-famille.json');
  await page.getByLabel('Tableau des collectivités (.csv ou .xlsx)').setInputFiles('test/fixtures/batch/lot-avec-erreurs.csv');
  await page.getByRole('button', { name: 'Préparer le lot' }).click();
  await expect(page.getByRole('heading', { name: 'Votre lot est prêt' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('status')).toContainText('4 collectivités produites sur 7 lignes');
  const refused = page.getByRole('listitem').filter({ hasText: /^Ligne \d/ });
  await expect(refused).toHaveText([/^Ligne 3, colonne « SIRET »/, /^Ligne 5, colonne « E-mail du demandeur »/, /^Ligne 6, colonne « Cas d’usage »/]);
  await expectNoAxeViolations(page, 'lot prêt');
  await pageScreenshot(page, 'docs/screenshots/16-lot-editeur.png');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Télécharger le lot/ }).click()]);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const names = Object.keys(files).sort();
  expect(names.filter((n) => !n.includes('/'))).toEqual(['synthese.csv', 'synthese.html']);
  expect([...new Set(names.filter((n) => n.includes('/')).map((n) => n.split('/')[0]))]).toEqual([
    'ccas-de-bourg-exemple-cantine-scolaire',
    'communaute-de-communes-du-val-exemple-cantine-scolaire',
    'commune-de-saint-exemple-cantine-scolaire',
    'commune-de-villeneuve-exemple-activites-periscolaires-et-extrascolaires',
  ]);
  const saintExemple = names.filter((n) => n.startsWith('commune-de-saint-exemple-cantine-scolaire/')).map((n) => n.split('/')[1]);
  expect(saintExemple).toEqual([
    'cantine-scolaire-commune-de-saint-exemple.json',
    'fiche-datapass-cantine-scolaire-commune-de-saint-exemple.txt',
    'liens-datapass.html',
    'liens-datapass.txt',
    'liste-de-controle-cantine-scolaire-commune-de-saint-exemple.pdf',
    'projet-de-deliberation-cantine-scolaire-commune-de-saint-exemple.docx',
  ]);
  expect(new TextDecoder().decode(files['synthese.html'])).toContain('4 collectivités produites sur 7 lignes');
});
