import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './config/chromium.ts';

/**
 * Browser tests run in Debian's Chromium (Playwright cannot download its own browser here)
 * against the production build served by `vite preview` under a sub-folder, as a collectivité
 * would host it (the build has no fixed base path).
 */
// Another port lets two runs (two checkouts, two people) share one machine.
const PORT = Number(process.env.PREVIEW_PORT ?? 4173);
const BASE_PATH = '/outil-habilitation/';

export default defineConfig({
  testDir: 'test/browser',
  outputDir: 'test-results',
  // Two files at a time: much of a journey's time is spent waiting for the page, which leaves the
  // second core free (one worker took 17 minutes in CI). Tests within a file stay in order.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // The tests are whole user journeys with several accessibility scans: on a machine whose two
  // cores are shared with other work, the sandbox journey took up to 1.6 min and the accessibility
  // tour of every step 2.8 min. A test gets five minutes and an assertion 15 s, for a slow
  // machine not to pass for a broken app.
  timeout: 300_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
  webServer: {
    // .ci/run has just built dist/ (BROWSER_TESTS_BUILT=1): building it again would cost a minute.
    command: `${process.env.BROWSER_TESTS_BUILT ? '' : 'npm run build && '}npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --base ${BASE_PATH}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
