import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { CURRENT_SCHEMA_VERSION, DOSSIER_FORMAT } from './format';
import { IMPORT_MAX_BYTES } from './limits';
import { describeIssues, findForbiddenKey, prepareDossierValue, readDossierText, readDossierValue } from './read-dossier';
import { z } from '../zod';

const refusal = (value: unknown) => {
  const result = readDossierValue(value);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
};

describe('a key that could reach an object’s prototype', () => {
  it('is found under any name JavaScript gives the prototype, at any place of the value, lists included', () => {
    expect(findForbiddenKey(JSON.parse('{"a":{"b":[{"__proto__":1}]}}'))).toBe('__proto__');
    expect(findForbiddenKey({ a: { constructor: {} } })).toBe('constructor');
    expect(findForbiddenKey([{ x: 1 }, { prototype: 1 }])).toBe('prototype');
    expect(findForbiddenKey({ a: { b: 1 }, c: [1, 'x', null] })).toBeNull();
    expect(findForbiddenKey('__proto__')).toBeNull();
    expect(findForbiddenKey(null)).toBeNull();
  });

  it('is looked for down to 20 levels under the top, not deeper', () => {
    const nested = (levels: number): unknown => (levels === 0 ? { constructor: 1 } : { a: nested(levels - 1) });
    expect(findForbiddenKey(nested(20))).toBe('constructor');
    expect(findForbiddenKey(nested(21))).toBeNull();
  });
});

describe('a file read as a dossier', () => {
  it('may weigh up to 5 MB, counted in bytes once encoded, not in characters', () => {
    const cantine = JSON.stringify(completeCantineDossier());
    const pad = (bytes: number, char: string) => cantine.replace('"organisation":{', `"padding":"${char.repeat(bytes)}","organisation":{`);
    const room = IMPORT_MAX_BYTES - new TextEncoder().encode(pad(0, 'x')).length;
    // At the limit the file is read (an entry the tool does not know is left aside).
    expect(readDossierText(pad(room, 'x'))).toMatchObject({ ok: true, migratedFrom: null });
    expect(readDossierText(pad(room + 1, 'x'))).toEqual({
      ok: false,
      message: 'Ce fichier pèse 5 Mo, au-delà de la limite de 5 Mo : un dossier pèse quelques kilo-octets. Vérifiez que vous avez choisi le bon fichier.',
    });
    // "é" is two bytes: half as many of them reach the limit.
    expect(readDossierText(pad(Math.ceil(room / 2) + 1, 'é'))).toMatchObject({ ok: false, message: expect.stringContaining('limite de 5 Mo') as unknown });
  });

  it('must be an object of this tool’s format, its refusal saying why', () => {
    for (const value of [null, 12, 'dossier', [completeCantineDossier()]]) expect(refusal(value)).toBe("Ce fichier n'est pas un dossier de cet outil.");
    expect(refusal({ ...completeCantineDossier(), format: 'autre' })).toBe(
      "Ce fichier n'est pas un dossier de cet outil : il vient sans doute d'un autre logiciel. Choisissez le fichier .json exporté par l'outil.",
    );
    expect(refusal(JSON.parse('{"constructor":{}}'))).toBe(
      'Ce fichier contient une clé interdite (« constructor ») : il a pu être modifié à des fins malveillantes. Il est refusé.',
    );
    expect(readDossierText('{')).toEqual({
      ok: false,
      message: "Ce fichier n'est pas un dossier : son contenu n'est pas du JSON lisible. Choisissez le fichier .json exporté par l'outil.",
    });
  });

  it('from a newer tool names both versions; with a version number that is no version, says it cannot be read', () => {
    expect(refusal({ format: DOSSIER_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toBe(
      `Ce dossier a été enregistré par une version plus récente de l'outil (format ${String(CURRENT_SCHEMA_VERSION + 1)}, celle-ci lit jusqu'au format ${String(CURRENT_SCHEMA_VERSION)}). Ouvrez-le avec la dernière version de l'outil.`,
    );
    expect(refusal({ format: DOSSIER_FORMAT, schemaVersion: 0 })).toBe('Ce dossier porte un numéro de format inconnu : il ne peut pas être lu.');
  });

  it('is prepared (format checked, migrated) before its answers are read, saying which version it came from', () => {
    const { vendor: _vendor, ...v4 } = { ...completeCantineDossier(), schemaVersion: 4 };
    expect(prepareDossierValue(v4)).toMatchObject({ ok: true, from: 4, value: { schemaVersion: CURRENT_SCHEMA_VERSION, vendor: null } });
    expect(readDossierValue(completeCantineDossier())).toMatchObject({ ok: true, migratedFrom: null });
  });
});

describe('the problems of a damaged dossier, as its refusal names them', () => {
  const issues = (count: number) =>
    z.object(Object.fromEntries(Array.from({ length: count }, (_, i) => [`champ${String(i + 1)}`, z.string()]))).safeParse({}).error!;

  it('are the first three, each with its place, without the message’s final dot', () => {
    expect(describeIssues(issues(3))).toBe(
      '« champ1 » (Un texte est attendu ici) ; « champ2 » (Un texte est attendu ici) ; « champ3 » (Un texte est attendu ici)',
    );
  });

  it('keep the dots inside a message, only its final one goes', () => {
    const rule = z.string().refine(() => false, { error: 'Voir l’art. 4 de la délibération.' });
    expect(describeIssues(rule.safeParse('x').error!)).toBe('le fichier (Voir l’art. 4 de la délibération)');
  });

  it('then say how many others there are, in the singular for one', () => {
    expect(describeIssues(issues(4))).toMatch(/« champ3 » \(Un texte est attendu ici\) \(et 1 autre problème\)$/);
    expect(describeIssues(issues(5))).toMatch(/\(et 2 autres problèmes\)$/);
  });

  it('name the file itself when the problem has no place', () => {
    expect(describeIssues(z.string().safeParse(1).error!)).toBe('le fichier (Un texte est attendu ici)');
  });

  it('reach the person importing it, with the place in the file', () => {
    const broken = { ...completeCantineDossier(), organisation: { ...completeCantineDossier().organisation, siret: 12 } };
    expect(refusal(broken)).toBe('Ce dossier est abîmé ou incomplet : « organisation.siret » (Un texte est attendu ici).');
  });
});
