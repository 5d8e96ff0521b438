import { describe, expect, it } from 'vitest';
import { BATCH_COLUMNS } from './columns';
import { batchColumnsMarkdown } from './columns-doc';

describe('the columns’ table for the README', () => {
  it('opens with the French headers and a separator, then gives one line per column', () => {
    const lines = batchColumnsMarkdown().split('\n');
    expect(lines.slice(0, 2)).toEqual(['| Colonne | Obligatoire | Ce qu’elle contient |', '|---|---|---|']);
    expect(lines).toHaveLength(BATCH_COLUMNS.length + 2);
  });

  it('says “oui” for a required column and “non” for an optional one, with what to write in it', () => {
    const lines = batchColumnsMarkdown().split('\n');
    expect(lines[2]).toBe(
      '| Nom de la collectivité | oui | Le nom officiel de l’organisation, tel qu’il figurera dans la délibération (« Commune de Saint-Exemple »). |',
    );
    expect(lines).toContain(
      '| Taux d’effort | non | Facultatif, pour la méthode du taux d’effort : le taux appliqué au quotient familial, avec une virgule (0,35). |',
    );
  });
});
