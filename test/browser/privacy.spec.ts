import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fillCantineDossier, startNewDossier } from './helpers';

/**
 * What users trust the tool with stays with them: a whole walk-through (wizard, documents, local
 * sandbox) makes no request outside the app's own origin and breaks no rule of its
 * Content-Security-Policy; the secrets given to the sandbox tester end up in no storage, no
 * export and no document.
 */
test('a full walk-through stays on the app’s origin, within its security policy, and keeps secrets out of storage, exports and documents', async ({ page, baseURL }, testInfo) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });

  await startNewDossier(page);
  await fillCantineDossier(page);

  // The local sandbox, then secrets typed for the real one.
  await page.getByRole('link', { name: "Bac à sable : essayer l'API" }).click();
  await page.getByLabel('Foyer fictif').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Envoyer la requête' }).click();
  await expect(page.locator('.sandbox-live')).toHaveText(/^Réponse 200 OK/);
  await page.getByLabel('Au bac à sable de la DGFiP').check();
  const secrets = ['secret-client-A1b2C3d4E5', 'jeton-acces-Z9y8X7w6V5'];
  await page.getByLabel('Hôte de la passerelle').fill('https://passerelle.exemple.fr');
  await page.getByLabel('Secret client (client secret)').fill(secrets[0]!);
  await page.getByLabel("Jeton d'accès (Authorization: Bearer)").fill(secrets[1]!);
  await page.getByLabel('ID_Teleservice').fill('TELESERVICE-TEST');

  // Everything the user can take away, or that stays behind.
  await page.getByRole('link', { name: 'Documents et fiche de saisie DataPass' }).click();
  const saved: string[] = [];
  for (const button of [/Projet de délibération/, /Liste de contrôle/, /Fiche de saisie DataPass/]) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = testInfo.outputPath((await download).suggestedFilename());
    await (await download).saveAs(file);
    saved.push(file);
  }
  const exportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le dossier (.json)' }).first().click();
  const exported = testInfo.outputPath('export.json');
  await (await exportDownload).saveAs(exported);

  const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie, url: location.href }));
  const takeaways = [stored, await readFile(exported, 'utf8'), ...(await Promise.all(saved.map((f) => readFile(f, 'latin1'))))];
  for (const secret of secrets) for (const text of takeaways) expect(text).not.toContain(secret);

  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
