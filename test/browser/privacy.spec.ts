import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { readDocx } from '../documents/read-docx';
import { readPdf } from '../documents/read-pdf';
import { fillCantineDossier, startNewDossier } from './helpers';

/** Text as it reads, whatever the line breaks: a name wrapped at a line's end is still found. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * What a reader of each document sees. The .docx and the .pdf are compressed: their bytes show
 * neither the secret nor the organisation's name, so they are read as a word processor and a PDF
 * reader would. The .docx's every part (headers, properties…) is added, unzipped, as it is.
 */
async function readableText(file: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(file));
  if (file.endsWith('.docx')) {
    const docx = readDocx(bytes);
    const parts = Object.values(unzipSync(bytes)).map((part) => strFromU8(part));
    return [...docx.paragraphs, ...docx.tables.flat(2), ...parts].join('\n');
  }
  if (file.endsWith('.pdf')) {
    const pdf = await readPdf(bytes);
    return [pdf.title ?? '', ...pdf.pages.map((page) => page.text)].join('\n');
  }
  return new TextDecoder().decode(bytes);
}

/**
 * What users trust the tool with stays with them: a whole walk-through (wizard, documents, local
 * sandbox) makes no request outside the app's own origin and breaks no rule of its
 * Content-Security-Policy; the secrets given to the sandbox tester end up in no storage, no
 * export and no document.
 */
test('a full walk-through stays on the app’s origin, within its security policy, and keeps secrets out of storage, exports and documents', async ({
  page,
  baseURL,
}, testInfo) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
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
  await page.getByRole('link', { name: 'Documents', exact: true }).click();
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

  const stored = await page.evaluate(() =>
    JSON.stringify({
      local: Object.fromEntries(Object.entries(localStorage)),
      session: Object.fromEntries(Object.entries(sessionStorage)),
      cookies: document.cookie,
      url: location.href,
    }),
  );
  const takeaways: [string, string][] = [
    ['the browser storage', stored],
    ['the exported dossier', await readFile(exported, 'utf8')],
    ...(await Promise.all(saved.map(async (file): Promise<[string, string]> => [file.split('/').at(-1)!, await readableText(file)]))),
  ];
  expect(saved.map((file) => file.split('.').at(-1))).toEqual(['docx', 'pdf', 'txt']);
  for (const [name, text] of takeaways) {
    // The reading works: what the user typed is there (the organisation's name; the DataPass
    // sheet has none, DataPass knowing the organisation by its SIRET, but the DPO's e-mail)…
    const typed = name.startsWith('fiche-datapass-') ? 'dpd@agglo-exemple.fr' : 'Commune de Saint-Exemple';
    expect.soft(squeeze(text), `${name} shows what the user typed`).toContain(squeeze(typed));
    // …and no secret is.
    for (const secret of secrets) expect.soft(squeeze(text), `${name} holds no secret`).not.toContain(squeeze(secret));
  }

  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
