import { describe, expect, it } from 'vitest';
import { errorCodeOf } from './api-errors';

describe('the code an error body carries', () => {
  it('is read from the DGFiP’s envelope or from the gateway’s body, as text', () => {
    expect(errorCodeOf({ erreur: { code: 4001, message: 'x' } })).toBe('4001');
    expect(errorCodeOf({ erreur: { codeapp: '4102' } })).toBe('4102');
    expect(errorCodeOf({ code: '900901', message: 'Invalid Credentials' })).toBe('900901');
    expect(errorCodeOf({ erreur: 'texte', code: 4001 })).toBe('4001');
  });

  it('is nothing when there is none, or when it is neither a number nor a text', () => {
    for (const body of [null, 'Service Unavailable', 12, {}, { code: {} }, { code: true }, { erreur: { code: null } }]) expect(errorCodeOf(body)).toBeNull();
  });
});
