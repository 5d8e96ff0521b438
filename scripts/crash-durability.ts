/**
 * Measures what a browser crash loses of what was just typed. Chromium is started by hand, in a
 * process group of its own, so that the whole browser can be killed with SIGKILL, as a crash
 * would end it; a field of a dossier is typed in, the browser is killed D ms after the last key,
 * and a new browser on the same profile reads what survived.
 *
 *   npx tsx scripts/crash-durability.ts [runs] [delays in ms, comma-separated]
 *
 * For each trial it prints the typing lost: the time from the press of the first key that did
 * not survive to the kill (0 when everything survived), then the longest loss at each delay.
 * The production build is made in a folder of its own (`dist` may be rebuilt meanwhile by other
 * work) and served by `vite preview` on a free port.
 *
 * Options, in the environment: KILL_FROM=press counts the delay from the press of the last key,
 * without waiting for the page to show it (by default, from the moment the field shows it);
 * GAP_MS, the time between keys (40 ms); JOURNAL=off hides IndexedDB from the app, to measure
 * localStorage alone; DIST serves an existing build instead of making one.
 *
 * The browser test `test/browser/crash-durability.spec.ts` uses the same helpers to hold the
 * figure stated in the README.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../config/chromium.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';

const CHROMIUM = CHROMIUM_PATH;
const ARGS = ['--headless=new', ...CHROMIUM_ARGS, '--remote-debugging-port=0'];

export interface KillableBrowser {
  browser: Browser;
  page: Page;
  /** SIGKILL to the browser's whole process group; resolves once every process is gone. */
  kill: () => Promise<void>;
  /** An orderly shutdown, as when the user quits the browser. */
  close: () => Promise<void>;
}

/** Whether a process of the group still runs (zombies wait for init to reap them: they are dead). */
function groupAlive(pgid: number): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
    } catch {
      // the process ended meanwhile
    }
  }
  return false;
}

