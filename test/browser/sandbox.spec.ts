import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, fillCantineDossier, startNewDossier } from './helpers';

/**
 * A new user prepares a commune's cantine dossier, opens the sandbox tester, calls the local
 * sandbox with a fictional household and reads what the habilitation returns, what the DGFiP
 * withholds, and the tariff. Accessibility is checked on the way, errors displayed too.
 */
test('a new user tries the local sandbox and sees the filtered response and the tariff', async ({ page }) => {
  await startNewDossier(page);
  await fillCantineDossier(page);
  await page.goto(page.url().replace(/synthese$/, 'bac-a-sable'));
  await expect(page.getByRole('heading', { level: 1, name: "Bac à sable de l'API Impôt particulier" })).toBeVisible();
  await expect(page.getByText(/^Jeton obtenu pour RessourceIR RessourceIRFacture/)).toBeVisible();
  await expectNoAxeViolations(page, 'bac à sable, à l’arrivée');

  await page.getByLabel('Foyer fictif').selectOption({ label: '3999999000410 – Nadia Faure – Parent isolé (case T), deux enfants' });
  await expect(page.getByLabel('Numéro fiscal (SPI)', { exact: true })).toHaveValue('3999999000410');
  await page.getByRole('button', { name: 'Envoyer la requête' }).click();

  await expect(page.locator('.sandbox-live')).toHaveText(/^Réponse 200 OK en [\d,]+ ms\.$/);
  const filtered = page.getByRole('region', { name: 'Ce que votre habilitation recevrait (revenus 2025)' });
  await expect(filtered.getByRole('heading', { name: 'Renvoyé : 2 champs' })).toBeVisible();
  await expect(filtered.locator('.sandbox-column--returned')).toContainText('rfr = 19760');
  await expect(filtered.locator('.sandbox-column--returned')).toContainText('nbPart = 2.5');
  await expect(filtered.locator('.sandbox-column--withheld')).toContainText('« Parent isolé (case T) » n\'est pas cochée :');
  await expect(filtered.locator('.sandbox-column--withheld')).toContainText('sitParIso = « O »');
  const tariff = page.getByRole('region', { name: 'Tarif de ce foyer' });
  await expect(tariff).toContainText('Simulation sans valeur contractuelle');
  // 19 760 ÷ 2,5 ÷ 12 = 658,67 → second tranche (500 to 900): 2,40 €.
  await expect(tariff.locator('.formula')).toContainText(/658,67\s€/);
  await expect(tariff.locator('.sandbox-tariff-result')).toHaveText(/^Tarif : 2,40\s€$/);
  await page.screenshot({ path: 'test-results/sandbox-response.png', fullPage: true });
  await expectNoAxeViolations(page, 'bac à sable, réponse filtrée et tarif');

  // An error from the API, explained…
  await page.getByRole('button', { name: /^Année pas encore taxée/ }).click();
  await expect(page.locator('.sandbox-live')).toContainText('Année pas encore taxée (410, code 4101)');
  await expect(page.getByText('Au 15 mai 2027, les revenus 2026 ne sont pas encore disponibles', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'bac à sable, erreur de l’API affichée');

  // …and a bad input, next to its field, with the summary focused.
  await page.getByLabel('Année des revenus (annrev)').fill('');
  await page.getByRole('button', { name: 'Envoyer la requête' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.field-error')).toContainText("Indiquez l'année des revenus, par exemple 2025.");
  await page.screenshot({ path: 'test-results/sandbox-errors.png', fullPage: true });
  await expectNoAxeViolations(page, 'bac à sable, erreur de saisie affichée');

  // Every household, three years.
  await page.getByRole('button', { name: 'Appeler tous les foyers fictifs sur 3 ans' }).click();
  const duration = page.getByTestId('sandbox-batch-duration');
  await expect(duration).toHaveText(/^\d+ ms$/);
  expect(Number(await duration.getAttribute('data-duration-ms'))).toBeLessThan(1000);
  await expectNoAxeViolations(page, 'bac à sable, lot de tous les foyers');

  // The real sandbox: no network here, so the failure must be explained, not crash.
  await page.getByLabel('Année des revenus (annrev)').fill('2025');
  await page.getByLabel('Au bac à sable de la DGFiP').check();
  await page.getByLabel('Hôte de la passerelle').fill('https://passerelle.exemple.invalid');
  await page.getByRole('button', { name: 'Envoyer la requête' }).click();
  await expect(page.locator('.sandbox-live')).toHaveText("Échec de l'appel : Appel impossible depuis le navigateur.");
  await expect(page.getByLabel('Commandes PowerShell (Windows)')).toContainText('Invoke-WebRequest');
  await expectNoAxeViolations(page, 'bac à sable réel, échec expliqué');
});
