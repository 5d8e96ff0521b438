import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const MODEL = 'examples/editeur/modele-logiciels-famille.json';
const run = (...args: string[]) => spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/batch.ts', ...args], { cwd: root, encoding: 'utf8' });
// Each run starts Node and tsx, then generates a PDF and a .docx per row: seconds, many more on a loaded machine.
const SLOW = { timeout: 180_000 };

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\b(Type|Reference|Syntax)?Error:/);
}

describe('npm run batch', () => {
  it.for(['csv', 'xlsx'])('produces the good rows of a %s table, reports each bad one with its line and column, and exits with an error', SLOW, (extension) => {
    const out = mkdtempSync(join(tmpdir(), 'lot-'));
    const result = run('--model', MODEL, '--collectivites', `test/fixtures/batch/lot-avec-erreurs.${extension}`, '--out', out);
    expect(result.status, result.stderr).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      'ccas-de-bourg-exemple-cantine-scolaire',
      'communaute-de-communes-du-val-exemple-cantine-scolaire',
      'commune-de-saint-exemple-cantine-scolaire',
      'commune-de-villeneuve-exemple-activites-periscolaires-et-extrascolaires',
      'synthese.csv',
      'synthese.html',
    ]);
    expect(readdirSync(join(out, 'commune-de-saint-exemple-cantine-scolaire'))).toHaveLength(6);
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      "Ligne 3, colonne « SIRET » : Ce SIRET n'existe pas : sa clé de contrôle ne correspond pas. Vérifiez chaque chiffre sur l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr).",
      'Ligne 5, colonne « E-mail du demandeur » : E-mail du demandeur : saisissez une adresse e-mail complète, par exemple prenom.nom@mairie-exemple.fr.',
      expect.stringMatching(/^Ligne 6, colonne « Cas d’usage » : « Piscine municipale » n’est pas un cas d’usage connu\./) as unknown,
    ]);
    expect(lines.at(-2)).toBe(
      '4 collectivités produites sur 7 lignes : 0 prête à déposer, 4 avec des points à faire, 0 avec des points à revoir ; 3 lignes refusées.',
    );
    expectNoStackTrace(result.stderr);
  });

  it('names the missing columns of a table, and the options missing from the command line, without a stack trace', SLOW, () => {
    const dir = mkdtempSync(join(tmpdir(), 'lot-'));
    writeFileSync(join(dir, 'liste.csv'), 'Nom;Adresse\nCommune de Test;1 place de la Mairie\n');
    const table = run('--model', MODEL, '--collectivites', join(dir, 'liste.csv'), '--out', join(dir, 'sortie'));
    expect(table.status).toBe(1);
    expect(table.stderr).toContain('Il manque les colonnes obligatoires « SIRET », « Type d’organisation », « Cas d’usage ».');
    expect(existsSync(join(dir, 'sortie', 'synthese.html'))).toBe(false);
    expectNoStackTrace(table.stderr);

    const usage = run('--model', MODEL, '--out', join(dir, 'sortie'));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Il manque --collectivites (le tableau des collectivités (.csv ou .xlsx)).');
    expectNoStackTrace(usage.stderr);
  });
});
