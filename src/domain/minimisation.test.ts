import { describe, expect, it } from 'vitest';
import { METHOD_IDS, type MethodId } from './catalogue/methods';
import { USE_CASES } from './catalogue/use-cases';
import { compareWithMinimum, minimumData } from './minimisation';
import { newDossier } from './dossier/new-dossier';
import type { Dossier, MethodSection } from './dossier/model';

function dossierWith(method: Partial<MethodSection>, organisationType: Dossier['organisation']['type'] = 'commune'): Dossier {
  const d = newDossier('d', 'test');
  return { ...d, organisation: { ...d.organisation, type: organisationType }, method: { ...d.method, ...method } };
}

const minimumKeys = (method: Partial<MethodSection>) => minimumData(dossierWith(method)).map((n) => n.scope);

const EXPECTED: Record<MethodId, string[]> = {
  'qf-fiscal': ['dgfip_nbpart', 'dgfip_rfr'],
  'tranches-qf': ['dgfip_nbpart', 'dgfip_rfr'],
  'taux-effort': ['dgfip_nbpart', 'dgfip_rfr'],
  'qf-caf': ['dgfip_nbpart', 'dgfip_rfr'],
  'bareme-cnaf': ['dgfip_pac_nbPac', 'dgfip_rfr'],
  residence: ['dgfip_aft'],
  'seuil-ressources': ['dgfip_rfr'],
};

describe('the minimum data of a dossier', () => {
  it.each(USE_CASES.flatMap((u) => u.methods.map((m) => [u.id, m] as const)))('%s with %s needs one year and the method’s data', (_useCase, method) => {
    const keys = minimumKeys({ id: method, campaignStart: '2027-09-01', campaignEnd: '2027-09-30' });
    expect(keys).toEqual(['dgfip_annee_n_moins_1', ...EXPECTED[method]]);
  });

  it('covers every method', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...METHOD_IDS].sort());
  });

  it('follows the method’s parameters', () => {
    expect(minimumKeys({ id: 'tranches-qf', incomeBasis: 'rbg' })).toContain('dgfip_rbg');
    expect(minimumKeys({ id: 'tranches-qf', incomeBasis: 'rbg' })).not.toContain('dgfip_rfr');
    expect(minimumKeys({ id: 'seuil-ressources', thresholdBasis: 'qf' })).toContain('dgfip_nbpart');
    expect(minimumKeys({ id: 'tranches-qf', checksResidence: true })).toContain('dgfip_aft');
  });

  it('asks for the fallback year while the campaign dates are unknown', () => {
    expect(minimumKeys({})).toEqual(['dgfip_annee_n_moins_2_si_indispo_n_moins_1']);
  });

  it('says what each needed datum is for', () => {
    const [, income] = minimumData(dossierWith({ id: 'tranches-qf' }));
    expect(income!.purposes[0]).toMatch(/quotient familial.*Tranches de quotient familial/);
  });

  it('asks a bank for the LEP indicator only', () => {
    expect(minimumData(dossierWith({ id: 'tranches-qf' }, 'banque')).map((n) => n.scope)).toEqual(['dgfip_IndLep']);
  });
});

describe('comparing ticked data with the minimum', () => {
  const dossier = dossierWith({ id: 'tranches-qf', campaignStart: '2027-09-01', campaignEnd: '2027-09-30' });

  it('finds nothing to say about exactly the minimum', () => {
    const report = compareWithMinimum(dossier, ['dgfip_annee_n_moins_1', 'dgfip_rfr', 'dgfip_nbpart']);
    expect(report.extra).toEqual([]);
    expect(report.missing).toEqual([]);
  });

  it('lists data beyond the minimum, including a second year', () => {
    const report = compareWithMinimum(dossier, ['dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_2', 'dgfip_rfr', 'dgfip_nbpart', 'dgfip_sitfam']);
    expect(report.extra).toEqual(['dgfip_annee_n_moins_2', 'dgfip_sitfam']);
  });

  it('accepts another single year than the advised one', () => {
    expect(compareWithMinimum(dossier, ['dgfip_annee_n_moins_3', 'dgfip_rfr', 'dgfip_nbpart']).extra).toEqual([]);
  });

  it('lists needed data left unticked', () => {
    const report = compareWithMinimum(dossier, ['dgfip_annee_n_moins_1', 'dgfip_rfr']);
    expect(report.missing.map((m) => m.scope)).toEqual(['dgfip_nbpart']);
  });
});
