import { describe, expect, it } from 'vitest';
import { BATCH_COLUMNS } from './columns';
import { columnLetter, matchHeaders, rowCells } from './table';

const REQUIRED = ['Nom de la collectivité', 'SIRET', 'Type d’organisation', 'Cas d’usage'];

describe('spreadsheet column letters', () => {
  it('goes from A to Z, then AA, AZ, BA', () => {
    expect([0, 1, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('the headers', () => {
  it('does not list blank headers among those it ignores', () => {
    const result = matchHeaders([...REQUIRED, '', '   ', 'Remarques']);
    expect(result.ok && result.ignored).toEqual(['Remarques']);
  });

  it('names every column given twice, separated by commas', () => {
    expect(matchHeaders(['SIRET', 'Nom', 'Type', 'Cas d’usage', 'N° SIRET', 'Collectivité'])).toEqual({
      ok: false,
      message:
        'Une même colonne figure deux fois dans le tableau : « Nom de la collectivité » (colonnes B et F), « SIRET » (colonnes A et E). Gardez-en une seule.',
    });
  });

  it('says in the singular that one required column is missing', () => {
    expect(matchHeaders(['Nom', 'SIRET', 'Type'])).toEqual({
      ok: false,
      message:
        'Il manque la colonne obligatoire « Cas d’usage ». La première ligne du tableau doit nommer les colonnes ; celles qui ont été lues : « Nom », « SIRET », « Type ».',
    });
  });

  it('says it read no header at all from an empty first row', () => {
    expect(matchHeaders([])).toEqual({
      ok: false,
      message:
        'Il manque les colonnes obligatoires « Nom de la collectivité », « SIRET », « Type d’organisation », « Cas d’usage ». La première ligne du tableau doit nommer les colonnes ; celles qui ont été lues : aucune.',
    });
  });
});

describe('the rows’ cells', () => {
  const match = matchHeaders([...REQUIRED, 'Remarques']);
  if (!match.ok) throw new Error(match.message);
  const name = BATCH_COLUMNS[0]!.key;

  it('trims each cell and leaves out the cells of spaces only', () => {
    const rows = rowCells({ headers: [], rows: [{ line: 2, cells: ['  Commune de Saint-Exemple  ', '   ', '', 'cantine'] }] }, match.columns);
    expect(rows).toEqual([{ line: 2, cells: { [name]: 'Commune de Saint-Exemple', useCase: 'cantine' } }]);
  });

  it('skips a row whose cells are all spaces, and keeps one that only fills an ignored column', () => {
    const rows = rowCells(
      {
        headers: [],
        rows: [
          { line: 2, cells: ['  ', '\t', '', ' '] },
          { line: 3, cells: ['', '', '', '', 'à rappeler'] },
        ],
      },
      match.columns,
    );
    expect(rows).toEqual([{ line: 3, cells: {} }]);
  });
});
