import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DOSSIER_FORMAT } from './format';
import { SECTION_KEYS } from './model';
import { emptySection, isPristine, newDossier } from './new-dossier';

/** Every answer of a value that is not blank (an empty text, an unticked box, an empty list), with its place. */
function answered(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [] : [`${path} = ${JSON.stringify(value)}`];
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => answered(v, path ? `${path}.${k}` : k));
  return value === '' || value === false ? [] : [`${path} = ${JSON.stringify(value)}`];
}

describe('a new dossier', () => {
  // Made inside each test, not once for the file: a value computed while the tests are collected
  // is made before the mutation run switches a mutant on, and would hide what the mutant changes.
  const made = () => newDossier('dossier-1', 'Cantine', new Date('2026-11-20T09:00:00Z'));

  it('answers nothing: every text empty, every box unticked, every list empty, but for the defaults each form starts from', () => {
    const dossier = made();
    expect(SECTION_KEYS.flatMap((key) => answered(dossier[key], key))).toEqual([
      'method.incomeBasis = "rfr"',
      'method.qfPeriod = "mensuel"',
      'method.effortMode = "plancher-plafond"',
      'method.thresholdBasis = "revenu"',
      'security.callsPerMinute = "50"',
    ]);
    expect(Object.keys(dossier.people.demandeur)).toEqual(['familyName', 'givenName', 'jobTitle', 'email', 'phone', 'hasProConnect']);
    expect(Object.keys(dossier.people.contactTechnique)).toContain('side');
  });

  it('is this tool’s file, at the current format, its first version, dated now, never reviewed nor filed nor made from a model', () => {
    const dossier = made();
    const { organisation: _o, useCase: _u, method: _m, data: _d, legal: _l, gdpr: _g, people: _p, security: _s, ...bookkeeping } = dossier;
    expect(bookkeeping).toEqual({
      format: DOSSIER_FORMAT,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: 'dossier-1',
      title: 'Cantine',
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
      visitedSteps: [],
      version: 1,
      review: { sent: [], received: [] },
      keptReviews: {},
      datapassRequests: {},
      vendor: null,
    });
    const before = Date.now();
    const now = Date.parse(newDossier('d', 't').createdAt);
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('gives each section its own copy, so that changing one dossier changes no other', () => {
    const dossier = made();
    const other = newDossier('dossier-2', 'Crèche');
    other.people.demandeur.email = 'x@y.fr';
    other.method.tranches.push({ upTo: '', price: '1' });
    expect(dossier.people.demandeur.email).toBe('');
    expect(dossier.method.tranches).toEqual([]);
    expect(emptySection('people').dpd).not.toBe(emptySection('people').dpd);
  });
});

describe('a section still as it started', () => {
  it('is pristine until any of its answers changes, even to another default', () => {
    for (const key of SECTION_KEYS) expect(isPristine(key, emptySection(key)), key).toBe(true);
    expect(isPristine('method', { ...emptySection('method'), qfPeriod: 'annuel' })).toBe(false);
    expect(isPristine('data', { ...emptySection('data'), initialised: true })).toBe(false);
    expect(isPristine('people', { ...emptySection('people'), dpd: { ...emptySection('people').dpd, phone: ' ' } })).toBe(false);
  });
});
