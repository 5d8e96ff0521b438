import { describe, expect, it } from 'vitest';
import { SCOPES, SCOPE_GROUPS, SCOPE_KEYS, scopesInGroup } from './scopes';
import datapass from '../../../test/fixtures/datapass/api-impot-particulier-scopes.json';

describe('the scope catalogue', () => {
  it('describes every current DataPass scope once, and no deprecated one', () => {
    expect(SCOPES.map((s) => s.key)).toEqual([...SCOPE_KEYS]);
    expect(SCOPE_KEYS).toHaveLength(25);
    expect(SCOPE_KEYS.some((k) => /RevDecl|RevNets|PaDeduc|EpargRetrDeduc/.test(k))).toBe(false);
  });

  it('puts each scope in a DataPass group, in the form’s order', () => {
    const grouped = SCOPE_GROUPS.flatMap((g) => scopesInGroup(g.id).map((s) => s.key));
    expect(grouped).toEqual([...SCOPE_KEYS]);
  });

  it('explains every datum in one sentence and maps it to what it unlocks', () => {
    for (const scope of SCOPES) {
      expect(scope.explanation).toMatch(/^[A-ZÀ-Ý].+\.$/);
      if (scope.kind === 'datum') expect(scope.fields.length + scope.resources.length).toBeGreaterThan(0);
      else expect(scope.resources.length).toBeGreaterThan(0);
    }
  });

  it('flags the scopes with special conditions', () => {
    expect(SCOPES.filter((s) => s.needsSpecificRequirement).map((s) => s.key)).toEqual(['dgfip_pac']);
    expect(SCOPES.filter((s) => s.banksOnly).map((s) => s.key)).toEqual(['dgfip_IndLep']);
  });

  it('names every scope and group exactly as DataPass does (etalab/data_pass dgfip.yml)', () => {
    const groupLabel = (id: string) => SCOPE_GROUPS.find((g) => g.id === id)?.label;
    expect(SCOPES.map((s) => ({ key: s.key, label: s.label, group: groupLabel(s.group) }))).toEqual(datapass.scopes);
  });
});
