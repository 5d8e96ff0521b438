import { describe, expect, it } from 'vitest';
import { siretProblem } from './siret';

// What the mutation run (npm run mutation) found the tests of validators.test.ts did not pin down.

describe('a SIRET', () => {
  it('has exactly 14 digits, nothing before or after them', () => {
    expect(siretProblem('217500016000190')).toBe('not-14-digits');
    expect(siretProblem('921750001600019')).toBe('not-14-digits');
    expect(siretProblem('A21750001600019')).toBe('not-14-digits');
    expect(siretProblem('21750001600019A')).toBe('not-14-digits');
  });
});
