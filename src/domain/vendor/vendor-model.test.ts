import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { arbitraryDossier } from '../../../test/fixtures/arbitrary-dossier';
import { exampleDossiers } from '../../../test/fixtures/examples';
import { IMPORT_MAX_BYTES, SHORT_TEXT_MAX } from '../dossier/limits';
import { dossierSchema, type Dossier } from '../dossier/model';
import { VENDOR_FIELDS, valueAt } from './fields';
import {
  VENDOR_MODEL_FORMAT,
  VENDOR_MODEL_VERSION,
  defaultMethodScopes,
  dossierFromModel,
  methodsText,
  modelFromDossier,
  orderedMethods,
  prefilledScopes,
  readVendorModel,
  serializeVendorModel,
  unsupportedMethodMessage,
  vendorChanges,
  vendorMarks,
  vendorMarksUnder,
  vendorMethodOf,
  vendorModelProblems,
  vendorReport,
  type VendorModel,
} from './index';

const NOW = new Date('2026-12-02T09:30:00Z');
const periscolaire = exampleDossiers().find(([file]) => file.startsWith('periscolaire'))![1];

function exportModel(dossier: Dossier, extra: Partial<Parameters<typeof modelFromDossier>[1]> = {}): VendorModel {
  return modelFromDossier(dossier, {
    vendorName: 'Logiciels Famille SA',
    methods: [{ id: 'taux-effort', scopes: defaultMethodScopes(dossier.method, 'taux-effort') }],
    securityDocuments: ['Homologation de l’hébergement (2026)'],
    now: NOW,
    ...extra,
  });
}

const read = (text: string): VendorModel => {
  const result = readVendorModel(text);
  if (!result.ok) throw new Error(result.message);
  return result.model;
};

