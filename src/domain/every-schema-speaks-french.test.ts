import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from './zod';
import * as model from './dossier/model';
import { SECTION_KEYS, type Dossier, type SectionKey } from './dossier/model';
import { newDossier } from './dossier/new-dossier';
import { readDossierText, readDossierValue } from './dossier/read-dossier';
import { storageProblems } from './dossier/storable';
import { sectionSchema, validateSection } from './validation/validate';
import { reviewItemSchema, reviewSchema, reviewTargetSchema } from './review/review-model';
import { newReview, reviewExportIssues, reviewRequest, reviewRequestSchema, reviewShapeIssues, reviewTypingIssues } from './review/review-files';
import { flattenErrors } from '../features/wizard/flatten-errors';
import { initialValues, requestSchema } from '../features/sandbox/request-values';
import { habilitationOf } from './sandbox/habilitation';

/**
 * No framework message ever reaches the screen: whatever wrong value a schema is given (a date
 * typed halfway, a number where a text goes, an unknown choice, a text too long), every message
 * it produces is French, written for the person who will correct it. Every schema is fed: the
 * dossier's and its sections', each step's (its shape and its rules), the DPO review's, the
 * review request's and the sandbox request form's; and every path those messages take to a user: issues, the union branches
 * the form resolver picks from, storage problems, import refusals, review export issues.
 */

const today = '2026-12-02';
const examplesDir = new URL('../../examples/', import.meta.url);
const examples: Dossier[] = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const read = readDossierText(readFileSync(new URL(f, examplesDir), 'utf8'));
    if (!read.ok) throw new Error(`${f}: ${read.message}`);
    return read.dossier;
  });
const empty = newDossier('vide', 'Dossier vide', new Date('2026-12-02T09:00:00Z'));

/** zod's English default for an issue: a message equal to it was not translated. */
const english = z.locales.en().localeError;
const ENGLISH =
  /\b(invalid|expected|received|required|too (big|small)|must|should|unrecognized|input|string|number|boolean|array|object|undefined|null|nan|characters?|items?|option|datetime)\b/i;
/** A French sentence: a French letter, or one of the words the app's messages are made of. */
const FRENCH =
  /[àâçéèêëîïôûùüœ’]|\b(le|la|les|un|une|des|du|de|au|aux|est|sont|ce|cette|ici|vous|votre|vos|sa|son|ses|plus|pas|indiquez|saisissez|choisissez|cochez)\b/i;

type AnyIssue = { code?: string; message: string; path?: PropertyKey[]; errors?: AnyIssue[][] } & Record<string, unknown>;

/** Every message an issue carries, its union branches' included (the resolver shows one of them). */
function messagesOf(issue: AnyIssue): string[] {
  return [issue.message, ...(issue.errors ?? []).flat().flatMap(messagesOf)];
}

function expectFrench(message: string, where: string): void {
  expect(message, where).not.toMatch(ENGLISH);
  expect(message, where).toMatch(FRENCH);
}

function expectIssuesFrench(issues: readonly AnyIssue[], where: string): void {
  for (const issue of issues) {
    const raw = english(issue as never);
    const englishMessage = typeof raw === 'string' ? raw : raw?.message;
    expect(issue.message, `${where}: ${JSON.stringify(issue.path)}`).not.toBe(englishMessage);
    for (const message of messagesOf(issue)) expectFrench(message, `${where}: ${JSON.stringify(issue.path)}`);
  }
}

function checkSchema(schema: z.ZodType, value: unknown, where: string): void {
  const result = schema.safeParse(value);
  if (!result.success) expectIssuesFrench(result.error.issues as unknown as AnyIssue[], where);
}

// ---- Wrong values --------------------------------------------------------------------------

/** Values a hurried user, a broken file or a browser could put in a field. */
const WRONG_VALUES: readonly unknown[] = [
  '2027-13-45',
  '20271-05-15',
  '0202-05-15',
  '2027-02-30',
  '15/05/2027',
  '2027-05-15T10:00:00',
  'pas-une-reponse',
  'x'.repeat(20_001),
  '',
  ' ',
  -1,
  0,
  1.5,
  Number.NaN,
  Infinity,
  null,
  true,
  false,
  [],
  ['x'],
  {},
  { a: 1 },
  undefined,
];
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...WRONG_VALUES), fc.string({ maxLength: 30 }), fc.integer(), fc.anything({ maxDepth: 2 }));

type Leaf = { path: (string | number)[] };

/** Every path of a value, inner objects and lists included, so that each may be replaced. */
function paths(value: unknown, path: (string | number)[] = []): Leaf[] {
  const own = path.length > 0 ? [{ path }] : [];
  if (Array.isArray(value)) return [...own, ...value.flatMap((v, i) => paths(v, [...path, i]))];
  if (value !== null && typeof value === 'object') return [...own, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...path, k]))];
  return own;
}

