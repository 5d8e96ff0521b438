import { describe, expect, it } from 'vitest';
import { resourceById, RESOURCES } from '../api/resources';
import { choiceLabel, YES_NO_LABELS } from './choices';
import { DEPENDANT_BOX_LETTERS, isDependantBox } from './dependant-boxes';
import { isOrganisationType, ORGANISATION_TYPES, organisationKind } from './organisations';
import { isScopeKey, SCOPES, scopeByKey, scopeDisplayLabel } from './scopes';
import { SOFTWARE_OPTIONS, softwareOption } from './software';
import { isUseCaseId, USE_CASE_IDS, useCaseById } from './use-cases';

/** What no catalogue holds: other texts, other kinds of values. */
const STRANGERS = ['', 'inconnu', 'COMMUNE', ' commune', null, undefined, 3, ['commune'], { id: 'commune' }];

describe('each catalogue of the domain', () => {
  it('finds each entry by its id, and calls an unknown id a programming error', () => {
    expect(USE_CASE_IDS.map((id) => useCaseById(id).id)).toEqual([...USE_CASE_IDS]);
    expect(ORGANISATION_TYPES.map((t) => organisationKind(t).type)).toEqual([...ORGANISATION_TYPES]);
    expect(SCOPES.map((s) => scopeByKey(s.key).key)).toEqual(SCOPES.map((s) => s.key));
    expect(SOFTWARE_OPTIONS.map((o) => softwareOption(o.id).id)).toEqual(SOFTWARE_OPTIONS.map((o) => o.id));
    expect(RESOURCES.map((r) => resourceById(r.id).id)).toEqual(RESOURCES.map((r) => r.id));
    expect(() => useCaseById('x' as never)).toThrow('Unknown use case x');
    expect(() => organisationKind('x' as never)).toThrow('Unknown organisation type x');
    expect(() => scopeByKey('x' as never)).toThrow('Unknown scope x');
    expect(() => softwareOption('x' as never)).toThrow('Unknown software option x');
    expect(() => resourceById('x' as never)).toThrow('Unknown resource x');
  });

  it('tells its ids from any other value, as a file may hold', () => {
    for (const id of USE_CASE_IDS) expect(isUseCaseId(id)).toBe(true);
    for (const type of ORGANISATION_TYPES) expect(isOrganisationType(type)).toBe(true);
    for (const { key } of SCOPES) expect(isScopeKey(key)).toBe(true);
    for (const box of DEPENDANT_BOX_LETTERS) expect(isDependantBox(box)).toBe(true);
    for (const value of STRANGERS) {
      expect([isUseCaseId(value), isOrganisationType(value), isScopeKey(value), isDependantBox(value)]).toEqual([false, false, false, false]);
    }
  });

  it('names a civil-status datum by its short label (with its declarant), any other by its DataPass label', () => {
    expect(scopeDisplayLabel('dgfip_nmUsaDec1')).toBe(scopeByKey('dgfip_nmUsaDec1').shortLabel);
    expect(scopeDisplayLabel('dgfip_nmUsaDec1')).not.toBe(scopeByKey('dgfip_nmUsaDec1').label);
    expect(scopeDisplayLabel('dgfip_rfr')).toBe(scopeByKey('dgfip_rfr').label);
  });

  it('gives the label of an answered choice, nothing for an unanswered one', () => {
    expect(choiceLabel(YES_NO_LABELS, 'oui')).toBe(YES_NO_LABELS.oui);
    expect(choiceLabel<keyof typeof YES_NO_LABELS>(YES_NO_LABELS, '')).toBeNull();
  });
});
