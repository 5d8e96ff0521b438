import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { dossierJsonSchema } from './json-schema';
import { fileTooBigMessage, IMPORT_MAX_BYTES, IMPORT_MAX_TEXT } from './limits';
import { dossierSchema, keptReviewsSchema, methodSectionSchema, vendorPartsSchema } from './model';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('the dossier model’s own limits, in French', () => {
  it('count the tranches, points kept and security documents too many, in the singular for one', () => {
    const cantine = completeCantineDossier();
    const tranches = (n: number) => Array.from({ length: n }, () => ({ upTo: '', price: '1' }));
    expect(messages(methodSectionSchema.safeParse({ ...cantine.method, tranches: tranches(50) }))).toEqual([]);
    expect(messages(methodSectionSchema.safeParse({ ...cantine.method, tranches: tranches(51) }))).toEqual(['50 tranches au plus : 1 de trop.']);
    expect(messages(methodSectionSchema.safeParse({ ...cantine.method, tranches: tranches(53) }))).toEqual(['50 tranches au plus : 3 de trop.']);
    const kept = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`point-${String(i)}`, { reason: 'r', message: 'm' }]));
    expect(messages(keptReviewsSchema.safeParse(kept(200)))).toEqual([]);
    expect(messages(keptReviewsSchema.safeParse(kept(201)))).toEqual(['200 points maintenus au plus : 1 de trop.']);
    const vendor = { vendorName: 'Éditeur', provided: { organisation: {}, people: {}, security: {}, gdpr: {} }, methods: [] };
    expect(messages(vendorPartsSchema.safeParse({ ...vendor, securityDocuments: Array.from({ length: 20 }, () => 'PSSI') }))).toEqual([]);
    expect(messages(vendorPartsSchema.safeParse({ ...vendor, securityDocuments: Array.from({ length: 22 }, () => 'PSSI') }))).toEqual([
      '20 documents au plus : 2 de trop.',
    ]);
  });

  it('refuse a vendor’s model naming the same method twice', () => {
    const vendor = { vendorName: 'Éditeur', provided: { organisation: {}, people: {}, security: {}, gdpr: {} }, securityDocuments: [] };
    const method = { id: 'tranches-qf', scopes: ['dgfip_rfr'] };
    expect(messages(vendorPartsSchema.safeParse({ ...vendor, methods: [method, { id: 'qf-caf', scopes: [] }] }))).toEqual([]);
    expect(messages(vendorPartsSchema.safeParse({ ...vendor, methods: [method, method] }))).toEqual(['Une même méthode de calcul figure deux fois.']);
  });
});

describe('a file too big to read', () => {
  it('is said in megabytes, one decimal, against the 5 Mo limit', () => {
    expect(IMPORT_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(IMPORT_MAX_TEXT).toBe('5 Mo');
    expect(fileTooBigMessage(5.25 * 1024 * 1024)).toBe(
      'Ce fichier pèse 5,3 Mo, au-delà de la limite de 5 Mo : un dossier pèse quelques kilo-octets. Vérifiez que vous avez choisi le bon fichier.',
    );
    expect(fileTooBigMessage(12 * 1024 * 1024)).toMatch(/^Ce fichier pèse 12 Mo,/);
  });
});

describe('the dossier file’s JSON Schema', () => {
  it('is draft 2020-12, generated from the model, and accepts what the model accepts', () => {
    const schema = dossierJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe("Dossier de demande d'habilitation à l'API Impôt particulier");
    expect(dossierSchema.safeParse(completeCantineDossier()).success).toBe(true);
  });
});
