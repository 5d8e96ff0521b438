import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cpuClock } from './cpu-clock';
import { median } from './stats';

/** Timings measured inside the page, so that the test driver's own latency is left out. */
export async function openDossier(page: Page, origin: string, dossierFile: string, path: string): Promise<void> {
  const dossier = JSON.parse(readFileSync(dossierFile, 'utf8')) as { id: string };
  await page.addInitScript((d) => localStorage.setItem(`habilitation-impot-particulier/dossier/${d.id}`, JSON.stringify(d)), dossier);
  await page.goto(`${origin}/#/dossiers/${dossier.id}/${path}`);
  await page.waitForSelector('h1');
}

/** From navigation start to the first page's main button being usable, each time in a fresh browser profile. */
export async function firstLoad(browser: Browser, origin: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Commencer une nouvelle demande' }).waitFor();
    const time = await page.evaluate(() => performance.now());
    if (run > 0) times.push(time);
    await context.close();
  }
  return median(times);
}

/** From a click in the step list to the next step's heading on screen, round the nine steps. */
export async function stepNavigation(page: Page, runs: number): Promise<number> {
  const times: number[] = [];
  const links = await page.locator('nav.step-list ol a').count();
  for (let i = 0; i <= runs * links; i++) {
    const time = await page.evaluate(async (index) => {
      const link = document.querySelectorAll<HTMLAnchorElement>('nav.step-list ol a')[index]!;
      const title = link.querySelector('.step-list-title')!.textContent.replace(/^Étape \d+ : /, '');
      const start = performance.now();
      link.click();
      while (document.querySelector('h1')?.textContent !== title) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    }, i % links);
    if (i >= links) times.push(time); // the first round loads each step's code
  }
  return median(times);
}

/**
 * Typing into a long textarea, autosave on: the time each keystroke costs until its frame is
 * painted. Each keystroke is sent at the start of a frame (in a requestAnimationFrame callback),
 * so that React's render, the autosave, then the frame's style, layout and paint all follow it;
 * the time is read in the first task after that frame. Waiting for the next frame instead would
 * add the wait for the display's refresh (up to 16.7 ms at 60 Hz, whatever the keystroke costs):
 * measured that way, a page that does nothing "took" 17 ms.
 *
 * Two figures: the median of those durations (wall clock), and the main thread's CPU time over the
 * whole run divided by the keystrokes (see cpu-clock.ts), the long text's own rendering excepted.
 */
export async function typingLatency(page: Page, characters: number): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = await cpuClock(page);
  await page.evaluate(async () => {
    const area = document.querySelector<HTMLTextAreaElement>('textarea')!;
    area.focus();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the native value setter, called below with the textarea as this
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setValue.call(area, `${area.value}${' Texte long saisi pour mesurer la latence de frappe.'.repeat(80)}`);
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
  });
  const before = await cpu();
  const wallMs = await page.evaluate(async (count) => {
    const area = document.querySelector<HTMLTextAreaElement>('textarea')!;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the native value setter, called below with the textarea as this
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const time = await new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const start = performance.now();
          area.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
          setValue.call(area, `${area.value}a`);
          area.dispatchEvent(new Event('input', { bubbles: true }));
          setTimeout(() => resolve(performance.now() - start), 0);
        }),
      );
      times.push(time);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  }, characters);
  return { wallMs, cpuMs: ((await cpu()) - before) / characters };
}
