import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossier/model';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { exampleDossiers } from '../../../test/fixtures/examples';
import { HOSTILE_STRINGS } from '../../../test/documents/hostile';
import { BLOCK_FIELDS, type DataPassField } from './blocks';
import { dossierForm } from './dossier-form';
import { DATAPASS_FORMS, formOf } from './forms';
import { DATAPASS_ORIGIN, dossierValues, linkFor, MAX_LINK_LENGTH, MAX_PREFILL_BYTES, prefillBytes, prefillLink, prefillableFields } from './prefill-link';

const examples = exampleDossiers();

const CONTACT_ATTRIBUTES = new Set(BLOCK_FIELDS.contacts.map((f) => f.attribute));

/** The query parsed back as DataPass (Rails) reads it: `a[]` repeated is an array. */
function parse(url: string): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [k, v] of new URL(url).searchParams) {
    if (k.endsWith('[]')) out.set(k.slice(0, -2), [...((out.get(k.slice(0, -2)) as string[] | undefined) ?? []), v]);
    else out.set(k, v);
  }
  return out;
}

/** The link of the dossier's form; for a production request, of the sandbox form it comes from. */
function linkOf(d: Dossier) {
  let form = dossierForm(d)!;
  if (!form.startableByApplicant) {
    expect(prefillLink(d, form)).toBeNull();
    form = DATAPASS_FORMS.find((f) => f.uid === form.previousFormUid)!;
  }
  return { form, link: prefillLink(d, form)! };
}

