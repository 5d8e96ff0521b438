import { describe, expect, it } from 'vitest';
import { isMethodId, METHOD_IDS, methodById, usesQuotient, type MethodDataParams } from './methods';

const rfr: MethodDataParams = { incomeBasis: 'rfr', thresholdBasis: 'revenu', checksResidence: false };
const needsOf = (id: (typeof METHOD_IDS)[number], params: Partial<MethodDataParams> = {}) =>
  methodById(id)
    .needs({ ...rfr, ...params })
    .map((n) => `${n.scope} : ${n.purpose}`);

describe('the data each calculation method needs, and why', () => {
  it('for a quotient familial: the income and the parts, each with what it serves in that method', () => {
    expect(needsOf('qf-fiscal')).toEqual([
      'dgfip_rfr : calculer le quotient familial (revenu ÷ nombre de parts) servant au calcul du tarif',
      'dgfip_nbpart : diviser le revenu par le nombre de parts pour obtenir le quotient familial servant au calcul du tarif',
    ]);
    expect(needsOf('tranches-qf', { incomeBasis: 'rbg' })).toEqual([
      'dgfip_rbg : calculer le quotient familial (revenu ÷ nombre de parts) et situer le foyer dans la grille de tranches',
      'dgfip_nbpart : diviser le revenu par le nombre de parts pour obtenir le quotient familial et situer le foyer dans la grille de tranches',
    ]);
    expect(needsOf('taux-effort')).toEqual([
      'dgfip_rfr : calculer le quotient familial (revenu ÷ nombre de parts) auquel s’applique le taux d’effort',
      'dgfip_nbpart : diviser le revenu par le nombre de parts pour obtenir le quotient familial auquel s’applique le taux d’effort',
    ]);
    expect(needsOf('qf-caf')).toEqual([
      'dgfip_rfr : calculer le quotient familial (revenu ÷ nombre de parts) de repli, pour les familles sans droits CAF',
      'dgfip_nbpart : diviser le revenu par le nombre de parts pour obtenir le quotient familial de repli, pour les familles sans droits CAF',
    ]);
  });

  it('for the CNAF scale, the residence and a threshold: what each compares', () => {
    expect(needsOf('bareme-cnaf')).toEqual([
      'dgfip_rfr : calculer les ressources mensuelles du foyer auxquelles s’applique le taux d’effort',
      'dgfip_pac_nbPac : choisir le taux d’effort du barème selon le nombre d’enfants à charge',
    ]);
    expect(needsOf('residence')).toEqual(['dgfip_aft : vérifier que le foyer réside sur le territoire concerné']);
    expect(needsOf('seuil-ressources')).toEqual(['dgfip_rfr : comparer le revenu du foyer au seuil d’éligibilité']);
    expect(needsOf('seuil-ressources', { thresholdBasis: 'qf' })).toEqual([
      'dgfip_rfr : calculer le quotient familial (revenu ÷ nombre de parts) comparé au seuil d’éligibilité',
      'dgfip_nbpart : diviser le revenu par le nombre de parts pour obtenir le quotient familial comparé au seuil d’éligibilité',
    ]);
  });
});

describe('the methods that compute a quotient familial', () => {
  it('are the QF methods, and a threshold set on the QF', () => {
    expect(METHOD_IDS.filter((id) => usesQuotient(id, 'revenu'))).toEqual(['qf-fiscal', 'tranches-qf', 'taux-effort', 'qf-caf']);
    expect(METHOD_IDS.filter((id) => usesQuotient(id, 'qf'))).toEqual(['qf-fiscal', 'tranches-qf', 'taux-effort', 'seuil-ressources', 'qf-caf']);
  });
});

describe('a method id', () => {
  it('is one of the catalogue’s, as a text', () => {
    for (const id of METHOD_IDS) expect(isMethodId(id), id).toBe(true);
    for (const value of ['', 'tranches', 'TRANCHES-QF', null, 3, ['residence']]) expect(isMethodId(value)).toBe(false);
  });

  it('names a method of the catalogue, and an unknown one is a programming error', () => {
    expect(METHOD_IDS.map((id) => methodById(id).id)).toEqual([...METHOD_IDS]);
    expect(() => methodById('inconnue' as never)).toThrow('Unknown method inconnue');
  });
});