const refusal = (text: string): string => {
  const result = readVendorModel(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
};

describe('a vendor’s model, exported then read back', () => {
  it('names its format and version, and reads back equal', () => {
    const model = exportModel(periscolaire);
    expect(model).toMatchObject({ format: VENDOR_MODEL_FORMAT, version: VENDOR_MODEL_VERSION, exportedAt: '2026-12-02T09:30:00.000Z' });
    expect(read(serializeVendorModel(model))).toEqual(model);
  });

  it('provides only what the vendor answered, its contact on the vendor’s side', () => {
    const dossier = structuredClone(periscolaire);
    dossier.people.contactTechnique = { ...dossier.people.contactTechnique, side: 'interne', phone: '  ' };
    dossier.gdpr.informationWhere = '';
    const { provided } = exportModel(dossier);
    expect(provided.people.contactTechnique).toMatchObject({ side: 'editeur', email: dossier.people.contactTechnique.email });
    expect(provided.people.contactTechnique).not.toHaveProperty('phone');
    expect(provided.gdpr).not.toHaveProperty('informationWhere');
  });

  it('declares as the software’s éditeur the name the vendor gives itself on export, or else the dossier’s', () => {
    const dossier = structuredClone(periscolaire);
    dossier.organisation = { ...dossier.organisation, software: 'editeur-valide', softwareVendorName: 'Ancien nom SARL' };
    expect(exportModel(dossier).provided.organisation.softwareVendorName).toBe('Logiciels Famille SA');
    expect(exportModel(dossier, { vendorName: '  ' }).provided.organisation.softwareVendorName).toBe('Ancien nom SARL');
  });

  it('never provides an in-house software, nor a stage on the one-request path', () => {
    const inHouse = structuredClone(periscolaire);
    inHouse.organisation = { ...inHouse.organisation, software: 'interne', stage: 'production' };
    expect(exportModel(inHouse).provided.organisation).not.toHaveProperty('software');
    expect(exportModel(inHouse).provided.organisation).not.toHaveProperty('stage');
    const validated = structuredClone(periscolaire);
    validated.organisation = { ...validated.organisation, software: 'editeur-valide', stage: 'production' };
    expect(exportModel(validated).provided.organisation).toMatchObject({ software: 'editeur-valide' });
    expect(exportModel(validated).provided.organisation).not.toHaveProperty('stage');
  });

  it('round trip: dossier → model → text → model → new dossier gives every vendor part back, unchanged', () => {
    fc.assert(
      fc.property(
        arbitraryDossier,
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
        (source, vendorName) => {
          const model = exportModel(source, { vendorName });
          const started = dossierFromModel(read(serializeVendorModel(model)), { id: 'nouveau', now: NOW });
          expect(dossierSchema.safeParse(started).success).toBe(true);
          for (const field of VENDOR_FIELDS) {
            const provided = valueAt(model.provided, [field.section, ...field.path]);
            if (provided === undefined) continue;
            expect(valueAt(started[field.section], field.path), field.path.join('.')).toEqual(provided);
            // What is provided is the vendor's own answer, but for the two the model decides.
            if (field.path.join('.') !== 'contactTechnique.side' && field.path.join('.') !== 'softwareVendorName') {
              expect(provided, field.path.join('.')).toEqual(valueAt(source[field.section], field.path));
            }
          }
          expect(started.vendor).toEqual({
            vendorName: model.vendorName,
            modelExportedAt: model.exportedAt,
            provided: model.provided,
            methods: model.methods,
            securityDocuments: model.securityDocuments,
          });
          expect(vendorChanges(started)).toEqual([]);
          expect(vendorMarks(started).every((m) => !m.changed)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the software, the contact, the volumetry and the information text of the example to a new dossier', () => {
    const started = dossierFromModel(exportModel(periscolaire), { id: 'nouveau', now: NOW });
    expect(started.people.contactTechnique).toEqual({ ...periscolaire.people.contactTechnique, side: 'editeur' });
    expect(started.security.callsPerMinute).toBe(periscolaire.security.callsPerMinute);
    expect(started.gdpr.informationWhere).toBe(periscolaire.gdpr.informationWhere);
    expect(started.organisation.accessMode).toBe('france-connect');
    // The example's software is an in-house one: not the vendor's to provide.
    expect(periscolaire.organisation.software).toBe('interne');
    expect(started.organisation.software).toBe('');
    // The collectivité's own answers are not the vendor's: they start blank.
    expect(started.organisation.name).toBe('');
    expect(started.people.dpd.email).toBe('');
    expect(started.method.id).toBe('');
    expect(started.title).toBe('Demande préparée avec le modèle de Logiciels Famille SA');
  });

  it('says in French what would make the model refused, by place', () => {
    const model = exportModel(periscolaire, { vendorName: '  ', securityDocuments: ['x'.repeat(301)] });
    const problems = vendorModelProblems(model);
    expect(problems.get('vendorName')).toBe("Le nom de l'éditeur manque.");
    expect(problems.get('securityDocuments.0')).toBe('300 caractères au plus : 1 de trop.');
    expect(vendorModelProblems(exportModel(periscolaire)).size).toBe(0);
  });
});

describe('a model that cannot be read is refused, in French, whatever it holds', () => {
  const good = serializeVendorModel(exportModel(periscolaire));

  it('not JSON, another program’s file, a dossier, a list', () => {
    expect(refusal('{ pas du json')).toContain("n'est pas du JSON lisible");
    expect(refusal(JSON.stringify({ name: 'PIA', version: 3 }))).toContain('autre logiciel');
    expect(refusal(JSON.stringify(periscolaire))).toContain('est un dossier, pas un modèle');
    expect(refusal('[1,2,3]')).toContain("n'est pas un modèle d'éditeur");
  });

  it('a newer version, naming both; an unknown one', () => {
    expect(refusal(good.replace('"version": 1', '"version": 2'))).toContain("version plus récente de l'outil (format 2, celle-ci lit jusqu'au format 1)");
    expect(refusal(good.replace('"version": 1', '"version": "un"'))).toContain('version inconnu');
  });

  it('over 5 MB, before reading it', () => {
    expect(refusal(good.replace('{', `{"padding": "${'x'.repeat(5 * 1024 * 1024)}",`))).toMatch(/limite de 5 Mo/);
  });

  it('a prototype-polluting key', () => {
    expect(refusal(good.replace('"provided": {', '"provided": {"__proto__": {"polluted": true},'))).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a garbled value names its place', () => {
    const garbled = JSON.parse(good) as Record<string, unknown>;
    (garbled.provided as { security: { callsPerMinute: unknown } }).security.callsPerMinute = '9999';
    expect(refusal(JSON.stringify(garbled))).toContain('« provided.security.callsPerMinute »');
    const twice = {
      ...JSON.parse(good),
      methods: [
        { id: 'taux-effort', scopes: [] },
        { id: 'taux-effort', scopes: [] },
      ],
    } as unknown;
    expect(refusal(JSON.stringify(twice))).toContain('Une même méthode de calcul figure deux fois');
    const inHouse = JSON.parse(good) as { provided: { organisation: { software: string } } };
    inHouse.provided.organisation.software = 'interne';
    expect(refusal(JSON.stringify(inHouse))).toContain('« provided.organisation.software »');
  });

  it('never throws, and never lets an English message through, on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.constant(good).map((g) => g.slice(0, g.length / 2)),
        ),
        (text) => {
          const result = readVendorModel(text);
          if (!result.ok) expect(result.message).not.toMatch(/expected|invalid|received|Required/i);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a collectivité’s dossier started from the model', () => {
  const model = exportModel(periscolaire);
  /** The collectivité answers its own parts, as the periscolaire example does, and keeps the vendor's. */
  const answered = (): Dossier => {
    const started = dossierFromModel(model, { id: 'nouveau', now: NOW });
    return { ...started, method: periscolaire.method, data: { ...periscolaire.data, scopes: prefilledScopes({ ...started, method: periscolaire.method }) } };
  };

  it('with its own answers and the vendor’s kept, lists no change', () => {
    expect(vendorChanges(answered())).toEqual([]);
  });

  it('with the technical contact’s e-mail changed, lists exactly that field, with both values', () => {
    const dossier = answered();
    dossier.people.contactTechnique.email = 'informatique@mairie-exemple.fr';
    expect(vendorChanges(dossier)).toEqual([
      {
        step: 'personnes',
        path: ['contactTechnique', 'email'],
        label: 'Responsable technique › Adresse e-mail',
        provided: periscolaire.people.contactTechnique.email,
        current: 'informatique@mairie-exemple.fr',
      },
    ]);
    expect(vendorMarks(dossier).filter((m) => m.changed)).toEqual([
      { section: 'people', path: 'contactTechnique.email', changed: true, provided: periscolaire.people.contactTechnique.email },
    ]);
    expect(vendorReport(dossier)).toMatchObject({ vendorName: 'Logiciels Famille SA', securityDocuments: ['Homologation de l’hébergement (2026)'] });
  });

  it('a changed choice reads as its label, an emptied one as nothing', () => {
    const dossier = answered();
    dossier.organisation.accessMode = 'spi';
    dossier.gdpr.informationWhere = '';
    expect(vendorChanges(dossier).map((c) => [c.label, c.provided, c.current])).toEqual([
      ['Comment les usagers seront-ils identifiés ?', 'Avec FranceConnect', 'Via le numéro fiscal (SPI)'],
      ["Où l'usager est-il informé ?", periscolaire.gdpr.informationWhere.trim(), null],
    ]);
  });

  it('a method the software does not list is told, and listed as a change', () => {
    const dossier = answered();
    dossier.method = { ...dossier.method, id: 'tranches-qf' };
    expect(unsupportedMethodMessage(dossier)).toBe(
      "Le modèle de Logiciels Famille SA ne cite pas cette méthode parmi celles que son logiciel sait appliquer (Taux d'effort / taux de participation individualisé (TPI)). Vérifiez avec votre éditeur qu'il la prendra en charge avant de la retenir.",
    );
    expect(vendorChanges(dossier).map((c) => c.path)).toEqual([['id']]);
    expect(unsupportedMethodMessage(answered())).toBeNull();
  });

  it('a listed method prefills its data, and unticking one the software needs is a change', () => {
    const withExtra = dossierFromModel(
      { ...model, methods: [{ id: 'taux-effort', scopes: ['dgfip_rfr', 'dgfip_nbpart', 'dgfip_sitfam'] }] },
      { id: 'n', now: NOW },
    );
    const chosen = { ...withExtra, method: periscolaire.method };
    expect(prefilledScopes(chosen)).toEqual(expect.arrayContaining(['dgfip_rfr', 'dgfip_nbpart', 'dgfip_sitfam']));
    const dossier = { ...chosen, data: { ...chosen.data, initialised: true, scopes: prefilledScopes(chosen).filter((s) => s !== 'dgfip_sitfam') } };
    expect(vendorChanges(dossier)).toEqual([
      expect.objectContaining({ step: 'donnees', path: ['scopes'], label: expect.stringContaining('Les données') as string }),
    ]);
  });

  it('dates the model on the vendor’s calendar day in France, not UTC’s, even just after midnight', () => {
    // 00:20 in Paris on 3 December is still 2 December in UTC; 00:20 on 15 July (summer time), 14 July.
    for (const [moment, day] of [
      ['2026-12-03T00:20:00+01:00', '2026-12-03'],
      ['2026-07-15T00:20:00+02:00', '2026-07-15'],
    ] as const) {
      vi.setSystemTime(new Date(moment));
      const started = dossierFromModel(exportModel(periscolaire, { now: new Date() }), { id: 'minuit', now: new Date() });
      expect(vendorReport(started)?.modelExportedOn, moment).toBe(day);
    }
  });

  it('a dossier started blank has no marks, no changes, no report', () => {
    expect(vendorMarks(completeCantineDossier())).toEqual([]);
    expect(vendorChanges(completeCantineDossier())).toEqual([]);
    expect(vendorReport(completeCantineDossier())).toBeNull();
  });
});

describe('the data each method needs, by default', () => {
  it('is what minimisation asks for the method, without the year, which follows each campaign', () => {
    expect(defaultMethodScopes(periscolaire.method, 'taux-effort')).toEqual(['dgfip_nbpart', 'dgfip_rfr']);
    expect(defaultMethodScopes({ ...periscolaire.method, incomeBasis: 'rbg' }, 'qf-fiscal')).toEqual(['dgfip_nbpart', 'dgfip_rbg']);
  });
});

describe('what the export provides, field by field', () => {
  it('provides the stage on the two-request path, with the software being validated', () => {
    const dossier = structuredClone(periscolaire);
    dossier.organisation = { ...dossier.organisation, software: 'editeur-en-cours', stage: 'production' };
    expect(exportModel(dossier).provided.organisation).toMatchObject({ software: 'editeur-en-cours', stage: 'production' });
  });

  it('trims the name the vendor gives itself before declaring it as the éditeur', () => {
    const dossier = structuredClone(periscolaire);
    dossier.organisation = { ...dossier.organisation, software: 'editeur-valide' };
    expect(exportModel(dossier, { vendorName: '  Logiciels Famille SA  ' }).provided.organisation.softwareVendorName).toBe('Logiciels Famille SA');
  });

  it('provides no technical contact when none of its answers is given', () => {
    const dossier = structuredClone(periscolaire);
    dossier.people.contactTechnique = { givenName: '', familyName: ' ', jobTitle: '', email: '', phone: '', side: 'interne' };
    expect(exportModel(dossier).provided.people).not.toHaveProperty('contactTechnique');
  });

  it('provides the extra technical e-mail when answered, not when blank', () => {
    const dossier = structuredClone(periscolaire);
    dossier.people.technicalExtraEmail = 'astreinte@logiciels-famille.fr';
    expect(exportModel(dossier).provided.people.technicalExtraEmail).toBe('astreinte@logiciels-famille.fr');
    dossier.people.technicalExtraEmail = '  ';
    expect(exportModel(dossier).provided.people).not.toHaveProperty('technicalExtraEmail');
  });

  it('provides the volumetry, and its justification only above the rate that needs none', () => {
    const dossier = structuredClone(periscolaire);
    dossier.security = { ...dossier.security, callsPerMinute: '200', volumetryJustification: 'Pics de rentrée scolaire' };
    expect(exportModel(dossier).provided.security).toEqual({ callsPerMinute: '200', volumetryJustification: 'Pics de rentrée scolaire' });
    dossier.security = { ...dossier.security, callsPerMinute: '200', volumetryJustification: ' ' };
    expect(exportModel(dossier).provided.security).toEqual({ callsPerMinute: '200' });
    dossier.security = { ...dossier.security, callsPerMinute: '50', volumetryJustification: 'Pics de rentrée scolaire' };
    expect(exportModel(dossier).provided.security).toEqual({ callsPerMinute: '50' });
  });

  it('provides how users are informed when chosen', () => {
    const dossier = structuredClone(periscolaire);
    dossier.gdpr.informationMode = 'lien';
    expect(exportModel(dossier).provided.gdpr.informationMode).toBe('lien');
  });

  it('lists the security documents trimmed, without blank titles, and none when not given', () => {
    expect(exportModel(periscolaire, { securityDocuments: ['  PSSI  ', '   ', 'Homologation'] }).securityDocuments).toEqual(['PSSI', 'Homologation']);
    expect(modelFromDossier(periscolaire, { vendorName: 'Logiciels Famille SA', methods: [], now: NOW }).securityDocuments).toEqual([]);
  });
});

describe('the methods of the vendor’s software', () => {
  it('are put in the catalogue’s order, their data in the DataPass form’s order', () => {
    expect(
      orderedMethods([
        { id: 'taux-effort', scopes: ['dgfip_sitfam', 'dgfip_rfr', 'dgfip_nbpart'] },
        { id: 'qf-fiscal', scopes: [] },
      ]),
    ).toEqual([
      { id: 'qf-fiscal', scopes: [] },
      { id: 'taux-effort', scopes: ['dgfip_sitfam', 'dgfip_nbpart', 'dgfip_rfr'] },
    ]);
  });

  it('read as their labels, separated by semicolons', () => {
    expect(
      methodsText([
        { id: 'qf-fiscal', scopes: [] },
        { id: 'taux-effort', scopes: [] },
      ]),
    ).toBe(METHODS_TEXT);
  });

  it('say nothing of the chosen method when the vendor lists none, or none is chosen', () => {
    const started = dossierFromModel(exportModel(periscolaire), { id: 'n', now: NOW });
    expect(vendorMethodOf({ ...started, method: periscolaire.method })).toEqual({ supported: { id: 'taux-effort', scopes: ['dgfip_nbpart', 'dgfip_rfr'] } });
    expect(vendorMethodOf({ ...started, method: { ...periscolaire.method, id: 'tranches-qf' } })).toEqual({ supported: null });
    expect(vendorMethodOf({ ...started, method: { ...periscolaire.method, id: '' } })).toBeNull();
    expect(vendorMethodOf({ vendor: null, method: periscolaire.method })).toBeNull();
    const none = { ...started, vendor: { ...started.vendor!, methods: [] }, method: { ...periscolaire.method, id: 'tranches-qf' as const } };
    expect(vendorMethodOf(none)).toBeNull();
    expect(unsupportedMethodMessage(none)).toBeNull();
  });

  it('prefill only the minimum when the vendor has no model, or does not list the chosen method', () => {
    const minimum = prefilledScopes({ ...periscolaire, vendor: null });
    expect(minimum).toEqual(['dgfip_annee_n_moins_1', 'dgfip_nbpart', 'dgfip_rfr']);
    const started = dossierFromModel({ ...exportModel(periscolaire), methods: [{ id: 'taux-effort', scopes: ['dgfip_sitfam'] }] }, { id: 'n', now: NOW });
    expect(prefilledScopes({ ...started, organisation: periscolaire.organisation, method: { ...periscolaire.method, id: 'tranches-qf' } })).toEqual(
      prefilledScopes({ ...periscolaire, vendor: null, method: { ...periscolaire.method, id: 'tranches-qf' } }),
    );
  });
});

describe('the marks and the report of a dossier started from the model', () => {
  const started = (): Dossier => dossierFromModel(exportModel(periscolaire), { id: 'n', now: NOW });

  it('mark exactly the fields the model provides', () => {
    expect(vendorMarks(started()).map((m) => `${m.section}:${m.path}`)).toEqual(MARKED);
  });

  it('are looked up by path inside one section', () => {
    const marks = vendorMarksUnder(started(), 'gdpr');
    expect([...marks.keys()]).toEqual(['informationMode', 'informationWhere']);
    expect(marks.get('informationWhere')).toEqual({
      section: 'gdpr',
      path: 'informationWhere',
      changed: false,
      provided: periscolaire.gdpr.informationWhere.trim(),
    });
  });

  it('name the methods in the report as the method step does', () => {
    const dossier = dossierFromModel(
      {
        ...exportModel(periscolaire),
        methods: [
          { id: 'qf-fiscal', scopes: [] },
          { id: 'taux-effort', scopes: [] },
        ],
      },
      { id: 'n', now: NOW },
    );
    expect(vendorReport(dossier)?.methods).toEqual(METHODS_TEXT.split(' ; '));
  });

  it('list the data the software needs, and the ticked ones, separated by semicolons', () => {
    const withExtra = dossierFromModel(
      { ...exportModel(periscolaire), methods: [{ id: 'taux-effort', scopes: ['dgfip_rfr', 'dgfip_nbpart', 'dgfip_sitfam'] }] },
      { id: 'n', now: NOW },
    );
    const dossier = { ...withExtra, method: periscolaire.method, data: { ...withExtra.data, initialised: true, scopes: ['dgfip_rfr' as const] } };
    expect(vendorChanges(dossier).map((c) => [c.provided, c.current])).toEqual([[SCOPES_TEXT, RFR_TEXT]]);
    expect(vendorChanges({ ...dossier, data: { ...dossier.data, scopes: [] } }).map((c) => c.current)).toEqual([null]);
  });
});

describe('a dossier started from a model, from its own options', () => {
  it('cuts a long title to the limit of a short text', () => {
    const started = dossierFromModel(exportModel(periscolaire), { id: 'n', now: NOW, title: 'x'.repeat(SHORT_TEXT_MAX + 10) });
    expect(started.title).toBe('x'.repeat(SHORT_TEXT_MAX));
  });

  it('leaves blank an answer the model holds as undefined', () => {
    const model = exportModel(periscolaire);
    const holey = { ...model, provided: { ...model.provided, organisation: { ...model.provided.organisation, accessMode: undefined } } };
    expect(dossierFromModel(holey, { id: 'n', now: NOW }).organisation.accessMode).toBe('');
  });
});

describe('the way a provided value reads', () => {
  const field = (path: string) => VENDOR_FIELDS.find((f) => f.path.join('.') === path)!;

  it('trims a text, and reads a blank or non-text one as nothing', () => {
    expect(field('softwareVendorName').text('  Logiciels Famille SA ')).toBe('Logiciels Famille SA');
    expect(field('softwareVendorName').text('   ')).toBeNull();
    expect(field('softwareVendorName').text(42)).toBeNull();
  });

  it('reads a choice as its label, a value outside the choices as stored, a non-text one as nothing', () => {
    expect(field('callsPerMinute').text('200')).toBe(CALLS_200_TEXT);
    expect(field('callsPerMinute').text('9999')).toBe('9999');
    expect(field('callsPerMinute').text(200)).toBeNull();
  });
});

describe('the value at a path', () => {
  it('is found through nested objects', () => {
    expect(valueAt({ a: { b: 1 } }, ['a', 'b'])).toBe(1);
  });

  it('is undefined through null, a text, a missing or an inherited key', () => {
    expect(valueAt(null, ['a'])).toBeUndefined();
    expect(valueAt({ a: null }, ['a', 'b'])).toBeUndefined();
    expect(valueAt('texte', ['length'])).toBeUndefined();
    expect(valueAt({}, ['a', 'b'])).toBeUndefined();
    expect(valueAt({}, ['constructor'])).toBeUndefined();
  });
});

describe('a model text at the edges of what is read', () => {
  const good = serializeVendorModel(exportModel(periscolaire));

  it('reads a file of exactly 5 MB', () => {
    const padded = good + ' '.repeat(IMPORT_MAX_BYTES - new TextEncoder().encode(good).length);
    expect(readVendorModel(padded).ok).toBe(true);
  });

  it('refuses a JSON value that is not an object', () => {
    const message = "Ce fichier n'est pas un modèle d'éditeur de cet outil. Choisissez le fichier .json que votre éditeur vous a transmis (son « modèle »).";
    expect(refusal('null')).toBe(message);
    expect(refusal('42')).toBe(message);
    expect(refusal('"texte"')).toBe(message);
  });

  it('refuses a version that is not a whole number from 1', () => {
    const unknown = 'Ce modèle porte un numéro de version inconnu : il ne peut pas être lu. Demandez à votre éditeur de l’exporter à nouveau.';
    expect(refusal(good.replace('"version": 1', '"version": 1.5'))).toBe(unknown);
    expect(refusal(good.replace('"version": 1', '"version": 0'))).toBe(unknown);
  });
});

const METHODS_TEXT = "Quotient familial fiscal (revenu ÷ parts) ; Taux d'effort / taux de participation individualisé (TPI)";
const MARKED = [
  'organisation:softwareVendorName',
  'organisation:accessMode',
  'gdpr:informationMode',
  'gdpr:informationWhere',
  'people:contactTechnique.givenName',
  'people:contactTechnique.familyName',
  'people:contactTechnique.jobTitle',
  'people:contactTechnique.email',
  'people:contactTechnique.phone',
  'people:contactTechnique.side',
  'security:callsPerMinute',
];
const SCOPES_TEXT = 'Revenu fiscal de référence ; Nombre de parts ; Situation de famille (marié, pacsé, célibataire, veuf divorcé)';
const RFR_TEXT = 'Revenu fiscal de référence';
const CALLS_200_TEXT = '200 appels par minute';
