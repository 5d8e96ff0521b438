import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import type { MethodSection } from '../dossier/model';
import { tariffFromResponse } from './tariff';

const cantine = completeCantineDossier().method;
const method = (changes: Partial<MethodSection>): MethodSection => ({ ...cantine, ...changes });
const plain = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

function ok(returned: unknown, m: MethodSection) {
  const outcome = tariffFromResponse(returned, m);
  if (!outcome.ok) throw new Error(outcome.reason);
  return { ...outcome, lines: outcome.lines.map(plain), result: plain(outcome.result) };
}

describe('tariff from a response (hand-computed)', () => {
  it('tranches of a monthly QF: the cantine grid', () => {
    // 19 760 ÷ 2,5 ÷ 12 = 658,67 → second tranche (500 to 900): 2,40 €.
    const faure = ok({ rfr: 19760, nbPart: 2.5 }, cantine);
    expect(faure.lines[0]).toBe('QF = revenu fiscal de référence 19 760,00 € ÷ 2,5 parts ÷ 12 = 658,67 €');
    expect(faure.result).toBe('Tarif : 2,40 €');
    // 52 340 ÷ 3 ÷ 12 = 1 453,89 → open last tranche: 4,80 €.
    expect(ok({ rfr: 52340, nbPart: 3 }, cantine).result).toBe('Tarif : 4,80 €');
    // 0 → first tranche: 1,00 €.
    expect(ok({ rfr: 0, nbPart: 1 }, cantine).result).toBe('Tarif : 1,00 €');
    expect(ok({ rfr: 21480, nbPart: 1 }, cantine).inputs).toEqual([
      { scope: 'dgfip_rfr', field: 'rfr', value: 21480 },
      { scope: 'dgfip_nbpart', field: 'nbPart', value: 1 },
    ]);
  });

  it("taux d'effort with a floor and a ceiling", () => {
    const effort = method({ id: 'taux-effort', effortMode: 'plancher-plafond', rate: '0,25', floor: '2,60', ceiling: '4,50' });
    // 1 453,89 × 0,25 % = 3,63 €, between the floor and the ceiling.
    const martin = ok({ rfr: 52340, nbPart: 3 }, effort);
    expect(martin.lines[1]).toBe('1 453,89 € × 0,25 % = 3,63 €');
    expect(martin.result).toBe('Tarif : 3,63 €');
    // 658,67 × 0,25 % = 1,65 € → raised to the floor.
    expect(ok({ rfr: 19760, nbPart: 2.5 }, effort).result).toBe('Tarif : 2,60 €');
    // 248 000 ÷ 2,5 ÷ 12 = 8 266,67 × 0,25 % = 20,67 € → lowered to the ceiling.
    expect(ok({ rfr: 248000, nbPart: 2.5 }, effort).result).toBe('Tarif : 4,50 €');
  });

  it('barème CNAF: monthly resources, bounded, times the rate for the number of children', () => {
    const cnaf = method({ id: 'bareme-cnaf', resourcesFloor: '814,62', resourcesCeiling: '8 500' });
    // 48 900 ÷ 12 = 4 075 € × 0,031 % (4 children) = 1,26 € an hour.
    const dubois = ok({ rfr: 48900, pac: { nbPac: 4 } }, cnaf);
    expect(dubois.lines[1]).toBe("Taux d'effort pour 4 enfants à charge : 0,031 %");
    expect(dubois.result).toBe('Tarif horaire : 1,26 €');
    // RFR 0 → the floor, 814,62 € × 0,0619 % (one child at least) = 0,50 €.
    expect(ok({ rfr: 0, pac: { nbPac: 0 } }, cnaf).result).toBe('Tarif horaire : 0,50 €');
    // 248 000 ÷ 12 = 20 666,67 → the ceiling, 8 500 € × 0,0516 % (2 children) = 4,39 €.
    expect(ok({ rfr: 248000, pac: { nbPac: 2 } }, cnaf).result).toBe('Tarif horaire : 4,39 €');
  });

  it('reads the revenu brut global when the method uses it', () => {
    const rbg = method({ id: 'qf-fiscal', incomeBasis: 'rbg', qfPeriod: 'annuel' });
    // 10 210 ÷ 2 = 5 105 €.
    expect(ok({ rfr: 12980, revenuBrutGlobal: 10210, nbPart: 2 }, rbg).result).toBe('Quotient familial : 5 105,00 €');
  });

  it('reads the latest period of IR multiple', () => {
    const qf = method({ id: 'qf-fiscal', qfPeriod: 'mensuel' });
    const result = ok(
      {
        situationsIR: [
          { rfr: 8150, nbPart: 2 },
          { rfr: 19480, nbPart: 2 },
        ],
      },
      qf,
    );
    // 19 480 ÷ 2 ÷ 12 = 811,67 €.
    expect(result.result).toBe('Quotient familial : 811,67 €');
    expect(result.situationNote).toBe("Calcul sur la dernière des 2 périodes de l'année.");
  });

  it('says which datum is missing rather than computing without it', () => {
    const outcome = tariffFromResponse({ nbPart: 2 }, cantine);
    expect(outcome).toMatchObject({ ok: false, missing: ['dgfip_rfr'] });
    expect(!outcome.ok && outcome.reason).toBe(
      "La réponse ne contient pas « Revenu fiscal de référence » : la méthode de calcul ne peut pas s'appliquer à ce foyer.",
    );
    expect(tariffFromResponse({}, cantine)).toMatchObject({ ok: false, missing: ['dgfip_rfr', 'dgfip_nbpart'] });
  });

  it('has nothing to compute without a method, or with the residence method', () => {
    expect(tariffFromResponse({ rfr: 1 }, method({ id: '' }))).toMatchObject({
      ok: false,
      reason: "Choisissez une méthode de calcul à l'étape 3 pour simuler un tarif.",
    });
    expect(tariffFromResponse({ rfr: 1 }, method({ id: '' }))).toEqual({
      ok: false,
      reason: "Choisissez une méthode de calcul à l'étape 3 pour simuler un tarif.",
      missing: [],
    });
    expect(tariffFromResponse({ aft: 'X' }, method({ id: 'residence' }))).toEqual({
      ok: false,
      reason: "Cette méthode ne calcule pas de tarif : elle vérifie l'adresse du foyer.",
      missing: [],
    });
    expect(tariffFromResponse({ aft: 'X' }, method({ id: 'residence' }))).toMatchObject({
      ok: false,
      reason: "Cette méthode ne calcule pas de tarif : elle vérifie l'adresse du foyer.",
    });
  });
});

