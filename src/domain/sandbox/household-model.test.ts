import { describe, expect, it } from 'vitest';
import { dependantCount, displayName, householdMembers } from './household-model';
import { HOUSEHOLDS } from './households';

const household = (id: string) => HOUSEHOLDS.find((h) => h.id === id)!;

describe('the fictional households', () => {
  it('list each person who declared in them, once, the first declarant first', () => {
    expect(householdMembers(household('martin')).map(displayName)).toEqual(['Julien Martin', 'Camille Martin']);
    expect(householdMembers(household('moreau')).map((d) => d.spi)).toHaveLength(new Set(householdMembers(household('moreau')).map((d) => d.spi)).size);
  });

  it('keep a person as first recorded, in the earliest year, when a later year spells the name differently', () => {
    const martin = household('martin');
    const julien = martin.years[2022]!.notices[0]!.declarants[0]!;
    const renamed = { ...julien, nmUsa: 'MARTIN-DUPONT' };
    const years = { ...martin.years, 2025: { ...martin.years[2025]!, notices: [{ ...martin.years[2025]!.notices[0]!, declarants: [renamed] }] } };
    expect(householdMembers({ ...martin, years }).map(displayName)).toEqual(['Julien Martin', 'Camille Martin']);
  });

  it('name a person by the first first name and the usage name, in title case, compound names included', () => {
    const declarant = { ...householdMembers(household('martin'))[0]!, prnm: 'JEAN-MARIE PAUL', nmUsa: 'LE GOFF-ÉLIE' };
    expect(displayName(declarant)).toBe('Jean-Marie Le Goff-Élie');
  });

  it('count dependants as people, without the boxes that are « dont » of another', () => {
    expect(dependantCount({ F: 2, G: 1, H: 1, I: 1, R: 1, J: 1, N: 1, P: 1 })).toBe(7);
    expect(dependantCount({ P: 2 })).toBe(2);
    expect(dependantCount({})).toBe(0);
  });
});
