import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, startNewDossier } from './helpers';

// A phone, or a 1280-pixel laptop screen zoomed to 200 % for reading.
test.use({ viewport: { width: 640, height: 800 } });

test('on a narrow window the step comes first, and the step list folds behind the current step’s name', async ({ page }) => {
  await startNewDossier(page);
  const heading = page.getByRole('heading', { level: 1, name: 'Organisation et parcours' });
  await expect(heading).toBeInViewport();

  const nav = page.getByRole('navigation', { name: 'Étapes de la demande' });
  const fold = nav.getByText('Étape 1 sur 9 : Organisation et parcours – toutes les étapes');
  const legalStep = nav.getByRole('link', { name: 'Étape 5 : Cadre juridique' });
  await expect(legalStep).toBeHidden();
  await expectNoAxeViolations(page, 'étape 1, liste des étapes repliée');

  // Opened from the keyboard, it shows every step; moving to one folds it again.
  await fold.focus();
  await page.keyboard.press('Enter');
  await expect(legalStep).toBeVisible();
  await expectNoAxeViolations(page, 'étape 1, liste des étapes dépliée');
  await legalStep.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cadre juridique' })).toBeInViewport();
  await expect(nav.getByText('Étape 5 sur 9 : Cadre juridique – toutes les étapes')).toBeVisible();
  await expect(legalStep).toBeHidden();
});

test('on a wide window every step stays in view beside the step', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await startNewDossier(page);
  await expect(page.getByRole('navigation', { name: 'Étapes de la demande' }).getByRole('link', { name: 'Étape 5 : Cadre juridique' })).toBeVisible();
  await expect(page.getByText(/– toutes les étapes$/)).toHaveCount(0);
});
