import { describe, expect, it } from 'vitest';
import { must } from './must';

describe('must', () => {
  it('returns a value that is there, falsy ones included', () => {
    expect(must('a', 'a letter')).toBe('a');
    expect(must(0, 'a number')).toBe(0);
    expect(must('', 'a text')).toBe('');
    expect(must(null, 'a null')).toBeNull();
  });

  it('throws, naming what is missing, when the value is undefined', () => {
    expect(() => must(undefined, 'the first household')).toThrow('Missing: the first household');
  });
});
