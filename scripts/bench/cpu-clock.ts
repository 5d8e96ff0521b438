import type { Page } from '@playwright/test';

/**
 * The CPU time the page's main thread has used so far, in milliseconds (Chrome DevTools
 * Protocol, Performance.getMetrics « ThreadTime »).
 *
 * Why the budgets are checked on CPU time: a wall-clock duration counts the time the system gave
 * to other programs. On this machine's two shared cores, the same keystroke measured 12.6 ms on a
 * quiet machine and 20.6 ms beside a mutation run, while the work the page does for it did not
 * change. The CPU time of the thread that does that work hardly moves with the load, so a budget
 * checked on it fails when the product gets slower, not when the machine is busy. The wall-clock
 * duration stays measured and printed beside it.
 */
export async function cpuClock(page: Page): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    const seconds = metrics.find((metric) => metric.name === 'ThreadTime')?.value;
    if (seconds === undefined) throw new Error('Chromium ne donne pas le temps de calcul de la page (ThreadTime)');
    return seconds * 1000;
  };
}
