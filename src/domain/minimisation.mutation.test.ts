import { describe, expect, it } from 'vitest';
import { compareWithMinimum, minimumData } from './minimisation';
import { newDossier } from './dossier/new-dossier';
import type { Dossier, MethodSection } from './dossier/model';

// What the mutation run (npm run mutation) found the tests of minimisation.test.ts did not pin down.

function dossierWith(method: Partial<MethodSection>, organisationType: Dossier['organisation']['type'] = 'commune'): Dossier {
  const d = newDossier('d', 'test', new Date('2026-12-02T10:00:00+01:00'));
  return { ...d, organisation: { ...d.organisation, type: organisationType }, method: { ...d.method, ...method } };
}
const purposesOf = (dossier: Dossier, scope: string) => minimumData(dossier).find((n) => n.scope === scope)?.purposes;

describe('why each datum is needed', () => {
  it('says it for the year, from the campaign’s dates or without them', () => {
    const campaign = dossierWith({ campaignStart: '2025-08-25', campaignEnd: '2025-09-30' });
    expect(purposesOf(campaign, 'dgfip_annee_n_moins_1')).toEqual(['disposer des revenus disponibles pendant la campagne']);
    const undated = dossierWith({ campaignStart: '', campaignEnd: '' });
    expect(purposesOf(undated, 'dgfip_annee_n_moins_2_si_indispo_n_moins_1')).toEqual([
      'disposer de la dernière année de revenus disponible au jour du calcul',
    ]);
  });

  it('says it for a bank’s LEP', () => {
    expect(minimumData(dossierWith({}, 'banque'))).toEqual([{ scope: 'dgfip_IndLep', purposes: ["vérifier l'éligibilité au Livret d'Épargne Populaire"] }]);
  });

  it('gives the address once, with the residence method’s own purpose, when that method also checks residence', () => {
    expect(purposesOf(dossierWith({ id: 'residence', checksResidence: true }), 'dgfip_aft')).toEqual([
      'vérifier que le foyer réside sur le territoire concerné (méthode « Éligibilité selon le lieu de résidence »)',
    ]);
  });
});

describe('the year kept among those ticked', () => {
  it('is the advised one even when another year is ticked before it', () => {
    const dossier = dossierWith({ id: 'qf-fiscal', campaignStart: '2025-08-25', campaignEnd: '2025-09-30' });
    const report = compareWithMinimum(dossier, ['dgfip_annee_n_moins_2', 'dgfip_annee_n_moins_1', 'dgfip_rfr', 'dgfip_nbpart']);
    expect(report.extra).toEqual(['dgfip_annee_n_moins_2']);
  });
});
