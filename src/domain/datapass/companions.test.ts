import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { companionRequests } from './companions';

describe('the companion DataPass requests', () => {
  const d = completeCantineDossier();
  it('adds the API Particulier request for the QF CAF, with cnaf_quotient_familial only', () => {
    const [qf] = companionRequests({ ...d, method: { ...d.method, id: 'qf-caf' } });
    expect(qf!.uid).toBe('api-particulier-tarification-municipale-enfance');
    expect(new URL(qf!.url).searchParams.getAll('scopes[]')).toEqual(['cnaf_quotient_familial']);
  });

  it('adds the EAJE request for crèches, and the FranceConnect habilitation first when it is missing', () => {
    const uids = companionRequests({
      ...d,
      useCase: { ...d.useCase, id: 'creche' },
      organisation: { ...d.organisation, accessMode: 'france-connect', hasFranceConnectHabilitation: 'non' },
    }).map((r) => r.uid);
    expect(uids).toEqual(['france-connect', 'api-particulier-tarification-eaje']);
  });

  it('adds nothing to a cantine dossier on the numéro fiscal with fiscal data only', () => {
    expect(companionRequests({ ...d, method: { ...d.method, id: 'tranches-qf' }, organisation: { ...d.organisation, accessMode: 'spi' } })).toEqual([]);
  });

  it('never carries a contact', () => {
    for (const r of companionRequests({ ...d, useCase: { ...d.useCase, id: 'creche' }, method: { ...d.method, id: 'qf-caf' } })) {
      expect([...new URL(r.url).searchParams.keys()].some((k) => /contact|email|phone|family_name|given_name/.test(k))).toBe(false);
    }
  });
});
