import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, fixToday, goHome, isoInDays, pageScreenshot } from './helpers';

/**
 * "Vos demandes DataPass" from the cantine example: each request with its prefilled link, what
 * is typed by hand, and the number, date and state the user records, kept after a reload.
 */
test.beforeEach(async ({ page }) => fixToday(page));

async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const counts = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
    return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  });
}

test.describe('with no service worker, whose "ready offline" notice would cover the README picture', () => {
  test.use({ serviceWorkers: 'block' });

  test('the cantine example: its request, its prefilled link, and its tracking kept after a reload', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.getByLabel('Importer un fichier (.json)').setInputFiles('examples/cantine-commune-tranches-qf.json');
    await expect(page.getByText(/a été importé/).first()).toBeVisible();
    await page.goto(new URL('./#/dossiers/exemple-cantine/synthese', page.url()).href);
    await page.getByRole('link', { name: 'Vos demandes DataPass', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vos demandes DataPass' })).toBeVisible();
    await expect(page).toHaveTitle(/^Vos demandes DataPass – /);

    // One request: the vendor has finished the sandbox.
    await expect(page.getByRole('heading', { level: 2, name: '1. API Impôt particulier – avec votre éditeur' })).toBeVisible();
    const link = page.getByRole('link', { name: /Ouvrir le formulaire DataPass prérempli/ });
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith('https://datapass.api.gouv.fr/formulaires/api-impot-particulier-cantine-scolaire-editeur/demande/nouveau?')).toBe(true);
    expect(href.length).toBeLessThanOrEqual(8000);
    expect(new URL(href).searchParams.get('intitule')).toBe('Dites-le-nous une fois – Cantine scolaire');
    expect(await link.getAttribute('target')).toBe('_blank');

    // What the link cannot carry, with a copy button: the technical contact's e-mail.
    const email = page.locator('.sheet-row', { hasText: 'Contact technique – Email' }).first();
    await email.getByRole('button', { name: /Copier/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('hugo.leroy@logiciels-famille.fr');

    // A hurried user: a wrong number, a date typed on the keyboard, then the state.
    const number = page.getByLabel('Numéro de la demande');
    await number.fill('12 345 X');
    await number.blur();
    await expect(page.getByText(/s’écrit « D » suivi de chiffres/)).toBeVisible();
    await number.fill('D12345');
    await expect(page.getByText(/s’écrit « D » suivi de chiffres/)).toHaveCount(0);
    const filed = isoInDays(-3);
    const date = page.getByLabel('Date de dépôt');
    // Typed in the order this headless Chromium's date field takes, month first (whatever its
    // language; a French browser takes the day first), entering the field with Tab.
    const typed = `${filed.slice(5, 7)}${filed.slice(8, 10)}${filed.slice(0, 4)}`;
    // Two digits too many in the year: said beside the field, nothing stored, nothing lost.
    await number.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type(`${typed}12`);
    await expect(page.getByText('Date incomplète ou impossible')).toBeVisible();
    await number.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type(typed);
    await expect(date).toHaveValue(filed);
    await expect(page.getByText('Date incomplète ou impossible')).toHaveCount(0);
    await page.getByLabel('État sur DataPass').selectOption({ label: "En cours d'instruction" });
    expect(await duplicateIds(page)).toEqual([]);
    await expectNoAxeViolations(page, 'vos demandes DataPass');
    await pageScreenshot(page, 'docs/screenshots/14-demandes-datapass.png');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Vos demandes DataPass' })).toBeVisible();
    await expect(page.getByLabel('Numéro de la demande')).toHaveValue('D12345');
    await expect(page.getByLabel('Date de dépôt')).toHaveValue(filed);
    await expect(page.getByLabel('État sur DataPass')).toHaveValue('en-instruction');

    // The synthesis shows it, and the procedure moves on.
    await page.goto(page.url().replace(/demandes$/, 'synthese'));
    const row = page.getByRole('row', { name: /API Impôt particulier – avec votre éditeur/ });
    await expect(row).toContainText('D12345');
    await expect(row).toContainText("En cours d'instruction");
    await expect(page.locator('.procedure-step--done', { hasText: 'Déposer la demande API Impôt particulier avec votre éditeur' })).toBeVisible();
    await goHome(page);
  });
});
