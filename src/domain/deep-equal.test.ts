import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal';

describe('two JSON values compared', () => {
  it('are equal when they hold the same values at the same places, whatever the order of the keys', () => {
    expect(deepEqual({ a: 1, b: [1, { c: '' }] }, { b: [1, { c: '' }], a: 1 })).toBe(true);
    expect(deepEqual([], [])).toBe(true);
    expect(deepEqual('x', 'x')).toBe(true);
    expect(deepEqual(null, null)).toBe(true);
  });

  it('differ by a value, a missing or extra key, or an element', () => {
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 1 })).toBe(false);
    expect(deepEqual({ a: 1, b: 1 }, { a: 1 })).toBe(false);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual([1], [1, 1])).toBe(false);
    expect(deepEqual({ a: { b: [1] } }, { a: { b: [2] } })).toBe(false);
  });

  it('differ when one is a list and the other an object, or one is empty and the other not there', () => {
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({ 0: 'a' }, ['a'])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual({}, null)).toBe(false);
    expect(deepEqual('', null)).toBe(false);
    expect(deepEqual(0, '0')).toBe(false);
    expect(deepEqual(1, {})).toBe(false);
    expect(deepEqual({}, 1)).toBe(false);
    expect(deepEqual('', {})).toBe(false);
    expect(deepEqual({ a: null }, { a: {} })).toBe(false);
  });
});
