import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { produceDocuments, summaryLine } from '../../scripts/documents/produce';
import { generateSheet } from '../../src/features/documents/generate';
import { nodeTemplates } from '../../src/features/documents/node-assets';
import type { Dossier } from '../../src/domain/dossier/model';

const root = new URL('../../', import.meta.url).pathname;
const EXAMPLE = join(root, 'examples/cantine-commune-tranches-qf.json');
const OTHER_EXAMPLE = join(root, 'examples/creche-ccas-bareme-cnaf.json');
const run = (...args: string[]) => spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/documents.ts', ...args], { cwd: root, encoding: 'utf8' });
// Each run starts Node and tsx, then generates a PDF and a .docx: seconds, many more on a loaded machine.
const SLOW = { timeout: 120_000 };

/** A folder holding the given files: name → text, or the path of a file to copy. */
function folderWith(files: Record<string, { text: string } | { copy: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'documents-'));
  for (const [name, content] of Object.entries(files)) {
    if ('copy' in content) copyFileSync(content.copy, join(dir, name));
    else writeFileSync(join(dir, name), content.text);
  }
  return dir;
}

/** Nothing a user would take for a crash: no "    at file:line" frame, no "Error:" of Node's. */
function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\b(Type|Reference|Syntax)?Error:/);
}

describe('npm run documents', () => {
  it('writes the three documents of a dossier into the output folder', SLOW, () => {
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
    expect(result.stdout).toContain('1 dossier sur 1 produit.');
  });

  it('refuses a file that is not a dossier, says why, and exits with an error', SLOW, () => {
    const dir = folderWith({ 'autre.json': { text: '{"name":"pas un dossier"}' } });
    const result = run(join(dir, 'autre.json'), '--out', join(dir, 'sortie'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("n'est pas un dossier de cet outil");
    expectNoStackTrace(result.stderr);
  });

  it('goes on after a file that is not JSON, produces the others, names it and exits with an error', SLOW, () => {
    const dir = folderWith({ 'a.json': { copy: EXAMPLE }, 'b.json': { text: '{ "format": "dossier-habilitation' }, 'c.json': { copy: OTHER_EXAMPLE } });
    const out = join(dir, 'sortie');
    const result = run(join(dir, 'a.json'), join(dir, 'b.json'), join(dir, 'c.json'), '--out', out);
    expect(result.status).toBe(1);
    expect(readdirSync(join(out, 'a'))).toHaveLength(3);
    expect(readdirSync(join(out, 'c'))).toHaveLength(3);
    expect(existsSync(join(out, 'b'))).toBe(false);
    expect(result.stderr).toContain(`${join(dir, 'b.json')} : Ce fichier n'est pas un dossier : son contenu n'est pas du JSON lisible.`);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(`2 dossiers sur 3 produits ; 1 en échec : ${join(dir, 'b.json')}`);
    expectNoStackTrace(result.stderr);
  });

  it('goes on after a dossier that fails validation, produces the others, names it and exits with an error', SLOW, () => {
    const broken = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Dossier;
    broken.organisation.siret = 21990001200010 as never; // a number where the model wants text
    const dir = folderWith({ 'a.json': { copy: EXAMPLE }, 'abime.json': { text: JSON.stringify(broken) }, 'c.json': { copy: OTHER_EXAMPLE } });
    const out = join(dir, 'sortie');
    const result = run(join(dir, 'a.json'), join(dir, 'abime.json'), join(dir, 'c.json'), join(dir, 'absent.json'), '--out', out);
    expect(result.status).toBe(1);
    expect(readdirSync(join(out, 'a'))).toHaveLength(3);
    expect(readdirSync(join(out, 'c'))).toHaveLength(3);
    expect(existsSync(join(out, 'abime'))).toBe(false);
    expect(result.stderr).toContain(`${join(dir, 'abime.json')} : Ce dossier est abîmé ou incomplet : « organisation.siret » (Un texte est attendu ici).`);
    expect(result.stderr).toContain(`${join(dir, 'absent.json')} : fichier introuvable.`);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(`2 dossiers sur 4 produits ; 2 en échec : ${join(dir, 'abime.json')}, ${join(dir, 'absent.json')}`);
    expectNoStackTrace(result.stderr);
  });

  it('goes on after a dossier whose documents cannot be generated, and leaves no half-written folder', async () => {
    const dir = folderWith({ 'a.json': { copy: EXAMPLE }, 'piege.json': { copy: OTHER_EXAMPLE }, 'c.json': { copy: EXAMPLE } });
    const out = join(dir, 'sortie');
    const templates = nodeTemplates();
    const errors: string[] = [];
    const summary = await produceDocuments([join(dir, 'a.json'), join(dir, 'piege.json'), join(dir, 'c.json')], {
      out,
      // The sheet stands for all three documents; the crèche dossier's checklist throws, as a bug would.
      generate: async (kind, dossier) => {
        if (kind === 'checklist' && dossier.organisation.name.includes('Bourg-Exemple'))
          throw new TypeError("Cannot read properties of undefined (reading 'width')");
        const sheet = await generateSheet(dossier, templates, new Date('2026-12-02T12:00:00Z'));
        return { ...sheet, filename: `${kind}-${sheet.filename}` };
      },
      info: () => {},
      error: (line) => errors.push(line),
    });
    expect(summary).toEqual({ produced: [join(dir, 'a.json'), join(dir, 'c.json')], failed: [join(dir, 'piege.json')] });
    expect(readdirSync(join(out, 'a'))).toHaveLength(3);
    expect(readdirSync(join(out, 'c'))).toHaveLength(3);
    expect(existsSync(join(out, 'piege'))).toBe(false);
    expect(errors).toEqual([
      `${join(dir, 'piege.json')} : la génération du document « liste de contrôle » a échoué sur une valeur de ce dossier (détail technique : Cannot read properties of undefined (reading 'width')).`,
    ]);
    expect(summaryLine(summary)).toBe(`2 dossiers sur 3 produits ; 1 en échec : ${join(dir, 'piege.json')}`);
  });

  it('explains its usage when called without arguments, or with an option it does not know', SLOW, () => {
    const bare = run();
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Usage : npm run documents');
    const unknown = run('a.json', '--sortie', 'x');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Option inconnue : --sortie.');
    expect(unknown.stderr).toContain('Usage : npm run documents');
    expectNoStackTrace(unknown.stderr);
  });
});
