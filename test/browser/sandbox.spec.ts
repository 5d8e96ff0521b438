import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startRelay } from '../../scripts/relay';
import { HOUSEHOLDS } from '../../src/domain/sandbox/households';
import { createLocalSandbox, LOCAL_CLIENT } from '../../src/domain/sandbox/local-sandbox';
import { KEY_PREFIX } from '../../src/features/storage/local-store';
import type { Dossier } from '../../src/domain/dossier/model';
import { completeCantineDossier } from '../fixtures/dossiers';
import { expectNoAxeViolations, fillCantineDossier, fixToday, startNewDossier, TODAY } from './helpers';

/**
 * A new user prepares a commune's cantine dossier, opens the sandbox tester, calls the local
 * sandbox with a fictional household and reads what the habilitation returns, what the DGFiP
 * withholds, and the tariff. Accessibility is checked on the way, errors displayed too.
 *
 * The browser lives on TODAY (2 December 2026, see helpers.ts): the campaign is then in spring
 * 2027, the local sandbox's simulated date its start, 15 May 2027, and the income year N-2, 2025.
 */
test('a new user tries the local sandbox and sees the filtered response and the tariff', async ({ page }) => {
  await startNewDossier(page);
  await fillCantineDossier(page);
  await page.goto(page.url().replace(/synthese$/, 'bac-a-sable'));
  await expect(page.getByRole('heading', { level: 1, name: "Bac à sable de l'API Impôt particulier" })).toBeVisible();
  // The local token is fetched on arrival, in the folded headers.
  await expect(page.getByText(/^Jeton obtenu pour RessourceIR RessourceIRFacture/)).toBeAttached();
  await expectNoAxeViolations(page, 'bac à sable, à l’arrivée');

  await page.getByLabel('Foyer fictif').selectOption({ label: '3999999000410 – Nadia Faure – Parent isolé (case T), deux enfants' });
  await expect(page.getByLabel('Numéro fiscal (SPI)', { exact: true })).toHaveValue('3999999000410');
  await page.getByRole('button', { name: 'Envoyer la requête' }).click();

  await expect(page.locator('.sandbox-live')).toHaveText(/^Réponse 200 OK en [\d,]+ ms\.$/);
  const response = page.getByRole('region', { name: 'Dernière réponse' });
  const plain = response.getByRole('region', { name: 'Ce que votre habilitation recevrait (revenus 2025)' });
  await expect(plain.locator('.sandbox-plain-facts')).toHaveText(/^Revenu fiscal de référence19\s760\s€Nombre de parts2,5$/);
  await expect(plain).toContainText('Parent isolé (case T)');
  // The field-by-field view is in the technical details, folded until opened.
  await response.getByText('Détails techniques : requête envoyée, en-têtes, réponse brute (JSON)').click();
  const filtered = page.getByRole('region', { name: 'Champ par champ (revenus 2025)' });
  await expect(filtered.getByRole('heading', { name: 'Renvoyé : 2 champs' })).toBeVisible();
  await expect(filtered.locator('.sandbox-column--returned')).toContainText('rfr = 19760');
  await expect(filtered.locator('.sandbox-column--returned')).toContainText('nbPart = 2.5');
  await expect(filtered.locator('.sandbox-column--withheld')).toContainText("« Parent isolé (case T) » n'est pas cochée :");
  await expect(filtered.locator('.sandbox-column--withheld')).toContainText('sitParIso = « O »');
  await expectNoAxeViolations(page, 'bac à sable, détails techniques de la réponse ouverts');
  const tariff = response.getByRole('region', { name: "Tarif d'après cette réponse" });
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

/**
 * The real-sandbox path, end to end in Chromium: a fake gateway (the local sandbox served over
 * HTTP, with no CORS headers, like a government gateway) behind the relay started here.
 */
test('the tester reaches a gateway without CORS through the local relay', async ({ page, baseURL }) => {
  const dossier = completeCantineDossier();
  const sandbox = createLocalSandbox({
    subscribedScopes: ['RessourceIR', 'RessourceIRFacture'],
    modes: ['spi'],
    settings: () => ({ today: TODAY, callsPerMinute: 50 }),
  });
  const gateway = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v] as [string, string]]));
      void (async () => {
        const answer = await sandbox.handle(
          new Request(`http://gateway${req.url}`, { method: req.method, headers, body: req.method === 'POST' ? Buffer.concat(chunks) : undefined }),
        );
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(await answer.text());
      })();
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const relayLog: string[] = [];
  const relay = await startRelay({
    target: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`,
    port: 0,
    origins: [new URL(baseURL!).origin],
    log: (line) => relayLog.push(line),
  });
  try {
    await fixToday(page);
    await page.goto('./');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`${KEY_PREFIX}${dossier.id}`, JSON.stringify(dossier)]);
    await page.goto(`./#/dossiers/${dossier.id}/bac-a-sable`);
    await expect(page.getByRole('heading', { level: 1, name: "Bac à sable de l'API Impôt particulier" })).toBeVisible();

    await page.getByLabel('Au bac à sable de la DGFiP').check();
    await page.getByLabel('Hôte de la passerelle').fill('https://passerelle.exemple.fr');
    await page.getByLabel('Passer par le relais local').check();
    await page.getByLabel('Port du relais').fill(new URL(relay.url).port);
    await page.getByLabel('Identifiant client (client id)').fill(LOCAL_CLIENT.id);
    await page.getByLabel('Secret client (client secret)').fill(LOCAL_CLIENT.secret);
    await page.getByRole('button', { name: 'Obtenir un jeton' }).click();
    await expect(page.getByText('Jeton obtenu pour RessourceIR, valable 60 minutes.')).toBeVisible();

    // The year the cantine dossier covers on TODAY (N-2): 2024. The real sandbox has no
    // simulated date, it answers for the browser's day.
    const year = Number(TODAY.slice(0, 4)) - 2;
    await page.getByLabel('Année des revenus (annrev)').fill(String(year));
    await page.getByRole('button', { name: 'Envoyer la requête' }).click();
    await expect(page.locator('.sandbox-live')).toHaveText(/^Réponse 200 OK en [\d,]+ ms\.$/);
    const martin = HOUSEHOLDS.find((h) => h.id === 'martin')!;
    const returned = page.getByRole('region', { name: `Champ par champ (revenus ${year})` }).locator('.sandbox-column--returned');
    await page.getByText('Détails techniques : requête envoyée, en-têtes, réponse brute (JSON)').click();
    await expect(returned).toContainText(`rfr = ${martin.years[year]!.notices[0]!.income.rfr}`);
    await expect(page.getByRole('region', { name: "Tarif d'après cette réponse" }).locator('.sandbox-tariff-result')).toHaveText(/^Tarif : /);
    await expectNoAxeViolations(page, 'bac à sable réel, par le relais');
    // Chromium asked the relay's permission (preflight) before sending the token.
    expect(relayLog.some((line) => / OPTIONS \/impotparticulier\/1\.0\/spi\/…\/situations\/ir\/assiettes\/annrev\/\d+ → 204/.test(line))).toBe(true);
    expect(relayLog.some((line) => / GET \/impotparticulier\/1\.0\/spi\/…\/situations\/ir\/assiettes\/annrev\/\d+ → 200/.test(line))).toBe(true);
  } finally {
    await new Promise((resolve) => relay.server.close(resolve));
    await new Promise((resolve) => gateway.close(resolve));
  }
});

