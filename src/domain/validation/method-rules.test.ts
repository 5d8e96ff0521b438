import { describe, expect, it } from 'vitest';
import { cantineWith, stepSays, stepSaysOf } from '../../../test/fixtures/step-says';
import type { Dossier } from '../dossier/model';

const method = (answers: Partial<Dossier['method']>, useCase: Partial<Dossier['useCase']> = {}) => cantineWith({ method: answers, useCase });
const tranches = (...bounds: [string, string][]) => method({ tranches: bounds.map(([upTo, price]) => ({ upTo, price })) });

describe('the method step', () => {
  it('writes its messages in agreement with what they name: « la limite … doit être supérieure », « le tarif … au moins égal »', () => {
    expect(stepSays('method', tranches(['0', '-1'], ['', '1']))).toBe(
      [
        'erreur · tranches.0.price : Le tarif de la tranche 1 doit être au moins égal à 0.',
        'erreur · tranches.0.upTo : La limite haute du QF de la tranche 1 doit être supérieure à 0.',
        'conseil · tranches : Le dispositif de l’État « cantine à 1 € » demande une grille d’au moins 3 tranches.',
      ].join('\n'),
    );
    expect(stepSays('method', method({ id: 'seuil-ressources', threshold: '0' }))).toBe('erreur · threshold : Le seuil d’éligibilité doit être supérieur à 0.');
  });

  it('says what is missing or wrong in a tariff grid, at each bound', async () => {
    await expect(
      stepSaysOf('method', {
        'Grille complète': tranches(['500', '1'], ['900', '2,40'], ['', '4,80']),
        'Aucune tranche': tranches(),
        'QF CAF sans tranche': method({ id: 'qf-caf', tranches: [] }),
        'Tarifs vide, illisible, négatif ; 0 € accepté': tranches(['500', ''], ['600', 'deux'], ['700', '-1'], ['', '0']),
        'Limites à 0, vide, illisible, négative ; 0,01 acceptée': tranches(['0', '1'], ['', '1'], ['abc', '1'], ['-5', '1'], ['0,01', '1'], ['', '1']),
        'Limites égale puis inférieure à la précédente': tranches(['500', '1'], ['500', '2'], ['400', '3'], ['', '4']),
        'Limite croissante après une illisible': tranches(['500', '1'], ['abc', '2'], ['600', '3'], ['', '4']),
        'Limite inférieure à la précédente lisible, après une illisible': tranches(['500', '1'], ['abc', '2'], ['400', '3'], ['', '4']),
        'Dernière tranche bornée': tranches(['500', '1'], ['900', '2']),
        'Une seule tranche, sans borne': tranches(['', '3']),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/methode-tranches.txt');
  });

  it('says what is missing or wrong in a taux d’effort, a CNAF scale, a threshold and a territory, at each bound', async () => {
    const effort = (answers: Partial<Dossier['method']>) => method({ id: 'taux-effort', ...answers });
    await expect(
      stepSaysOf('method', {
        'Taux, plancher et plafond manquants': effort({ effortMode: 'plancher-plafond', rate: '', floor: '', ceiling: '' }),
        'Taux de 0 %, plafond égal au plancher': effort({ effortMode: 'plancher-plafond', rate: '0', floor: '2', ceiling: '2' }),
        'Taux de 100 %, plafond sous le plancher': effort({ effortMode: 'plancher-plafond', rate: '100', floor: '2', ceiling: '1,99' }),
        'Taux de 100,5 %, plafond au-dessus du plancher': effort({ effortMode: 'plancher-plafond', rate: '100,5', floor: '2', ceiling: '2,01' }),
        'Taux de 0,01 %': effort({ effortMode: 'plancher-plafond', rate: '0,01', floor: '0', ceiling: '1' }),
        'Plancher manquant, plafond à 0': effort({ effortMode: 'plancher-plafond', rate: '5', floor: '', ceiling: '0' }),
        'Plafond manquant': effort({ effortMode: 'plancher-plafond', rate: '5', floor: '2', ceiling: '' }),
        'Deux points manquants': effort({ effortMode: 'lineaire', qfMin: '', priceMin: '', qfMax: '', priceMax: '' }),
        'Deux points au même QF': effort({ effortMode: 'lineaire', qfMin: '300', priceMin: '1', qfMax: '300', priceMax: '5' }),
        'Second point avant le premier': effort({ effortMode: 'lineaire', qfMin: '300', priceMin: '1', qfMax: '299', priceMax: '5' }),
        'Second point après le premier': effort({ effortMode: 'lineaire', qfMin: '300', priceMin: '1', qfMax: '301', priceMax: '5' }),
        'QF du premier point manquant, second à 0': effort({ effortMode: 'lineaire', qfMin: '', priceMin: '1', qfMax: '0', priceMax: '5' }),
        'QF du second point manquant': effort({ effortMode: 'lineaire', qfMin: '300', priceMin: '1', qfMax: '', priceMax: '5' }),
        'Barème CNAF sans plancher ni plafond': method({ id: 'bareme-cnaf', resourcesFloor: '', resourcesCeiling: '' }),
        'Barème CNAF, plafond égal au plancher': method({ id: 'bareme-cnaf', resourcesFloor: '800', resourcesCeiling: '800' }),
        'Barème CNAF, plafond au-dessus du plancher': method({ id: 'bareme-cnaf', resourcesFloor: '800', resourcesCeiling: '800,01' }),
        'Barème CNAF, plancher manquant, plafond à 0': method({ id: 'bareme-cnaf', resourcesFloor: '', resourcesCeiling: '0' }),
        'Barème CNAF, plafond manquant': method({ id: 'bareme-cnaf', resourcesFloor: '800', resourcesCeiling: '' }),
        'Seuil manquant': method({ id: 'seuil-ressources', threshold: ' ' }),
        'Seuil de 0': method({ id: 'seuil-ressources', threshold: '0' }),
        'Seuil de 0,01': method({ id: 'seuil-ressources', threshold: '0,01' }),
        'Résidence sans territoire': method({ id: 'residence', territory: ' ', checksResidence: true }),
        'Résidence avec territoire': method({ id: 'residence', territory: 'Secteur A' }),
        'QF fiscal': method({ id: 'qf-fiscal' }),
        'Tranches avec résidence vérifiée, sans territoire': method({ checksResidence: true, territory: '' }),
        'Aucune méthode': method({ id: '' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/methode-parametres.txt');
  });

  it('says what is missing or wrong in the campaign, and advises on grids and long campaigns', async () => {
    await expect(
      stepSaysOf('method', {
        'Campagne sans dates': method({ campaignStart: '', campaignEnd: '' }),
        'Campagne finissant avant son début': method({ campaignStart: '2027-05-15', campaignEnd: '2027-05-14' }),
        'Campagne d’un jour': method({ campaignStart: '2027-05-15', campaignEnd: '2027-05-15' }),
        'Années 1949 et 2101': method({ campaignStart: '1949-12-31', campaignEnd: '2101-01-01' }),
        'Années 1950 et 2100': method({ campaignStart: '1950-01-01', campaignEnd: '2100-12-31' }),
        'Cantine, deux tranches': tranches(['500', '1'], ['', '2']),
        'Cantine, une tranche': tranches(['', '2']),
        'Périscolaire, deux tranches': method(
          {
            tranches: [
              { upTo: '500', price: '1' },
              { upTo: '', price: '2' },
            ],
          },
          { id: 'periscolaire' },
        ),
        'Cantine, QF CAF en deux tranches': method({
          id: 'qf-caf',
          tranches: [
            { upTo: '500', price: '1' },
            { upTo: '', price: '2' },
          ],
        }),
        'Campagne de 18 mois exactement': method({ campaignStart: '2027-01-15', campaignEnd: '2028-07-15' }),
        'Campagne de 18 mois et un jour': method({ campaignStart: '2027-01-15', campaignEnd: '2028-07-16' }),
        'Début seul': method({ campaignStart: '2027-05-15', campaignEnd: '' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/methode-campagne.txt');
  });

  it('compares the campaign’s dates, and measures its length, only when both are real dates', () => {
    const says = (campaignStart: string, campaignEnd: string) => stepSays('method', method({ campaignStart, campaignEnd }));
    expect(says('2027-02-30', '2027-01-01')).not.toContain('La fin de la campagne doit être après son début.');
    expect(says('2027-01-15', '2027-02-30')).not.toContain('La fin de la campagne doit être après son début.');
    expect(says('2026-01-15', '2028-02-30')).not.toContain('Cette campagne dure plus de 18 mois');
  });
});
