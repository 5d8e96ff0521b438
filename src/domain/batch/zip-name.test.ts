import { describe, expect, it } from 'vitest';
import { batchZipName } from './zip-name';

describe('the name of a batch’s zip', () => {
  it('is the table’s name without accents nor spaces, after « lot »', () => {
    expect(batchZipName('Collectivités 2027.xlsx', new Date('2026-12-02T10:00:00+01:00'))).toBe('lot-collectivites-2027-2026-12-02.zip');
  });

  it('does not say « lot » twice when the table is already called so', () => {
    expect(batchZipName('lot-avec-erreurs.csv', new Date('2026-12-02T10:00:00+01:00'))).toBe('lot-avec-erreurs-2026-12-02.zip');
    expect(batchZipName('Lot.csv', new Date('2026-12-02T10:00:00+01:00'))).toBe('lot-2026-12-02.zip');
    expect(batchZipName('lotissements.csv', new Date('2026-12-02T10:00:00+01:00'))).toBe('lot-lotissements-2026-12-02.zip');
  });

  it('carries the vendor’s calendar day, not UTC’s, just after midnight in Paris', () => {
    expect(batchZipName('clients.csv', new Date('2026-12-02T00:20:00+01:00'))).toBe('lot-clients-2026-12-02.zip');
  });
});
