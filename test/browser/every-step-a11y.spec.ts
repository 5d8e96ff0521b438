import { expect, test, type Page } from '@playwright/test';
import { STEPS } from '../../src/domain/steps';
import { expectNoAxeViolations, fixToday, goHome } from './helpers';

/**
 * Every step of a real dossier, then of an empty one with its errors shown ("Continuer" pressed):
 * no id twice in the page (a duplicated hint id once gave a choice its question's help), and no
 * axe violation.
 */
test.beforeEach(async ({ page }) => fixToday(page));

const EXAMPLE = 'examples/cantine-commune-tranches-qf.json';

async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const counts = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
    return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  });
}

async function openStep(page: Page, dossierUrl: string, step: (typeof STEPS)[number]): Promise<void> {
  await page.goto(dossierUrl.replace(/[^/]+$/, step.id));
  await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
  // The data step draws its last groups just after the first.
  if (step.id === 'donnees') await expect(page.getByRole('group', { name: /Livret d’Épargne Populaire/ })).toBeVisible();
}

test('the cantine example: every step has unique ids and no axe violation', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Importer un fichier (.json)').setInputFiles(EXAMPLE);
  await expect(page.getByText(/a été importé/).first()).toBeVisible();
  const url = new URL('./#/dossiers/exemple-cantine/organisation', page.url()).href;
  for (const step of STEPS) {
    await openStep(page, url, step);
    expect(await duplicateIds(page), `ids en double : ${step.title}`).toEqual([]);
    await expectNoAxeViolations(page, step.title);
  }
  await goHome(page);
});

test('the home page, then an empty dossier with its errors: every step has unique ids and no axe violation', async ({ page }) => {
  await page.goto('./');
  await expectNoAxeViolations(page, 'accueil');
  await page.getByRole('button', { name: 'Commencer une nouvelle demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeVisible();
  // A production request, so that the security step has required fields too.
  await page.getByLabel('Un éditeur de logiciel qui a déjà validé son raccordement en bac à sable').check();
  const url = page.url();
  for (const step of STEPS) {
    await openStep(page, url, step);
    const next = page.getByRole('button', { name: /^Continuer/ });
    if (await next.count()) {
      await next.click();
      await expect(page.locator('.error-summary'), `${step.title} avec erreurs`).toBeVisible();
    }
    expect(await duplicateIds(page), `ids en double : ${step.title} avec erreurs`).toEqual([]);
    await expectNoAxeViolations(page, `${step.title} avec erreurs`);
  }
});
