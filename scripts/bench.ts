/**
 * `npm run bench`: builds the app, then measures it in headless Chromium and prints a table of
 * results against their budgets. Exits with an error when a budget is exceeded.
 *
 * Measured: the size of the first page and of each lazily loaded feature; the median time to
 * generate each document (after a warm-up); the time to call every fictional household of the
 * local sandbox over 3 years.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { bundleReport } from './bench/bundle';
import { kb, median, ms } from './bench/stats';

const PORT = 4180;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 7;
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

/** Opens the app with one example dossier already stored, at a page of that dossier. */
async function openDossier(page: Page, dossierFile: string, path: string): Promise<void> {
  const dossier = JSON.parse(readFileSync(dossierFile, 'utf8'));
  await page.addInitScript((d) => localStorage.setItem(`habilitation-impot-particulier/dossier/${d.id}`, JSON.stringify(d)), dossier);
  await page.goto(`${ORIGIN}/#/dossiers/${dossier.id}/${path}`);
  await page.waitForSelector('h1');
}

async function documentTimings(page: Page): Promise<void> {
  await openDossier(page, 'examples/cantine-commune-tranches-qf.json', 'documents');
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
  await openDossier(page, 'examples/cantine-commune-tranches-qf.json', 'bac-a-sable');
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
  row('Première page : JS + CSS (gzip)', kb(bundle.initialGzip), '≤ 120 Ko', bundle.initialGzip <= 120 * 1024);
  for (const lazy of bundle.lazy) {
    const leaked = lazy.files.some((f) => bundle.initialFiles.includes(f));
    row(`Chargé à la demande : ${lazy.name} (gzip)`, kb(lazy.gzip), 'hors première page', !leaked && lazy.files.length > 0);
  }

  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    await documentTimings(await context.newPage());
    await sandboxBatch(await context.newPage());
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }

  const width = Math.max(...rows.map((r) => r.measure.length));
  console.log(`\n${'Mesure'.padEnd(width)}  ${'Valeur'.padStart(10)}  ${'Budget'.padEnd(20)}  Résultat`);
  for (const r of rows) {
    console.log(`${r.measure.padEnd(width)}  ${r.value.padStart(10)}  ${r.budget.padEnd(20)}  ${r.ok === null ? '' : r.ok ? 'tenu' : 'DÉPASSÉ'}`);
  }
  process.exit(rows.some((r) => r.ok === false) ? 1 : 0);
}

void main();
