import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * Lighthouse 12.2.3 (pinned) in the system Chromium, with its default settings (mobile,
 * simulated slow network and CPU). A dossier is stored first, through the same browser, for the
 * pages that need one.
 */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
}

export async function lighthouseScores(
  url: string,
  options: { chromePath: string; flags: string[]; dossierFile?: string; origin: string },
): Promise<LighthouseScores> {
  const chrome = await launch({ chromePath: options.chromePath, chromeFlags: ['--headless=new', ...options.flags] });
  try {
    if (options.dossierFile) {
      const dossier = JSON.parse(readFileSync(options.dossierFile, 'utf8')) as { id: string };
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      const page = await browser.contexts()[0]!.newPage();
      await page.goto(`${options.origin}/`);
      await page.evaluate((d) => localStorage.setItem(`habilitation-impot-particulier/dossier/${d.id}`, JSON.stringify(d)), dossier);
      await page.close();
      await browser.close();
    }
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      disableStorageReset: true,
    });
    const categories = result!.lhr.categories;
    return { performance: Math.round((categories.performance!.score ?? 0) * 100), accessibility: Math.round((categories.accessibility!.score ?? 0) * 100) };
  } finally {
    chrome.kill();
  }
}