/** Opens the sandbox of the complete cantine dossier, stored as the app stores it. */
async function openSandboxOf(page: Page, dossier: Dossier): Promise<void> {
  await fixToday(page);
  await page.goto('./');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`${KEY_PREFIX}${dossier.id}`, JSON.stringify(dossier)]);
  await page.goto(`./#/dossiers/${dossier.id}/bac-a-sable`);
  await expect(page.getByRole('heading', { level: 1, name: "Bac à sable de l'API Impôt particulier" })).toBeVisible();
}

/** The top of an element, in the viewport's coordinates. */
const topOf = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().top);

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`at ${viewport.width} px, the page starts with the plain summary, folds the HTTP details, and brings the answer into view`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openSandboxOf(page, completeCantineDossier());

    // First: for the household chosen, what the habilitation returns, in words and figures, and the tariff.
    const brief = page.getByRole('region', { name: 'En bref : ce que votre habilitation renverrait' });
    await expect(brief.locator('.sandbox-plain-facts')).toHaveText(/^Revenu fiscal de référence52\s340\s€Nombre de parts3$/);
    await expect(brief.getByRole('region', { name: 'Tarif de ce foyer' }).locator('.sandbox-tariff-result')).toHaveText(/^Tarif : 4,80\s€$/);
    await expect(brief.getByRole('heading', { level: 2 })).toBeInViewport();
    const sections = page.locator('article.sandbox > section');
    await expect(sections.first()).toHaveAttribute('aria-labelledby', 'sandbox-en-bref');
    await page.getByLabel('Foyer fictif').selectOption({ label: '3999999000410 – Nadia Faure – Parent isolé (case T), deux enfants' });
    await expect(brief.locator('.sandbox-plain-facts')).toHaveText(/^Revenu fiscal de référence19\s760\s€Nombre de parts2,5$/);
    await expect(brief.locator('.sandbox-tariff-result')).toHaveText(/^Tarif : 2,40\s€$/);

    // The technical terms are folded, closed.
    const headers = page.locator('details', { has: page.getByText("Détails techniques : jeton d'accès et en-têtes de la requête") });
    await expect(headers).not.toHaveAttribute('open');
    await expect(page.getByLabel('X-Correlation-ID')).toBeHidden();
    await expect(page.getByLabel('ID_Teleservice')).toBeHidden();
    await page.screenshot({ path: `test-results/sandbox-${viewport.width}-start.png` });
    await expectNoAxeViolations(page, `bac à sable à ${viewport.width} px, détails fermés`);

    // Opened, each term has its sentence.
    await headers.locator('summary').click();
    await expect(page.getByLabel('X-Correlation-ID')).toBeVisible();
    await expect(headers).toContainText("X-Correlation-ID est l'identifiant de cet appel précis, au format UUID");
    await expect(headers).toContainText("ID_Teleservice est l'identifiant de votre téléservice, attribué par la DGFiP");
    await expect(headers).toContainText("Le jeton d'accès (« Bearer ») montre à la passerelle de la DGFiP");
    await expectNoAxeViolations(page, `bac à sable à ${viewport.width} px, en-têtes ouverts`);

    // A call: the answer is brought into view and takes the focus.
    await page.getByRole('button', { name: 'Envoyer la requête' }).click();
    const answer = page.getByRole('heading', { level: 2, name: 'Dernière réponse' });
    await expect(answer).toBeFocused();
    await expect.poll(() => topOf(answer)).toBeLessThan(40);
    await expect(answer).toBeInViewport();
    const response = page.getByRole('region', { name: 'Dernière réponse' });
    await expect(response.locator('.sandbox-plain-facts')).toHaveText(/^Revenu fiscal de référence19\s760\s€Nombre de parts2,5$/);
    const technical = response.locator('details');
    await expect(technical).not.toHaveAttribute('open');
    await expect(response.getByLabel('Corps de la réponse')).toBeHidden();
    await page.screenshot({ path: `test-results/sandbox-${viewport.width}-answer.png` });
    await expectNoAxeViolations(page, `bac à sable à ${viewport.width} px, réponse, détails fermés`);
    await technical.locator('summary').click();
    await expect(response.getByLabel('Corps de la réponse')).toBeVisible();
    await expect(technical).toContainText('Content-Type indique le format du contenu');
    await expectNoAxeViolations(page, `bac à sable à ${viewport.width} px, réponse, détails ouverts`);
  });
}

test('with reduced motion, the answer is brought into view at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 390, height: 844 });
  await openSandboxOf(page, completeCantineDossier());
  await expect(page.getByText(/^Jeton obtenu pour RessourceIR RessourceIRFacture/)).toBeAttached();
  await page.getByRole('button', { name: /^Année pas encore taxée/ }).click();
  const answer = page.getByRole('heading', { level: 2, name: 'Dernière réponse' });
  await expect(answer).toBeFocused();
  // No animation: the heading is at the top as soon as it has the focus.
  expect(Math.abs(await topOf(answer))).toBeLessThan(2);
  await expect(page.getByRole('region', { name: 'Dernière réponse' })).toContainText('Année pas encore taxée (410, code 4101)');
});