describe('the tariff, from what a response holds', () => {
  it('reads the top of the body when IR multiple returns no period, and notes only several periods', () => {
    expect(ok({ situationsIR: [], rfr: 12_000, nbPart: 2 }, cantine).inputs.map((i) => i.value)).toEqual([12_000, 2]);
    expect(ok({ situationsIR: [{ rfr: 12_000, nbPart: 2 }] }, cantine).situationNote).toBeNull();
    expect(
      ok(
        {
          situationsIR: [
            { rfr: 1, nbPart: 1 },
            { rfr: 12_000, nbPart: 2 },
          ],
        },
        cantine,
      ).situationNote,
    ).toBe("Calcul sur la dernière des 2 périodes de l'année.");
  });

  it('takes only finite numbers, and names every datum missing', () => {
    for (const rfr of ['12000', Number.NaN, Number.POSITIVE_INFINITY, null]) {
      expect(tariffFromResponse({ rfr, nbPart: 2 }, cantine), String(rfr)).toMatchObject({ ok: false, missing: ['dgfip_rfr'] });
    }
    const outcome = tariffFromResponse({}, cantine);
    expect(!outcome.ok && outcome.reason).toBe(
      "La réponse ne contient pas « Revenu fiscal de référence » et « Nombre de parts » : la méthode de calcul ne peut pas s'appliquer à ce foyer.",
    );
  });
});
