import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { luhnIsValid } from '../../src/domain/validators/siret';
import type { ProcessUsage } from './process-usage';

/**
 * A vendor's batch of `rows` collectivités through `npm run batch` itself (its own process, as a
 * vendor runs it): the sample table of examples/editeur repeated with distinct SIRETs, every
 * document generated and written. Measured: the wall-clock time from start to exit, the CPU time
 * the process used (see cpu-clock.ts for why the budget is checked on it) and its peak resident
 * memory.
 */
export interface BatchMeasure {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  produced: number;
}

const SAMPLE = 'examples/editeur/collectivites.csv';
const MODEL = 'examples/editeur/modele-logiciels-famille.json';

/** A valid SIRET for each index: a fictitious commune's SIREN, then the NIC's check digit. */
function siret(index: number): string {
  const base = `2199${String(index).padStart(5, '0')}0001`;
  for (let digit = 0; digit < 10; digit++) if (luhnIsValid(`${base}${digit}`)) return `${base}${digit}`;
  throw new Error(`no SIRET for ${index}`);
}

export function writeBatchTable(dir: string, rows: number): string {
  const sample = Papa.parse<string[]>(readFileSync(SAMPLE, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
  const [headers, ...body] = sample;
  if (!headers || body.length === 0) throw new Error(`${SAMPLE} is empty`);
  const data = Array.from({ length: rows }, (_, i) => {
    const row = [...(body[i % body.length] ?? [])];
    row[0] = `Commune numéro ${i + 1}`;
    row[1] = siret(i);
    return row;
  });
  const path = join(dir, 'collectivites.csv');
  writeFileSync(path, Papa.unparse({ fields: headers, data }, { delimiter: ';' }));
  return path;
}

export async function batchMeasure(rows: number, timeoutMs: number): Promise<BatchMeasure> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lot-'));
  try {
    const table = writeBatchTable(dir, rows);
    const usageFile = join(dir, 'usage.json');
    const started = performance.now();
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          '--import',
          './scripts/bench/process-usage.ts',
          'scripts/batch.ts',
          '--model',
          MODEL,
          '--collectivites',
          table,
          '--out',
          join(dir, 'lot'),
        ],
        { env: { ...process.env, BENCH_USAGE_FILE: usageFile }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`lot de ${rows} collectivités : pas fini en ${timeoutMs / 1000} s`));
      }, timeoutMs);
      child.on('error', reject);
      child.on('exit', (exitCode) => {
        clearTimeout(timer);
        resolve({ code: exitCode, stdout: out, stderr: err });
      });
    });
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`lot de ${rows} collectivités : code ${code}, ${stderr.trim().split('\n').at(-1) ?? ''}`);
    const produced = Number(/^(\d[\d\s\u202f]*) collectivités? produites?/m.exec(stdout)?.[1]?.replace(/\D/g, '') ?? Number.NaN);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as ProcessUsage;
    return { seconds, cpuSeconds: usage.cpuMs / 1000, peakMb: usage.peakRssKb / 1024, produced };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
