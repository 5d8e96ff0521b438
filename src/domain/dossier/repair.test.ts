import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import type { Dossier } from './model';
import { applyRepairs, diagnose, labelOf, pathKey, readablePart, type Decision } from './repair';

/** The dossier as stored, changed by `change`: a change that breaks the model says so with a cast. */
const stored = (change: (d: Dossier) => void): string => {
  const dossier = structuredClone(completeCantineDossier());
  change(dossier);
  return JSON.stringify(dossier);
};

const decide = (entries: [readonly (string | number)[], Decision][]) => new Map(entries.map(([path, d]) => [pathKey(path), d]));

describe('repairing a stored dossier that does not load', () => {
  it('opens a readable dossier as it is', () => {
    expect(diagnose(JSON.stringify(completeCantineDossier()), 'x').kind).toBe('readable');
  });

  it('lists each unreadable value with its stored text and the reason, and keeps a corrected text as typed', () => {
    const diagnosis = diagnose(
      stored((d) => (d.organisation.name = 'N'.repeat(312))),
      'dossier-cantine',
    );
    expect(diagnosis.kind).toBe('repairable');
    if (diagnosis.kind !== 'repairable') return;
    expect(diagnosis.problems).toEqual([
      expect.objectContaining({ path: ['organisation', 'name'], raw: 'N'.repeat(312), message: '300 caractères au plus : 12 de trop.', isText: true }),
    ]);
    const result = applyRepairs(
      diagnosis.base,
      diagnosis.problems,
      decide([[['organisation', 'name'], { action: 'replace', text: 'Commune de Saint-Exemple' }]]),
      'dossier-cantine',
    );
    expect(result.ok && result.dossier.organisation.name).toBe('Commune de Saint-Exemple');
    expect(result.ok && result.dossier.method).toEqual(completeCantineDossier().method);
  });

  it('a dropped value takes its blank; a dropped row of a list goes', () => {
    const text = stored((d) => {
      d.updatedAt = 'mardi dernier';
      d.method.tranches[1]!.upTo = 500 as unknown as string;
      (d.data.justifications as Record<string, string>).inconnue = 'x';
      delete (d as Partial<Dossier>).security;
    });
    const diagnosis = diagnose(text, 'dossier-cantine');
    if (diagnosis.kind !== 'repairable') throw new Error(diagnosis.kind);
    const paths = diagnosis.problems.map((p) => p.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['updatedAt', 'method.tranches.1.upTo', 'security']));
    const dropAll = new Map<string, Decision>(diagnosis.problems.map((p) => [pathKey(p.path), { action: 'drop' }]));
    const result = applyRepairs(diagnosis.base, diagnosis.problems, dropAll, 'dossier-cantine');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dossier.method.tranches).toHaveLength(completeCantineDossier().method.tranches.length - 1);
    expect(result.dossier.security.mode).toBe('');
    expect(Number.isFinite(Date.parse(result.dossier.updatedAt))).toBe(true);
    expect(result.dossier.useCase).toEqual(completeCantineDossier().useCase);
  });

  it('an unreadable value of the vendor’s model, dropped, drops the model (the answers stay); corrected, keeps it', () => {
    const vendor = {
      vendorName: 'Logiciels Famille SA',
      modelExportedAt: '2026-11-20T09:00:00.000Z',
      provided: { organisation: {}, people: {}, security: {}, gdpr: {} },
      methods: [],
      securityDocuments: ['x'.repeat(301)],
    };
    const text = stored((d) => (d.vendor = vendor));
    const diagnosis = diagnose(text, 'dossier-cantine');
    if (diagnosis.kind !== 'repairable') throw new Error(diagnosis.kind);
    expect(diagnosis.problems.map((p) => p.path)).toEqual([['vendor', 'securityDocuments', 0]]);
    const dropped = applyRepairs(diagnosis.base, diagnosis.problems, decide([[['vendor', 'securityDocuments', 0], { action: 'drop' }]]), 'dossier-cantine');
    expect(dropped.ok && dropped.dossier).toEqual(completeCantineDossier());
    const fixed = applyRepairs(
      diagnosis.base,
      diagnosis.problems,
      decide([[['vendor', 'securityDocuments', 0], { action: 'replace', text: 'PSSI' }]]),
      'dossier-cantine',
    );
    expect(fixed.ok && fixed.dossier.vendor).toEqual({ ...vendor, securityDocuments: ['PSSI'] });
  });

  it('a correction that still does not read is returned with its reason', () => {
    const diagnosis = diagnose(
      stored((d) => (d.method.campaignStart = '20271-05-15')),
      'dossier-cantine',
    );
    if (diagnosis.kind !== 'repairable') throw new Error(diagnosis.kind);
    const again = applyRepairs(
      diagnosis.base,
      diagnosis.problems,
      decide([[['method', 'campaignStart'], { action: 'replace', text: '0202-05-15' }]]),
      'dossier-cantine',
    );
    expect(again.ok).toBe(false);
    expect(!again.ok && again.problems[0]?.message).toMatch(/Date incomplète/);
    const fixed = applyRepairs(
      diagnosis.base,
      diagnosis.problems,
      decide([[['method', 'campaignStart'], { action: 'replace', text: '2027-05-15' }]]),
      'dossier-cantine',
    );
    expect(fixed.ok && fixed.dossier.method.campaignStart).toBe('2027-05-15');
  });

  it('refuses what values cannot fix: not JSON, another format, a newer version', () => {
    expect(diagnose('{"format": "habil', 'x')).toMatchObject({ kind: 'unrepairable', message: expect.stringContaining('JSON') as string });
    expect(diagnose('{"format": "autre"}', 'x').kind).toBe('unrepairable');
    expect(
      diagnose(
        stored((d) => ((d as { schemaVersion: number }).schemaVersion = 99)),
        'x',
      ),
    ).toMatchObject({ kind: 'unrepairable', message: expect.stringContaining('plus récente') as string });
  });

  it('dropping every unreadable value always gives a dossier that loads, whatever was stored in its place', () => {
    const base = completeCantineDossier() as unknown as Record<string, unknown>;
    const leaves: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (v !== null && typeof v === 'object') Object.entries(v).forEach(([k, c]) => walk(c, [...path, Array.isArray(v) ? Number(k) : k]));
      else leaves.push(path);
    };
    walk(base, []);
    // A key such as "__proto__" makes a file refused whole, by design: not a value to repair.
    const noForbiddenKey = (v: unknown) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(v));
    const anyJson = fc.oneof(
      fc.jsonValue().filter(noForbiddenKey),
      fc.string({ maxLength: 400 }),
      fc.constantFrom('0202-05-15', '2027-02-29', 'NaN', '', null),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...leaves.filter((p) => !['format', 'schemaVersion'].includes(String(p[0])))), anyJson), { maxLength: 6 }),
        (edits) => {
          const corrupt = structuredClone(base);
          for (const [path, value] of edits) {
            let node: Record<string | number, unknown> = corrupt;
            for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
            node[path.at(-1)!] = value;
          }
          const diagnosis = diagnose(JSON.stringify(corrupt), 'dossier-cantine');
          if (diagnosis.kind === 'unrepairable') throw new Error(diagnosis.message);
          if (diagnosis.kind === 'readable') return;
          expect(readablePart(diagnosis.base, diagnosis.problems, 'dossier-cantine')).not.toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('each value a stored dossier cannot load', () => {
  const diagnosed = (change: (d: Dossier) => void, id = 'dossier-cantine') => {
    const diagnosis = diagnose(stored(change), id);
    if (diagnosis.kind !== 'repairable') throw new Error(diagnosis.kind);
    return diagnosis;
  };
  /** A value of the wrong kind, written where the model would refuse it. */
  const broken = (value: unknown) => value as never;

  it('is listed once, even when the model finds two problems there', () => {
    const { problems } = diagnosed((d) => (d.method.campaignStart = 'x2027-05-15'));
    expect(problems).toEqual([
      { path: ['method', 'campaignStart'], raw: 'x2027-05-15', absent: false, isText: true, message: expect.stringMatching(/^Date incomplète/) as unknown },
    ]);
  });

  it('shows what was stored as text: nothing for a missing value, JSON for anything else', () => {
    const { problems } = diagnosed((d) => {
      d.organisation.name = broken(12);
      d.gdpr.inRegister = broken({ oui: true });
      delete (d.people as Partial<Dossier['people']>).dpd;
    });
    expect(problems.map(({ path, raw, absent, isText }) => ({ path: path.join('.'), raw, absent, isText }))).toEqual([
      { path: 'organisation.name', raw: '12', absent: false, isText: true },
      { path: 'gdpr.inRegister', raw: '{"oui":true}', absent: false, isText: false },
      { path: 'people.dpd', raw: '', absent: true, isText: false },
    ]);
  });

  it('corrected, is kept as typed where a text is expected, and read as JSON elsewhere', () => {
    const diagnosis = diagnosed((d) => {
      d.gdpr.inRegister = broken(1);
      d.useCase.yearlyVolume = broken(1200);
      d.security.callsPerMinute = broken(100);
    });
    expect(diagnosis.problems.map((p) => [p.path.join('.'), p.isText])).toEqual([
      ['useCase.yearlyVolume', true],
      ['gdpr.inRegister', false],
      ['security.callsPerMinute', true],
    ]);
    const result = applyRepairs(
      diagnosis.base,
      diagnosis.problems,
      decide([
        [['gdpr', 'inRegister'], { action: 'replace', text: 'true' }],
        [['useCase', 'yearlyVolume'], { action: 'replace', text: '1300' }],
        [['security', 'callsPerMinute'], { action: 'replace', text: '100' }],
      ]),
      'dossier-cantine',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect([result.dossier.gdpr.inRegister, result.dossier.useCase.yearlyVolume, result.dossier.security.callsPerMinute]).toEqual([true, '1300', '100']);
    const unreadable = applyRepairs(diagnosis.base, diagnosis.problems, decide([[['gdpr', 'inRegister'], { action: 'replace', text: 'vrai' }]]), 'x');
    expect(!unreadable.ok && unreadable.problems.map((p) => [p.path.join('.'), p.raw])).toEqual([
      ['useCase.yearlyVolume', '1200'],
      ['gdpr.inRegister', 'vrai'],
      ['security.callsPerMinute', '100'],
    ]);
  });

  it('dropped from a list, takes its row away, the other rows staying in place, however many there are', () => {
    const tranches = Array.from({ length: 12 }, (_, i) => ({ upTo: String(100 * (i + 1)), price: String(i + 1) }));
    const diagnosis = diagnosed((d) => {
      d.method.tranches = structuredClone(tranches);
      d.method.tranches[1]!.price = broken(2);
      d.method.tranches[10]!.upTo = broken(1100);
      d.visitedSteps = broken(['organisation', 'inconnue', 'methode']);
    });
    const result = applyRepairs(
      diagnosis.base,
      diagnosis.problems,
      new Map(diagnosis.problems.map((p) => [pathKey(p.path), { action: 'drop' } as const])),
      'x',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dossier.method.tranches.map((t) => t.price)).toEqual(['1', '3', '4', '5', '6', '7', '8', '9', '10', '12']);
    expect(result.dossier.visitedSteps).toEqual(['organisation', 'methode']);
    // Row 10 goes before row 2 (by number, not as text), so that removing row 2 does not move it.
    const rows2and10 = diagnosed((d) => {
      d.method.tranches = structuredClone(tranches);
      d.method.tranches[2]!.price = broken(3);
      d.method.tranches[10]!.price = broken(11);
    });
    const both = readablePart(rows2and10.base, rows2and10.problems, 'x');
    expect(both?.method.tranches.map((t) => t.price)).toEqual(['1', '2', '4', '5', '6', '7', '8', '9', '10', '12']);
  });

  it('dropped twice in the same row, takes that row away only; a correction in a row that has gone changes no other row', () => {
    const tranches = Array.from({ length: 4 }, (_, i) => ({ upTo: String(100 * (i + 1)), price: String(i + 1) }));
    const diagnosis = diagnosed((d) => {
      d.method.tranches = structuredClone(tranches);
      d.method.tranches[1]!.price = broken(2);
      d.method.tranches[1]!.upTo = broken(200);
    });
    const prices = (decisions: Map<string, Decision>) => {
      const result = applyRepairs(diagnosis.base, diagnosis.problems, decisions, 'x');
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.dossier.method.tranches.map((t) => t.price);
    };
    const upTo = ['method', 'tranches', 1, 'upTo'];
    const price = ['method', 'tranches', 1, 'price'];
    expect(
      prices(
        decide([
          [upTo, { action: 'drop' }],
          [price, { action: 'drop' }],
        ]),
      ),
    ).toEqual(['1', '3', '4']);
    expect(
      prices(
        decide([
          [upTo, { action: 'drop' }],
          [price, { action: 'replace', text: '9' }],
        ]),
      ),
    ).toEqual(['1', '3', '4']);
  });

  it('is a text to correct where the model expects one, even in a row of a list, and where a text was stored', () => {
    const diagnosis = diagnosed((d) => {
      d.method.tranches[1]!.price = broken(2);
      d.method.tranches[0]!.upTo = broken(true);
      d.visitedSteps = broken('aucune');
    });
    expect(diagnosis.problems.map((p) => [p.path.join('.'), p.isText])).toEqual([
      ['visitedSteps', true],
      ['method.tranches.0.upTo', true],
      ['method.tranches.1.price', true],
    ]);
    const result = applyRepairs(diagnosis.base, diagnosis.problems, decide([[['method', 'tranches', 1, 'price'], { action: 'replace', text: '3' }]]), 'x');
    expect(!result.ok && result.problems.map((p) => p.path.join('.'))).toEqual(['visitedSteps', 'method.tranches.0.upTo']);
    const fixed = applyRepairs(
      diagnosis.base,
      diagnosis.problems,
      decide([
        [['method', 'tranches', 1, 'price'], { action: 'replace', text: '3' }],
        [['method', 'tranches', 0, 'upTo'], { action: 'replace', text: '100' }],
        [['visitedSteps'], { action: 'drop' }],
      ]),
      'x',
    );
    expect(fixed.ok && fixed.dossier.method.tranches.slice(0, 2)).toEqual([
      { upTo: '100', price: completeCantineDossier().method.tranches[0]!.price },
      { upTo: completeCantineDossier().method.tranches[1]!.upTo, price: '3' },
    ]);
  });

  it('in the vendor’s model, of a kind other than text, is read as JSON; dropped with a correction beside it, drops the model', () => {
    const diagnosis = diagnosed((d) => {
      d.vendor = broken({
        vendorName: 'Logiciels Famille SA',
        modelExportedAt: '2026-11-20T09:00:00.000Z',
        provided: { organisation: {}, people: {}, security: {}, gdpr: {} },
        methods: 5,
        securityDocuments: ['x'.repeat(301)],
      });
    });
    expect(diagnosis.problems.map((p) => [p.path.join('.'), p.isText])).toEqual([
      ['vendor.methods', false],
      ['vendor.securityDocuments.0', true],
    ]);
    const result = applyRepairs(
      diagnosis.base,
      diagnosis.problems,
      decide([
        [['vendor', 'methods'], { action: 'replace', text: '[]' }],
        [['vendor', 'securityDocuments', 0], { action: 'drop' }],
      ]),
      'dossier-cantine',
    );
    expect(result.ok && result.dossier).toEqual(completeCantineDossier());
  });

  it('dropped inside an entry of a record (a kept point), takes the whole entry away, and the dossier loads', () => {
    const stored = structuredClone(completeCantineDossier()) as unknown as Record<string, unknown>;
    stored.keptReviews = {
      'donnees.minimisation': { reason: 5, message: 'Donnée en trop' },
      'personnes.dpd': { reason: 'Le DPD est mutualisé avec la communauté de communes.', message: 'DPD' },
    };
    const diagnosis = diagnose(JSON.stringify(stored), 'dossier-1');
    if (diagnosis.kind !== 'repairable') throw new Error(diagnosis.kind);
    expect(diagnosis.problems.map((p) => p.path)).toEqual([['keptReviews', 'donnees.minimisation', 'reason']]);
    const result = applyRepairs(diagnosis.base, diagnosis.problems, new Map([[pathKey(diagnosis.problems[0]!.path), { action: 'drop' }]]), 'dossier-1');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dossier.keptReviews).toEqual({ 'personnes.dpd': { reason: 'Le DPD est mutualisé avec la communauté de communes.', message: 'DPD' } });
  });

  it('left undecided, stays as it was and is asked again', () => {
    const diagnosis = diagnosed((d) => (d.organisation.name = broken(12)));
    const result = applyRepairs(diagnosis.base, diagnosis.problems, new Map(), 'x');
    expect(!result.ok && result.problems.map((p) => p.raw)).toEqual(['12']);
  });

  it('dropped where the dossier’s own id is unreadable, takes the id it is opened under', () => {
    for (const id of [12, '', 'x'.repeat(300)]) {
      const diagnosis = diagnosed((d) => (d.id = broken(id)));
      expect(readablePart(diagnosis.base, diagnosis.problems, 'dossier-ouvert')?.id).toBe('dossier-ouvert');
    }
    const diagnosis = diagnosed((d) => (d.title = broken(12)));
    expect(readablePart(diagnosis.base, diagnosis.problems, 'dossier-ouvert')?.id).toBe('dossier-cantine');
  });
});

describe('where an unreadable value sits, in the words of the wizard', () => {
  const readable = completeCantineDossier();

  it('is the step and the question that ask it', () => {
    expect(labelOf(['method', 'campaignStart'], readable)).toBe('Méthode de calcul et calendrier › Campagne');
    expect(labelOf(['people', 'demandeur', 'familyName'], readable)).toBe('Personnes impliquées › Demandeur');
  });

  it('is the step and the field’s technical path when no question names it, or nothing is readable', () => {
    expect(labelOf(['method', 'tranches', 2, 'price'], readable)).toBe('Méthode de calcul et calendrier › tranches.2.price');
    expect(labelOf(['method', 'campaignStart'], null)).toBe('Méthode de calcul et calendrier › campaignStart');
  });

  it('is the name of a part of the dossier outside the steps, or its path', () => {
    expect(labelOf(['title'], readable)).toBe('Titre du dossier');
    expect(labelOf(['vendor', 'methods', 0], readable)).toBe("Modèle de l'éditeur");
    expect(labelOf(['inconnu', 'x'], readable)).toBe('inconnu.x');
  });
});
