import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { matchHeaders } from '../../domain/batch';
import { readTable, type TableResult } from './read-table';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../${path}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** What Excel writes in France for "CSV (séparateur : point-virgule)": Windows-1252, where ’ is 0x92. */
function windows1252(text: string): Uint8Array {
  return new Uint8Array(Array.from(text, (c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
}

function table(result: TableResult) {
  if (!result.ok) throw new Error(result.message);
  return result.table;
}

const HEADER = ['Nom de la collectivité', 'SIRET', 'Type d’organisation', 'Cas d’usage'];
const ROW = ['Commune de Saint-Exemple', '21990001200010', 'Commune', 'Cantine scolaire'];

describe('reading a table of collectivités', () => {
  it.each([
    ['« ; » in UTF-8', utf8(`${HEADER.join(';')}\n${ROW.join(';')}\n`)],
    ['« , » in UTF-8 with BOM and CRLF', utf8(`\uFEFF${HEADER.join(',')}\r\n${ROW.join(',')}\r\n`)],
    ['tabs', utf8(`${HEADER.join('\t')}\n${ROW.join('\t')}`)],
    ['« ; » in Windows-1252, as Excel saves it in France', windows1252(`${HEADER.join(';')}\r\n${ROW.join(';')}\r\n`)],
  ])('reads a CSV separated by %s', async (_name, bytes) => {
    const read = table(await readTable(bytes, 'liste.csv'));
    expect(read.headers).toEqual(HEADER);
    expect(read.rows).toEqual([{ line: 2, cells: ROW }]);
  });

  it('keeps a quoted cell with separators and line breaks whole, and counts lines as the spreadsheet does', async () => {
    const text = `${HEADER.join(';')}\n"Commune de ""Saint;Exemple""\navec retour";1;Commune;cantine\n;;;\nB;2;Commune;cantine\n`;
    const read = table(await readTable(utf8(text), 'liste.csv'));
    expect(read.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'Commune de "Saint;Exemple"\navec retour'],
      [3, ''],
      [4, 'B'],
    ]);
  });

  it('tells apart « ; » and « , » by the header line, whatever the decimal commas below', async () => {
    const read = table(await readTable(utf8(`Nom;SIRET;Taux d’effort\nA;1;0,36\n`), 'liste.csv'));
    expect(read.rows[0]?.cells).toEqual(['A', '1', '0,36']);
  });

  it('reads an XLSX written by a spreadsheet: numbers as written, a SIRET never rounded', async () => {
    const read = table(await readTable(fixture('test/fixtures/batch/lot-avec-erreurs.xlsx'), 'lot.xlsx'));
    const csv = table(await readTable(fixture('test/fixtures/batch/lot-avec-erreurs.csv'), 'lot.csv'));
    expect(read.headers).toEqual(csv.headers);
    expect(read.rows.map((r) => r.line)).toEqual(csv.rows.map((r) => r.line));
    expect(read.rows[0]?.cells[1]).toBe('21990001200010');
    expect(read.rows.map((r) => r.cells[0])).toEqual(csv.rows.map((r) => r.cells[0]));
  });

  it('says in French that an empty file or a file with only blank lines is empty', async () => {
    for (const bytes of [new Uint8Array(), utf8('\n\n'), utf8('\uFEFF')]) {
      const result = await readTable(bytes, 'vide.csv');
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/^Le tableau est vide : sa première ligne doit nommer les colonnes/) as unknown });
    }
  });

  it('names the missing required columns of a table that lacks them', async () => {
    const read = table(await readTable(utf8('Nom;Commune\nA;B\n'), 'liste.csv'));
    const match = matchHeaders(read.headers);
    expect(!match.ok && match.message).toMatch(/^Il manque les colonnes obligatoires « SIRET », « Type d’organisation », « Cas d’usage »\./);
  });

  it('refuses a damaged XLSX, an old XLS and an unclosed quote with a sentence, never an exception', async () => {
    const damaged = fixture('test/fixtures/batch/lot-avec-erreurs.xlsx').slice(0, 2000);
    expect(await readTable(damaged, 'lot.xlsx')).toEqual({ ok: false, message: expect.stringMatching(/^Ce fichier XLSX ne se lit pas/) as unknown });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await readTable(xls, 'lot.xls')).toEqual({ ok: false, message: expect.stringMatching(/^Ce format de tableur n’est pas lu/) as unknown });
    expect(await readTable(utf8('Nom;SIRET\n"A;1\nB;2\n'), 'lot.csv')).toEqual({
      ok: false,
      message: expect.stringMatching(/^Le fichier CSV a un guillemet ouvert qui n’est jamais fermé, à la ligne 2/) as unknown,
    });
  });
});