describe('the DataPass prefill link', () => {
  it.each(examples)('%s: only attributes of its form, none a contact, each with the dossier’s value, under the length budget', (_, d) => {
    const { form, link } = linkOf(d);
    expect(link.url.startsWith(`https://datapass.api.gouv.fr/formulaires/${form.uid}/demande/nouveau?`)).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const allowed = new Set(prefillableFields(form).map((f) => f.attribute));
    const params = parse(link.url);
    for (const key of params.keys()) {
      expect(allowed).toContain(key);
      expect(CONTACT_ATTRIBUTES.has(key)).toBe(false);
    }
    expect(params.get('intitule')).toBe(d.useCase.projectName.trim());
    expect(params.get('description')).toBe(d.useCase.description.trim());
    expect(params.get('scopes')).toEqual(d.data.scopes);
    expect(params.get('modalities')).toEqual([d.organisation.accessMode === 'spi' ? 'with_spi' : 'with_france_connect']);
    expect(params.get('destinataire_donnees_caractere_personnel')).toBe(d.gdpr.recipients.trim());
    expect(params.get('duree_conservation_donnees_caractere_personnel')).toBe(d.gdpr.retentionMonths.trim());
    expect(link.tooLong).toEqual([]);
  });

  it('carries hostile text unchanged, with no raw character that could end or split the query', () => {
    const d = completeCantineDossier();
    for (const hostile of HOSTILE_STRINGS) {
      const { link } = linkOf({ ...d, useCase: { ...d.useCase, description: `${hostile.slice(0, 300)} & intitule=pirate#x 'quoted' 100 %` } });
      expect(link.url).not.toMatch(/[\s#'"<>]/);
      const description = parse(link.url).get('description') as string;
      expect(description).toContain("& intitule=pirate#x 'quoted' 100 %");
      expect(parse(link.url).get('intitule')).toBe(d.useCase.projectName);
    }
  });

  it('leaves out the longest text when the link would be too long, and says which', () => {
    const d = completeCantineDossier();
    const long = 'é'.repeat(2500);
    const { link } = linkOf({ ...d, useCase: { ...d.useCase, description: long } });
    expect(link.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(link.tooLong.map((f) => f.attribute)).toEqual(['description']);
    expect(parse(link.url).has('description')).toBe(false);
    expect(parse(link.url).get('intitule')).toBe(d.useCase.projectName);
  });

  it('keeps what DataPass stores of a link (in its 4 KB session cookie) under budget, leaving out the longest texts', () => {
    const d = completeCantineDossier();
    const { link } = linkOf({ ...d, useCase: { ...d.useCase, description: 'a'.repeat(1500) }, gdpr: { ...d.gdpr, recipients: 'b'.repeat(400) } });
    expect(link.url.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(link.tooLong.map((f) => f.attribute)).toEqual(['description']);
    expect(parse(link.url).get('destinataire_donnees_caractere_personnel')).toBe('b'.repeat(400));
  });

  it('is never offered for a production form, which opens from the validated sandbox request', () => {
    const d = completeCantineDossier();
    for (const form of DATAPASS_FORMS.filter((f) => f.stage === 'production')) expect(prefillLink(d, form)).toBeNull();
  });

  it('fills a sandbox form with its own attributes only: no homologation or volumetry', () => {
    const d = completeCantineDossier();
    const link = prefillLink(d, formOf('cantine-scolaire', 'bac-a-sable'))!;
    const keys = [...parse(link.url).keys()];
    expect(keys).toContain('scopes');
    expect(keys.some((k) => k.startsWith('safety_certification') || k.startsWith('volumetrie_appels'))).toBe(false);
  });

  it('ticks the expression de besoin box as DataPass reads a checkbox: =1', () => {
    const d = completeCantineDossier();
    const { link } = linkOf({ ...d, data: { ...d.data, hasSpecificRequirements: true } });
    expect(link.url).toContain('&specific_requirements=1');
  });
});

describe('the link’s budget and encoding, value by value', () => {
  const fields = (...attributes: string[]) =>
    attributes.map((a) => BLOCK_FIELDS.basic_infos.concat(BLOCK_FIELDS.personal_data, BLOCK_FIELDS.scopes).find((f) => f.attribute === a)!);
  const uid = 'formulaire';
  /** The length of text that fills the budget exactly, in one field. */
  const room = MAX_PREFILL_BYTES - prefillBytes(uid, [[fields('intitule')[0]!, '']]);

  it('keeps a text that fills the budget to the byte, and leaves out one byte more', () => {
    expect(linkFor(uid, fields('intitule'), { intitule: 'a'.repeat(room) }).tooLong).toEqual([]);
    expect(linkFor(uid, fields('intitule'), { intitule: 'a'.repeat(room + 1) }).tooLong.map((f) => f.attribute)).toEqual(['intitule']);
  });

  it('leaves out the longest text first, the first of two as long, and never a list', () => {
    const long = 'l'.repeat(room - 100);
    expect(linkFor(uid, fields('intitule', 'description'), { intitule: long, description: 'd'.repeat(200) }).tooLong.map((f) => f.attribute)).toEqual([
      'intitule',
    ]);
    expect(linkFor(uid, fields('intitule', 'description'), { intitule: 'c'.repeat(200), description: long }).tooLong.map((f) => f.attribute)).toEqual([
      'description',
    ]);
    // Two fields of names as long, with texts as long: the first goes.
    const named = (attribute: string) => ({ ...fields('intitule')[0]!, attribute });
    const half = 'h'.repeat(Math.ceil(room / 2) + 10);
    expect(linkFor(uid, [named('premier'), named('seconde')], { premier: half, seconde: half }).tooLong.map((f) => f.attribute)).toEqual(['premier']);
    const scopes = Array.from({ length: 300 }, (_, i) => `donnee_${String(i)}`);
    const onlyList = linkFor(uid, fields('scopes'), { scopes });
    expect(onlyList.tooLong).toEqual([]);
    expect(onlyList.carried.map((f) => f.attribute)).toEqual(['scopes']);
  });

  it('percent-encodes the characters a typography pass could change, in capitals, and a broken character as the replacement one', () => {
    const { url } = linkFor(uid, fields('intitule', 'description'), { intitule: "l'été (1)!*", description: 'x\uD800' });
    expect(url).toBe(`${DATAPASS_ORIGIN}/formulaires/formulaire/demande/nouveau?intitule=l%27%C3%A9t%C3%A9%20%281%29%21%2A&description=x%EF%BF%BD`);
    expect(linkFor(uid, fields('intitule'), {}).url).toBe(`${DATAPASS_ORIGIN}/formulaires/formulaire/demande/nouveau`);
  });

  it('carries the dossier’s answers trimmed, no datum when none is ticked, and only the fields a link may fill', () => {
    const values = dossierValues({
      ...completeCantineDossier(),
      useCase: { ...completeCantineDossier().useCase, projectName: '  Cantine  ' },
      data: { ...completeCantineDossier().data, scopes: [] },
    });
    expect(values.intitule).toBe('Cantine');
    expect(values.scopes).toBeNull();
    expect(prefillableFields(formOf('cantine-scolaire', 'editeur')).every((f) => f.prefillable)).toBe(true);
    expect(prefillableFields(formOf('cantine-scolaire', 'editeur')).map((f) => f.attribute)).not.toContain('maquette_projet');
  });
});

describe('a prefill link over its budget', () => {
  const text = (attribute: string): DataPassField => ({ attribute, label: attribute, kind: 'text', prefillable: true });
  const list = (attribute: string): DataPassField => ({ attribute, label: attribute, kind: 'scopes', prefillable: true, array: true });
  // A list whose long attribute repeats in the link for each value, but is stored once: long link, few bytes.
  const longName = list('a'.repeat(70));
  const manyValues = Array.from({ length: 100 }, () => 'x');

  it('leaves a text out when the link is too long, even if its values are few bytes', () => {
    const link = linkFor('f', [longName, text('description')], { [longName.attribute]: manyValues, description: "'".repeat(400) });
    expect(link.tooLong.map((f) => f.attribute)).toEqual(['description']);
    expect(link.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  });

  it('keeps a link of exactly the longest length allowed whole', () => {
    const values = (n: number) => ({ [longName.attribute]: manyValues, description: 'd'.repeat(n) });
    const fields = [longName, text('description')];
    const n = MAX_LINK_LENGTH - linkFor('f', fields, values(0)).url.length;
    const link = linkFor('f', fields, values(n));
    expect(link.url.length).toBe(MAX_LINK_LENGTH);
    expect(link.tooLong).toEqual([]);
    expect(linkFor('f', fields, values(n + 1)).tooLong.map((f) => f.attribute)).toEqual(['description']);
  });

  it('leaves out first the text that weighs most in the link, escapes included', () => {
    // 300 apostrophes take 900 characters of the link; 500 letters, 500.
    const filler = list('filler');
    const link = linkFor('f', [filler, text('quotes'), text('letters')], { filler: ['c'.repeat(1100)], quotes: "'".repeat(300), letters: 'l'.repeat(500) });
    expect(link.tooLong.map((f) => f.attribute)).toEqual(['quotes']);
    expect(link.carried.map((f) => f.attribute)).toEqual(['filler', 'letters']);
  });

  it('never leaves out a list: only texts are to paste', () => {
    const link = linkFor('f', [list('first'), list('second')], { first: ['a'.repeat(1000)], second: ['b'.repeat(1000)] });
    expect(link.tooLong).toEqual([]);
    expect(link.carried.map((f) => f.attribute)).toEqual(['first', 'second']);
  });
});

describe('the values a dossier gives a link', () => {
  it('reads an answer of blanks only as no answer', () => {
    const d = completeCantineDossier();
    expect(dossierValues({ ...d, useCase: { ...d.useCase, description: '   ' } }).description).toBeNull();
  });
});
