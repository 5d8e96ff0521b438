/**
 * `npm run bench`: builds the app (and an empty Vite + React page for comparison), then
 * measures it in headless Chromium and prints a table of results against their budgets. Exits
 * with an error when a budget is exceeded.
 *
 * Measured: the weight of the first page and of each lazily loaded feature; medians, after a
 * warm-up, of the first load, step-to-step navigation, typing latency with autosave, document
 * generation and the local sandbox batch; Lighthouse scores of the home page and the data step.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { bundleReport } from './bench/bundle';
import { buildBlankPage } from './bench/blank-page';
import { firstLoad, openDossier, stepNavigation, typingLatency } from './bench/browser-timings';
import { lighthouseScores } from './bench/lighthouse';
import { kb, median, ms } from './bench/stats';

const PORT = 4180;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 7;
const LIGHTHOUSE_RUNS = 7;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXAMPLE = 'examples/cantine-commune-tranches-qf.json';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Row {
  measure: string;
  value: string;
  budget: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const row = (measure: string, value: string, budget = '', ok: boolean | null = null) => rows.push({ measure, value, budget, ok });

function build(): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

async function documentTimings(page: Page): Promise<void> {
  await openDossier(page, ORIGIN, EXAMPLE, 'documents');
  const documents = [
    ['deliberation', 'Projet de délibération (.docx)'],
    ['checklist', 'Liste de contrôle (PDF)'],
    ['sheet', 'Fiche de saisie DataPass (.txt)'],
  ] as const;
  for (const [kind, label] of documents) {
    const durations: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Télécharger : ${label}` }).click();
      await download;
      const duration = await page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.duration ?? Number.NaN, `document:${kind}`);
      if (run > 0) durations.push(duration); // the first run loads the code: a warm-up
    }
    const value = median(durations);
    row(`Génération : ${label} (médiane de ${RUNS})`, ms(value), '≤ 200 ms', value <= 200);
  }
}

async function sandboxBatch(page: Page): Promise<void> {
  await openDossier(page, ORIGIN, EXAMPLE, 'bac-a-sable');
  const durations: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    // Each run on a fresh page: the local sandbox counts calls against the simulated quota.
    if (run > 0) await page.reload();
    await page.getByRole('button', { name: 'Appeler tous les foyers fictifs sur 3 ans' }).click();
    const result = page.getByTestId('sandbox-batch-duration');
    await result.waitFor();
    const duration = Number(await result.getAttribute('data-duration-ms'));
    if (run > 0) durations.push(duration);
  }
  const value = median(durations);
  row(`Bac à sable : tous les foyers fictifs sur 3 ans (médiane de ${RUNS})`, ms(value), '< 1 000 ms', value < 1000);
}

async function main(): Promise<void> {
  build();
  const bundle = bundleReport('dist', {
    'Documents (.docx)': ['src/features/documents/deliberation/'],
    'Documents (PDF, polices comprises)': ['src/features/documents/checklist/', 'src/features/documents/fonts/'],
    'Documents (textes, fiche)': ['src/features/documents/generate.ts', 'src/features/documents/browser-assets.ts', 'src/features/documents/sheet/'],
    'Bac à sable': ['src/routes/dossiers/$dossierId/bac-a-sable.tsx'],
  });
  const blank = bundleReport(await buildBlankPage(process.cwd()), {});
  row('Première page : JS + CSS (gzip)', kb(bundle.initialGzip), '≤ 120 Ko', bundle.initialGzip <= 120 * 1024);
  row('Page vide Vite + React, même construction (gzip)', kb(blank.initialGzip));
  row("Rapport première page / page vide", `× ${(bundle.initialGzip / blank.initialGzip).toFixed(2)}`);
  for (const lazy of bundle.lazy) {
    const leaked = lazy.files.some((f) => bundle.initialFiles.includes(f));
    row(`Chargé à la demande : ${lazy.name} (gzip)`, kb(lazy.gzip), 'hors première page', !leaked && lazy.files.length > 0);
  }

  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    row(`Premier chargement jusqu'à l'accueil utilisable (médiane de ${RUNS})`, ms(await firstLoad(browser, ORIGIN, RUNS)));
    const context = await browser.newContext({ acceptDownloads: true });
    const wizard = await context.newPage();
    await openDossier(wizard, ORIGIN, EXAMPLE, 'organisation');
    row(`Passage d'une étape à l'autre (médiane, ${RUNS} tours des 9 étapes)`, ms(await stepNavigation(wizard, RUNS)));
    await wizard.goto(`${ORIGIN}/#/dossiers/exemple-cantine/cas-d-usage`);
    await wizard.waitForSelector('textarea');
    row('Frappe dans un long texte, enregistrement compris (médiane de 60 touches)', ms(await typingLatency(wizard, 60)));
    await documentTimings(await context.newPage());
    await sandboxBatch(await context.newPage());
  } finally {
    await browser.close();
  }

  const flags = CHROMIUM_ARGS;
  for (const [name, path, dossierFile] of [
    ['accueil', '/', undefined],
    ['étape « Les données »', '/#/dossiers/exemple-cantine/donnees', EXAMPLE],
  ] as const) {
    // Lighthouse's own advice: scores vary from run to run, take the median of several.
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseScores(`${ORIGIN}${path}`, { chromePath: CHROMIUM_PATH, flags, dossierFile, origin: ORIGIN }));
    const performance = median(runs.map((r) => r.performance));
    const accessibility = median(runs.map((r) => r.accessibility));
    row(`Lighthouse 12.2.3, ${name} : performance (médiane de ${LIGHTHOUSE_RUNS})`, String(performance), '≥ 95', performance >= 95);
    row(`Lighthouse 12.2.3, ${name} : accessibilité (médiane de ${LIGHTHOUSE_RUNS})`, String(accessibility), '100', accessibility === 100);
  }
  if (server.pid) process.kill(-server.pid);

  console.log(`\nFichiers chargés à la demande (${bundle.lazyChunks.length}), gzip :`);
  for (const chunk of bundle.lazyChunks) console.log(`  ${chunk.file.padEnd(52)} ${kb(chunk.gzip).padStart(10)}`);

  const width = Math.max(...rows.map((r) => r.measure.length));
  console.log(`\n${'Mesure'.padEnd(width)}  ${'Valeur'.padStart(10)}  ${'Budget'.padEnd(20)}  Résultat`);
  for (const r of rows) {
    console.log(`${r.measure.padEnd(width)}  ${r.value.padStart(10)}  ${r.budget.padEnd(20)}  ${r.ok === null ? '' : r.ok ? 'tenu' : 'DÉPASSÉ'}`);
  }
  process.exit(rows.some((r) => r.ok === false) ? 1 : 0);
}

void main();
