import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-name';

describe('a file name from a dossier’s title', () => {
  it('is lower case, without accents, each run of other characters one dash', () => {
    expect(safeFileName('Cantine – Saint-Exemple', 'json')).toBe('cantine-saint-exemple.json');
    expect(safeFileName('Été à Noël : CCAS', 'pdf')).toBe('ete-a-noel-ccas.pdf');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'json')).toBe('a-b-c-d-e-f-g-h-i-j.json');
  });

  it('has no dash at either end', () => {
    expect(safeFileName('  « Cantine »  ', 'json')).toBe('cantine.json');
    expect(safeFileName('--- Cantine ---', 'json')).toBe('cantine.json');
  });

  it('keeps 60 characters of the title at most', () => {
    expect(safeFileName('a'.repeat(70), 'json')).toBe(`${'a'.repeat(60)}.json`);
    expect(safeFileName('a'.repeat(60), 'json')).toBe(`${'a'.repeat(60)}.json`);
  });

  it('is "dossier" when nothing of the title can be kept', () => {
    expect(safeFileName('', 'json')).toBe('dossier.json');
    expect(safeFileName('« — »', 'docx')).toBe('dossier.docx');
  });
});
