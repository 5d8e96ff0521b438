import { describe, expect, it } from 'vitest';
import { cantineWith } from '../../../test/fixtures/step-says';
import { coveredYears, habilitationOf, scopeOpening } from './habilitation';

describe('the habilitation the local sandbox applies', () => {
  it('opens the resources and token scopes of the data ticked, in the catalogue’s order, once each', () => {
    const h = habilitationOf(cantineWith({ data: { scopes: ['dgfip_rfr', 'dgfip_annee_n_moins_2', 'dgfip_indiIFI', 'dgfip_nbpart'] } }));
    expect(h.scopes).toEqual(['dgfip_annee_n_moins_2', 'dgfip_nbpart', 'dgfip_rfr', 'dgfip_indiIFI']);
    expect(h.resources).toEqual(['ir-assiette', 'ir-facture', 'ifi']);
    expect(h.tokenScopes).toEqual(['RessourceIR', 'RessourceIRFacture', 'RessourceIFI']);
    expect(h.fields.get('rfr')).toBe('dgfip_rfr');
  });

  it('names, for a field two ticked data open, the first of them in the catalogue', () => {
    const both = ['dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_annee_n_moins_2_si_indispo_n_moins_1'] as const;
    const h = habilitationOf(cantineWith({ data: { scopes: [...both] } }));
    expect(h.fields.get('annRevenu')).toBe('dgfip_annee_n_moins_2_si_indispo_n_moins_1');
  });

  it('allows the access mode chosen, or both while none is', () => {
    expect(habilitationOf(cantineWith({})).modes).toEqual(['spi']);
    expect(habilitationOf(cantineWith({ organisation: { accessMode: 'france-connect' } })).modes).toEqual(['france-connect']);
    expect(habilitationOf(cantineWith({ organisation: { accessMode: '' } })).modes).toEqual(['france-connect', 'spi']);
  });

  it('covers the income years of its year data, most recent first', () => {
    const years = (scopes: string[]) => coveredYears(habilitationOf(cantineWith({ data: { scopes: scopes as never } })), '2026-11-26');
    expect(years(['dgfip_annee_n_moins_3', 'dgfip_annee_n_moins_1'])).toEqual([2025, 2023]);
    expect(years(['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_n_moins_2'])).toEqual([2025, 2024]);
    expect(years(['dgfip_rfr'])).toEqual([]);
  });

  it('names the datum that would open a field of an answer', () => {
    expect(scopeOpening('rfr')).toBe('dgfip_rfr');
    expect(scopeOpening('aftDetail.codePostal')).toBe('dgfip_aft');
    expect(scopeOpening('rfrX')).toBeNull();
  });
});