function replaced(value: unknown, path: readonly (string | number)[], wrong: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (wrong === undefined) Reflect.deleteProperty(node, last);
  else node[last] = wrong;
  return copy;
}

/** A valid value with one to three of its parts replaced by wrong ones, or removed. */
function broken(valid: unknown): fc.Arbitrary<unknown> {
  const all = paths(valid);
  if (all.length === 0) return wrongValue;
  return fc.array(fc.tuple(fc.constantFrom(...all), fc.oneof(wrongValue, fc.constant(undefined))), { minLength: 1, maxLength: 3 }).map((edits) =>
    edits.reduce<unknown>((value, [leaf, wrong]) => {
      try {
        return replaced(value, leaf.path, wrong);
      } catch {
        return value; // A part removed by an earlier edit.
      }
    }, valid),
  );
}

const RUNS = 150;

// ---- The schemas ---------------------------------------------------------------------------

const cantine = examples.find((d) => d.useCase.id === 'cantine') ?? examples[0]!;
const request = reviewRequest(cantine, new Date('2026-12-02T09:00:00Z'));
const review = {
  ...newReview(request),
  reviewerName: 'Nadia Petit',
  date: '2026-12-01',
  opinion: 'favorable',
  items: [{ target: { kind: 'step', step: 'organisation' }, status: '', comment: '' }],
};

/** A vendor's answers with each of their parts filled, so that each may be broken. */
const vendorParts: model.VendorParts = {
  vendorName: 'Logiciels Famille SA',
  provided: {
    organisation: { software: 'editeur-en-cours', softwareVendorName: 'Logiciels Famille SA', stage: 'bac-a-sable', accessMode: 'spi' },
    people: { contactTechnique: { ...cantine.people.contactTechnique, side: 'editeur' }, technicalExtraEmail: 'api@logiciels-famille.fr' },
    security: { callsPerMinute: '100', volumetryJustification: 'Pics à la rentrée.' },
    gdpr: { informationMode: 'information-prealable', informationWhere: 'Page d’inscription du portail famille.' },
  },
  methods: [{ id: 'tranches-qf', scopes: ['dgfip_rfr', 'dgfip_nbpart'] }],
  securityDocuments: ['Homologation de l’hébergement'],
};

const MODEL_SCHEMAS: [string, z.ZodType, unknown][] = [
  ['dossierSchema', model.dossierSchema, cantine],
  ['dossierContentSchema', model.dossierContentSchema, cantine],
  ['dossierReviewSchema', model.dossierReviewSchema, cantine.review],
  ['keptReviewsSchema', model.keptReviewsSchema, { 'un-point': { reason: 'Vu avec le DPD.', message: 'Un point à revoir.' } }],
  ['datapassRequestsSchema', model.datapassRequestsSchema, { 'impot-editeur': { number: 'D12345', filedOn: '2026-11-30', state: 'en-instruction' } }],
  ['personSchema', model.personSchema, cantine.people.dpd],
  ['vendorProvidedSchema', model.vendorProvidedSchema, vendorParts.provided],
  ['vendorMethodSchema', model.vendorMethodSchema, vendorParts.methods[0]],
  ['vendorPartsSchema', model.vendorPartsSchema, vendorParts],
  ['vendorProvenanceSchema', model.vendorProvenanceSchema, { ...vendorParts, modelExportedAt: '2026-12-02T09:00:00.000Z' }],
  ['trancheSchema', model.trancheSchema, { upTo: '500', price: '1' }],
  ['organisationSectionSchema', model.organisationSectionSchema, cantine.organisation],
  ['useCaseSectionSchema', model.useCaseSectionSchema, cantine.useCase],
  ['methodSectionSchema', model.methodSectionSchema, cantine.method],
  ['dataSectionSchema', model.dataSectionSchema, cantine.data],
  ['legalSectionSchema', model.legalSectionSchema, cantine.legal],
  ['gdprSectionSchema', model.gdprSectionSchema, cantine.gdpr],
  ['peopleSectionSchema', model.peopleSectionSchema, cantine.people],
  ['securitySectionSchema', model.securitySectionSchema, cantine.security],
];

const REVIEW_SCHEMAS: [string, z.ZodType, unknown][] = [
  ['reviewSchema', reviewSchema, review],
  ['reviewItemSchema', reviewItemSchema, review.items[0]],
  ['reviewTargetSchema', reviewTargetSchema, { kind: 'datum', scope: 'dgfip_rfr' }],
  ['reviewRequestSchema', reviewRequestSchema, request],
];

