import { expect, test } from '@playwright/test';
import { fixToday } from './helpers';

// The tests' one fixed day, whatever the real date.
test.beforeEach(async ({ page }) => fixToday(page));

test('a keyboard-only user starts a dossier, fills the first step and is led to errors', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Skip link first, then the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();

  await page.getByRole('button', { name: 'Commencer une nouvelle demande' }).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: 'Organisation et parcours' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(/^Étape 1 sur 9 – Organisation et parcours – /);

  // From the heading, Tab reaches the first field.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel("Type d'organisation")).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Commune de Clavier');
  await page.keyboard.press('Tab');
  await page.keyboard.type('21990003400014');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Un éditeur de logiciel qui a déjà validé son raccordement en bac à sable')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Notre service informatique (développement interne)')).toBeChecked();

  // Enter submits; the error summary takes focus and each link leads to its field.
  await page.keyboard.press('Enter');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Erreur – Étape 1 sur 9/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Choisissez le type de votre organisation.' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel("Type d'organisation")).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel("Type d'organisation")).toHaveValue('commune');

  // The step list is reachable and leads to any step.
  await page.getByRole('link', { name: /Étape 4 : Les données/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Les données' })).toBeFocused();
});
