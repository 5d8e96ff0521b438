import { describe, expect, it } from 'vitest';
import { columnByKey, headerKey } from './columns';

describe('the columns', () => {
  it('finds a column by its key, and stops on a key no column has', () => {
    expect(columnByKey('dpd.phone').header).toBe('Téléphone du DPD');
    expect(() => columnByKey('dpd.fax')).toThrow('Unknown batch column dpd.fax');
  });

  it('compares headers without case, accents, apostrophes nor punctuation', () => {
    expect(headerKey('  Type d’organisation (obligatoire) ')).toBe('typedorganisationobligatoire');
    expect(headerKey('E-MAIL du  DPD')).toBe(headerKey('email du dpd'));
  });
});
