import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FUTURE_FILING_MESSAGE, REQUEST_NUMBER_MESSAGE, isFiled, normaliseRequestNumber, stateLabel, trackingProblems } from './request-tracking';

describe('what the user records of a DataPass request', () => {
  it('reads a DataPass number however it is typed, and refuses what is not one', () => {
    expect(normaliseRequestNumber('12345')).toBe('D12345');
    expect(normaliseRequestNumber(' d 12345 ')).toBe('D12345');
    expect(normaliseRequestNumber('D12345')).toBe('D12345');
    for (const bad of ['H12345', '12 345', 'D', 'D12345X', '']) expect(normaliseRequestNumber(bad)).toBeNull();
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => normaliseRequestNumber(`D${n}`) === `D${n}`));
  });

  it('flags a wrong number and a date after today, beside their fields, in French', () => {
    expect(trackingProblems({ number: 'H12', filedOn: '2026-11-27', state: 'en-instruction' }, '2026-11-26')).toEqual({
      number: REQUEST_NUMBER_MESSAGE,
      filedOn: FUTURE_FILING_MESSAGE,
    });
    expect(trackingProblems({ number: '', filedOn: '2026-11-26', state: '' }, '2026-11-26')).toEqual({});
  });

  it('counts a request as filed from "En cours d\'instruction" on, never as a draft', () => {
    expect(isFiled({ number: '', filedOn: '', state: 'brouillon' })).toBe(false);
    expect(isFiled({ number: '', filedOn: '', state: '' })).toBe(false);
    for (const state of ['en-instruction', 'a-modifier', 'validee', 'refusee'] as const) expect(isFiled({ number: '', filedOn: '', state })).toBe(true);
  });
});

describe('a request with nothing recorded yet', () => {
  it('has no state, is not filed, and a blank number or date is no problem', () => {
    expect(stateLabel(undefined)).toBeNull();
    expect(stateLabel({ number: '', filedOn: '', state: '' })).toBeNull();
    expect(stateLabel({ number: '', filedOn: '', state: 'a-modifier' })).toBe('A modifier');
    expect(isFiled(undefined)).toBe(false);
    expect(trackingProblems({ number: '   ', filedOn: '', state: '' }, '2026-11-26')).toEqual({});
    expect(trackingProblems({ number: ' D12 ', filedOn: '2026-11-26', state: '' }, '2026-11-26')).toEqual({});
    expect(trackingProblems({ number: 'D12', filedOn: '2026-11-27', state: '' }, '2026-11-26')).toEqual({ filedOn: FUTURE_FILING_MESSAGE });
  });
});
