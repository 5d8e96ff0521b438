import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/documents.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run documents', () => {
  it('writes the three documents of a dossier into the output folder', { timeout: 60_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'documents-'));
    const result = run('examples/cantine-commune-tranches-qf.json', '--out', out);
    expect(result.status, result.stderr).toBe(0);
    const files = readdirSync(join(out, 'cantine-commune-tranches-qf')).sort();
    expect(files).toEqual([
      'fiche-datapass-cantine-scolaire-commune-de-saint-exemple.txt',
      'liste-de-controle-cantine-scolaire-commune-de-saint-exemple.pdf',
      'projet-de-deliberation-cantine-scolaire-commune-de-saint-exemple.docx',
    ]);
    const pdf = readFileSync(join(out, 'cantine-commune-tranches-qf', files[1]!));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a file that is not a dossier, says why, and exits with an error', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'documents-'));
    writeFileSync(join(dir, 'autre.json'), '{"name":"pas un dossier"}');
    const result = run(join(dir, 'autre.json'), '--out', join(dir, 'sortie'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("n'est pas un dossier de cet outil");
  });

  it('explains its usage when called without arguments', { timeout: 60_000 }, () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage : npm run documents');
  });
});
