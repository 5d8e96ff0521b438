import { describe, expect, it } from 'vitest';
import { dependantCount, displayName, householdMembers } from './household-model';
import { HOUSEHOLDS } from './households';

const household = (id: string) => HOUSEHOLDS.find((h) => h.id === id)!;

describe('the fictional households', () => {
  it('list each person who declared in them, once, the first declarant first', () => {
    expect(householdMembers(household('martin')).map(displayName)).toEqual(['Julien Martin', 'Camille Martin']);
    expect(householdMembers(household('moreau')).map((d) => d.spi)).toHaveLength(new Set(householdMembers(household('moreau')).map((d) => d.spi)).size);
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
