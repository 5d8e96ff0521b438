import { expect, test, type Page } from '@playwright/test';
import { fixToday } from './helpers';

/**
 * The "ready offline" notice used to float at the bottom right of the window: at 390 px it
 * covered the step's main button. It now sits in the page, under the header, and leaves on its own.
 */
test.beforeEach(async ({ page }) => fixToday(page));

const READY = "L'outil est prêt à fonctionner hors connexion.";

/** Every control of the page whose box meets the notice's, the notice's own left out. */
function controlsUnderNotice(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const notice = document.querySelector('.update-notice')!;
    const n = notice.getBoundingClientRect();
    return [...document.querySelectorAll('a, button, input, select, textarea, summary, [tabindex]')]
      .filter((el) => !notice.contains(el))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.left < n.right && n.left < r.right && r.top < n.bottom && n.top < r.bottom;
      })
      .map((el) => el.outerHTML.slice(0, 80));
  });
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`at ${viewport.width} px, the offline notice takes its place in the page and covers no button`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    const notice = page.locator('.update-notice');
    await expect(notice.getByText(READY)).toBeVisible({ timeout: 30_000 });
    expect(await notice.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    await expect(notice.locator('.update-notice-message')).toHaveAttribute('aria-live', 'polite');

    // The home page's main button, then the first step's: below the notice, never under it.
    const start = page.getByRole('button', { name: 'Commencer une nouvelle demande' });
    const [box, button] = [(await notice.boundingBox())!, (await start.boundingBox())!];
    expect(button.y).toBeGreaterThanOrEqual(box.y + box.height);
    expect(await controlsUnderNotice(page)).toEqual([]);
    await page.screenshot({ path: `test-results/update-notice-${viewport.width}-home.png` });

    await start.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeVisible();
    await expect(notice.getByText(READY)).toBeVisible();
    const next = page.getByRole('button', { name: /^Continuer/ });
    await next.scrollIntoViewIfNeeded();
    const [noticeNow, nextBox] = [(await notice.boundingBox())!, (await next.boundingBox())!];
    expect(nextBox.y).toBeGreaterThanOrEqual(noticeNow.y + noticeNow.height);
    expect(await controlsUnderNotice(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/update-notice-${viewport.width}-step.png` });
  });
}

test('the offline notice leaves on its own after a while', async ({ page }) => {
  await page.goto('./');
  const message = page.getByText(READY);
  await expect(message).toBeVisible({ timeout: 30_000 });
  // Twenty seconds to read it (see OFFLINE_NOTICE_MS); the pointer is not on it.
  await expect(message).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Fermer ce message' })).toHaveCount(0);
});
