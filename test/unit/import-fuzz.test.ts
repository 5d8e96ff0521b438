// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { completeCantineDossier } from '../fixtures/dossiers';
import { readDossierText } from '../../src/domain/dossier/read-dossier';
import { dossierSchema } from '../../src/domain/dossier/model';
import { KEY_PREFIX, listDossiers } from '../../src/features/storage/local-store';
import { loadDossier } from '../../src/features/storage/dossier-repository';

/**
 * Fuzzing of what enters the app from outside: imported files and whatever the browser's
 * storage holds. More than 10,000 generated cases in all; none may throw, pollute prototypes,
 * or be refused without a French sentence saying why.
 */
const pristine = () => Object.keys(Object.prototype).length === 0 && ({} as Record<string, unknown>).polluted === undefined;

function checkRead(text: string): void {
  const result = readDossierText(text);
  if (result.ok) expect(dossierSchema.safeParse(result.dossier).success).toBe(true);
  else expect(result.message).toMatch(/^Ce (fichier|dossier) .+\.$/);
  expect(pristine()).toBe(true);
}

const valid = completeCantineDossier();
const dangerousKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'toString');

/** A valid dossier with one part replaced, removed or given an extra key. */
const mutatedDossier = fc
  .tuple(fc.constantFrom(...Object.keys(valid)), fc.oneof(fc.constant(undefined), fc.jsonValue()), dangerousKeys, fc.boolean())
  .map(([key, value, extraKey, addExtra]) => {
    const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
    if (addExtra) {
      // Written as JSON text so that "__proto__" becomes a real key, as in a hostile file, at
      // the top or inside the chosen section.
      const text = JSON.stringify(copy);
      const section = `"${key}":{`;
      return text.includes(section)
        ? text.replace(section, `${section}"${extraKey}":{"polluted":true},`)
        : text.replace(/^\{/, `{"${extraKey}":{"polluted":true},`);
    }
    if (value === undefined) Reflect.deleteProperty(copy, key);
    else copy[key] = value;
    return JSON.stringify(copy);
  });

describe('dossier import fuzzing', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), checkRead), { numRuns: 2_000 });
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkRead(JSON.stringify(value))),
      { numRuns: 3_000 },
    );
  });

  it('never throws on arbitrary objects that claim to be dossiers', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue(), { maxKeys: 8 }), fc.integer({ min: -2, max: 5 }), (extra, version) =>
        checkRead(JSON.stringify({ ...extra, format: 'dossier-habilitation-api-impot-particulier', schemaVersion: version })),
      ),
      { numRuns: 2_000 },
    );
  });

  it('never throws, nor lets a prototype key through, on mutated dossiers', () => {
    fc.assert(fc.property(mutatedDossier, checkRead), { numRuns: 3_000 });
  });
});

describe('stored data fuzzing', () => {
  it('lists and opens whatever the storage holds without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 100 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          mutatedDossier,
        ),
        (raw) => {
          localStorage.setItem(`${KEY_PREFIX}fuzz`, raw);
          expect(listDossiers().find((e) => e.id === 'fuzz')).toBeDefined();
          const loaded = loadDossier('fuzz');
          if (!loaded.ok) expect(loaded.message.length).toBeGreaterThan(20);
          expect(pristine()).toBe(true);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
