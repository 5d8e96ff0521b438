import { describe, expect, it } from 'vitest';
import { frenchEuros, frenchNumber } from './typography';

describe('an amount in euros in a document', () => {
  it('has a cent part of two digits, as French writes prices', () => {
    expect(frenchEuros('1.5')).toBe('1,50');
    expect(frenchEuros('2,4')).toBe('2,40');
    expect(frenchEuros('4,80')).toBe('4,80');
    expect(frenchEuros('5')).toBe('5');
    expect(frenchEuros('1200,5')).toBe('1\u202f200,50');
  });

  it('leaves a rate or a quotient as typed', () => {
    expect(frenchNumber('0,5')).toBe('0,5');
    expect(frenchEuros('pas un nombre')).toBe('pas un nombre');
  });
});