/** The sandbox's request form has a schema too, its messages shown beside its fields. */
const OTHER_SCHEMAS: [string, z.ZodType, unknown][] = [['requestSchema (bac à sable)', requestSchema, initialValues(cantine, today, habilitationOf(cantine))]];

describe('every schema speaks French', () => {
  it('covers every schema the dossier model exports', () => {
    const exported = Object.entries(model)
      .filter(([, v]) => v instanceof z.ZodType)
      .map(([k]) => k);
    expect(exported.sort()).toEqual(MODEL_SCHEMAS.map(([name]) => name).sort());
  });

  it.each([...MODEL_SCHEMAS, ...REVIEW_SCHEMAS, ...OTHER_SCHEMAS])('%s, given each wrong value at each of its places', (name, schema, valid) => {
    for (const { path } of paths(valid)) for (const wrong of WRONG_VALUES) checkSchema(schema, replaced(valid, path, wrong), `${name} ${path.join('.')}`);
  });

  it.each([...MODEL_SCHEMAS, ...REVIEW_SCHEMAS, ...OTHER_SCHEMAS])('%s, given wrong values anywhere', (name, schema, valid) => {
    expect(schema.safeParse(valid).success, `${name} accepts its valid value`).toBe(true);
    fc.assert(
      fc.property(fc.oneof(broken(valid), wrongValue), (value) => checkSchema(schema, value, name)),
      { numRuns: RUNS },
    );
  });

  it.each(SECTION_KEYS.flatMap((key) => [...examples, empty].map((d) => [key, d.id, d] as const)))('the %s step schema, on %s broken', (key, _id, dossier) => {
    const schema = sectionSchema(key, dossier, today);
    fc.assert(
      fc.property(fc.oneof(broken(dossier[key]), wrongValue), (value) => {
        checkSchema(schema, value, `étape ${key}`);
      }),
      { numRuns: 60 },
    );
  });
});

describe('every path a schema message takes to a user is French', () => {
  const sectionBroken = (key: SectionKey) =>
    fc.tuple(fc.constantFrom(...examples, empty), fc.constant(key)).chain(([dossier]) => broken(dossier[key]).map((value) => ({ dossier, value })));

  it.each(SECTION_KEYS)('the %s step form: what the resolver puts beside each field', async (key) => {
    await fc.assert(
      fc.asyncProperty(sectionBroken(key), async ({ dossier, value }) => {
        const resolver = zodResolver(sectionSchema(key, dossier, today) as never);
        const result = await resolver(value as never, undefined, { fields: {}, shouldUseNativeValidation: false });
        for (const error of flattenErrors(result.errors)) expectFrench(error.message, `formulaire ${key} : ${error.path}`);
      }),
      { numRuns: 40 },
    );
  });

  it.each(SECTION_KEYS)('the %s step: validateSection and the storage problems', (key) => {
    fc.assert(
      fc.property(sectionBroken(key), ({ dossier, value }) => {
        const withValue = { ...dossier, [key]: value } as Dossier;
        for (const issue of validateSection(key, withValue, today)) expectFrench(issue.message, `validateSection ${key}: ${issue.path.join('.')}`);
        for (const problem of storageProblems(withValue)) expectFrench(problem.message, `stockage ${problem.path.join('.')}`);
      }),
      { numRuns: 40 },
    );
  });

  it('an import refused names each problem in French', () => {
    fc.assert(
      fc.property(broken(cantine), (value) => {
        const read = readDossierValue(value);
        // The places named in « » are the file's own keys, for whoever edits it by hand.
        if (!read.ok) expectFrench(read.message.replace(/«[^»]*»/g, '« … »'), 'import');
      }),
      { numRuns: RUNS },
    );
  });

  it('a review as typed, and as exported, is judged in French', () => {
    fc.assert(
      fc.property(broken(review), (value) => {
        for (const issue of [...reviewShapeIssues(value), ...reviewTypingIssues(value), ...reviewExportIssues(value)])
          expectFrench(issue.message, `avis ${issue.path.join('.')}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('a date typed halfway says so, whichever way it is read', () => {
    for (const date of ['20271-05-15', '2027-13-45', '15/05/2027']) {
      const dossier = { ...cantine, method: { ...cantine.method, campaignStart: date } };
      // The step's first message on the field, the one its form shows.
      const messages = [
        validateSection('method', dossier, today).find((i) => i.path[0] === 'campaignStart')?.message,
        storageProblems(dossier).find((p) => p.path.join('.') === 'method.campaignStart')?.message,
        reviewShapeIssues({ ...review, date }).find((i) => i.path[0] === 'date')?.message,
      ];
      for (const message of messages) expect(message).toMatch(/^Date incomplète ou impossible/);
    }
  });
});