async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out (${timeoutMs} ms): ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts Chromium on `userDataDir` in a process group of its own and connects to it. */
export async function launchKillable(
  userDataDir: string,
  { timeoutMs = 30_000, hideIndexedDb = false }: { timeoutMs?: number; hideIndexedDb?: boolean } = {},
): Promise<KillableBrowser> {
  const child: ChildProcess = spawn(CHROMIUM, [...ARGS, `--user-data-dir=${userDataDir}`, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const pid = child.pid!;
  let exited = false;
  child.once('exit', () => (exited = true));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`Chromium did not start within ${timeoutMs} ms:\n${log.slice(-2000)}`));
    }, timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => {
      if (log.length < 100_000) log += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before listening:\n${log.slice(-2000)}`));
    });
  });
  const kill = async () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await waitUntil(() => exited && !groupAlive(pid), 10_000, 'every Chromium process gone after SIGKILL');
  };
  const close = async (browser: Browser) => {
    const session = await browser.newBrowserCDPSession();
    await session.send('Browser.close').catch(() => undefined);
    await waitUntil(() => exited, timeoutMs, 'Chromium closed').catch(kill);
    await kill();
  };
  try {
    const browser = await chromium.connectOverCDP(endpoint, { timeout: timeoutMs });
    const context = browser.contexts()[0]!;
    const page = context.pages()[0] ?? (await context.newPage());
    // To measure localStorage alone: the app finds no IndexedDB, so keeps no journal.
    if (hideIndexedDb) await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    return { browser, page, kill, close: () => close(browser) };
  } catch (error) {
    await kill();
    throw error;
  }
}

export const FIELD = "Nom de l'organisation";

/** Starts a new dossier from the home page; returns the URL of its first step. */
async function newDossier(page: Page, baseURL: string): Promise<string> {
  await page.goto(baseURL, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Commencer une nouvelle demande' }).click({ timeout: 30_000 });
  await page.getByLabel(FIELD).waitFor({ timeout: 30_000 });
  return page.url();
}

/** A new dossier, left on disk by an orderly shutdown; returns the URL of its first step. */
export async function durableNewDossier(baseURL: string, userDataDir: string, hideIndexedDb = false): Promise<string> {
  const { page, close } = await launchKillable(userDataDir, { hideIndexedDb });
  try {
    return await newDossier(page, baseURL);
  } finally {
    await close();
  }
}

/**
 * Opens the dossier and reads the field, once the page has drawn it; also what the start-up
 * restore from the journal did ('read, 1 restored, 35 ms'), when there was one.
 */
export async function readField(page: Page, url: string): Promise<{ value: string; restore: string }> {
  await page.goto(url, { timeout: 30_000 });
  const field = page.getByLabel(FIELD);
  await field.waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
    const heading = await page
      .locator('h1')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    throw new Error(`the dossier's field is not there (did the dossier survive?); the page's title: ${JSON.stringify(heading)}`, { cause: error });
  });
  const value = await field.inputValue({ timeout: 10_000 });
  const restore = await page.evaluate(() => {
    const detail = (performance.getEntriesByName('journal-restore')[0] as PerformanceMark | undefined)?.detail as
      { status: string; restored: string[]; ms: number } | undefined;
    return detail ? `${detail.status}, ${detail.restored.length} restored, ${detail.ms} ms` : 'none';
  });
  return { value, restore };
}

export interface Trial {
  delayMs: number;
  typed: string;
  survived: string;
  /** What the start-up after the crash did with the journal. */
  restore: string;
  /** Milliseconds of typing lost: from the first keystroke that did not survive to the kill. */
  lostMs: number;
}

interface Typed {
  delayMs: number;
  before: string;
  restore: string;
  token: string;
  times: number[];
  killedAt: number;
}

/**
 * Replaces the field's text by `token`, one key at a time `gapMs` apart, and kills the browser
 * `delayMs` after the page shows the last key (`from: 'shown'`, what the user sees), or after the
 * last key is pressed, without waiting for the page at all (`from: 'press'`). The field's
 * successive texts are `before`, token[0], token[0..1], …, token: the one that survives tells
 * which keystrokes were lost. Each key's time is when it was pressed.
 */
async function typeThenKill(browser: KillableBrowser, url: string, token: string, delayMs: number, gapMs: number, from: 'shown' | 'press'): Promise<Typed> {
  const { value: before, restore } = await readField(browser.page, url);
  const field = browser.page.getByLabel(FIELD);
  await field.click({ timeout: 10_000 });
  await browser.page.keyboard.press('ControlOrMeta+A');
  const times: number[] = [];
  for (const [i, char] of Array.from(token).entries()) {
    if (i > 0 && gapMs > 0) await browser.page.waitForTimeout(gapMs);
    times.push(Date.now());
    const typing = browser.page.keyboard.type(char);
    // The last key, when killing from its press: the kill may well interrupt its delivery.
    if (i === token.length - 1 && from === 'press') typing.catch(() => undefined);
    else await typing;
  }
  let start = times.at(-1)!;
  if (from === 'shown') {
    await field.evaluate((el, expected) => {
      const shown = (el as HTMLInputElement).value;
      if (shown !== expected) throw new Error(`the field shows ${JSON.stringify(shown)}, not ${JSON.stringify(expected)}`);
    }, token);
    start = Date.now();
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + delayMs - Date.now())));
  const killedAt = Date.now();
  await browser.kill();
  return { delayMs, before, restore, token, times, killedAt };
}

function judge(typed: Typed, survived: string, restore: string): Trial {
  const { before, token, times, killedAt, delayMs } = typed;
  const result = (lostMs: number): Trial => ({ delayMs, typed: token, survived, restore, lostMs });
  if (survived === token) return result(0);
  if (survived === before) return result(killedAt - times[0]!);
  if (survived.length > 0 && token.startsWith(survived)) return result(killedAt - times[survived.length]!);
  throw new Error(`unexpected text after the crash: ${JSON.stringify(survived)} (before ${JSON.stringify(before)}, typed ${JSON.stringify(token)})`);
}

/**
 * On one profile: a new dossier, then for each delay a browser that reads what survived the
 * previous crash, types, and is killed; a last browser reads what survived the last crash.
 * The dossier is left on disk by an orderly shutdown first, or, with `createInFirstTrial`, created
 * by the first browser to be killed (then it exists only as long as the crash spares it too).
 */
export async function crashTrials(
  baseURL: string,
  userDataDir: string,
  delays: number[],
  options: {
    label?: string;
    gapMs?: number;
    from?: 'shown' | 'press';
    hideIndexedDb?: boolean;
    createInFirstTrial?: boolean;
    onTrial?: (trial: Trial) => void;
  } = {},
): Promise<Trial[]> {
  const hideIndexedDb = options.hideIndexedDb ?? false;
  let url = options.createInFirstTrial ? null : await durableNewDossier(baseURL, userDataDir, hideIndexedDb);
  const trials: Trial[] = [];
  let previous: Typed | null = null;
  const record = ({ value, restore }: { value: string; restore: string }) => {
    if (!previous) return;
    const trial = judge(previous, value, restore);
    trials.push(trial);
    options.onTrial?.(trial);
  };
  for (const [i, delayMs] of delays.entries()) {
    const token = `${options.label ?? ''}${i}-${delayMs}-`.padEnd(20, 'abcdefghijklmnopqrstuvwxyz').slice(0, 20);
    const browser = await launchKillable(userDataDir, { hideIndexedDb });
    try {
      url ??= await newDossier(browser.page, baseURL);
      const typed = await typeThenKill(browser, url, token, delayMs, options.gapMs ?? 40, options.from ?? 'shown');
      record({ value: typed.before, restore: typed.restore });
      previous = typed;
    } catch (error) {
      await browser.kill();
      throw error;
    }
  }
  if (url === null) return trials;
  const reader = await launchKillable(userDataDir, { hideIndexedDb });
  try {
    record(await readField(reader.page, url));
  } finally {
    await reader.kill();
  }
  return trials;
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Builds the app into a folder of its own: `dist` may be rebuilt meanwhile by other work. */
async function build(outDir: string): Promise<void> {
  const child = spawn('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`vite build failed (${code})`);
}

async function serve(outDir: string): Promise<{ url: string; stop: () => void }> {
  const base = '/outil-habilitation/';
  const port = await freePort();
  const args = ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--base', base];
  const server = spawn('npx', args, {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}${base}`;
  const end = Date.now() + 30_000;
  while (Date.now() < end && server.exitCode === null) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('vite preview did not answer');
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const delays = (process.argv[3] ?? '0,100,300,500,1000,2000,3000,5000,10000').split(',').map(Number);
  const outDir = process.env.DIST ?? (await mkdtemp(join(tmpdir(), 'crash-durability-dist-')));
  if (!process.env.DIST) await build(outDir);
  const { url: baseURL, stop } = await serve(outDir);
  const results: Trial[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const dir = await mkdtemp(join(tmpdir(), 'crash-durability-'));
      try {
        // Each run goes through the delays in a different order.
        const order = delays.map((_, i) => delays[(i + run) % delays.length]!);
        await crashTrials(baseURL, dir, order, {
          label: `r${run}`,
          gapMs: Number(process.env.GAP_MS ?? 40),
          from: process.env.KILL_FROM === 'press' ? 'press' : 'shown',
          hideIndexedDb: process.env.JOURNAL === 'off',
          onTrial: (trial) => {
            results.push(trial);
            console.log(
              `run ${run + 1}/${runs}  delay ${String(trial.delayMs).padStart(5)} ms  lost ${String(trial.lostMs).padStart(5)} ms  survived ${JSON.stringify(trial.survived)}  (restore: ${trial.restore})`,
            );
          },
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  } finally {
    stop();
    if (!process.env.DIST) await rm(outDir, { recursive: true, force: true });
  }
  console.log('\ndelay (ms)  runs  longest loss (ms)  runs losing something');
  for (const delayMs of new Set(delays)) {
    const at = results.filter((r) => r.delayMs === delayMs);
    console.log(
      `${String(delayMs).padStart(10)}  ${String(at.length).padStart(4)}  ${String(Math.max(...at.map((r) => r.lostMs))).padStart(17)}  ${at.filter((r) => r.lostMs > 0).length}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
