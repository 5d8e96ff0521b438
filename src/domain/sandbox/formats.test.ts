import { describe, expect, it } from 'vitest';
import { randomToken, uuidV4, UUID_PATTERN } from './formats';

describe('the local sandbox’s random values', () => {
  it('are hexadecimal, two characters a byte, and UUIDs of version 4', () => {
    expect(randomToken(500)).toMatch(/^[0-9a-f]{1000}$/);
    expect(randomToken()).toMatch(/^[0-9a-f]{48}$/);
    for (let i = 0; i < 50; i++) expect(uuidV4()).toMatch(UUID_PATTERN);
    expect(uuidV4()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
