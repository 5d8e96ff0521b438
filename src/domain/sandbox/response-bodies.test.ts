import { describe, expect, it } from 'vitest';
import type { TaxNotice } from './household-model';
import { HOUSEHOLDS } from './households';
import { assietteBody, factureBody, multipleBody } from './response-bodies';

const martin = HOUSEHOLDS.find((h) => h.id === 'martin')!;
const notice = martin.years[2025]!.notices[0]!;
const withIncome = (income: Partial<TaxNotice['income']>): TaxNotice => ({ ...notice, income: { ...notice.income, ...income } });

describe('the bodies of the fictional answers', () => {
  it('say whether the household declared a deficit, O or N', () => {
    expect(assietteBody(martin, withIncome({ deficit: true }), 2025).indDeficit).toBe('O');
    expect(assietteBody(martin, withIncome({ deficit: false }), 2025).indDeficit).toBe('N');
  });

  it('leave out the RFR and the tax on the barème when the notice has none, rather than sending null', () => {
    const body = assietteBody(martin, withIncome({ rfr: null, mntRevbareme: null }), 2025);
    expect('rfr' in body).toBe(false);
    expect('mntRevbareme' in body).toBe(false);
    expect(body.montTotIr).toBe(0);
    const full = assietteBody(martin, withIncome({ rfr: 12_345, mntRevbareme: 678 }), 2025);
    expect([full.rfr, full.mntRevbareme]).toEqual([12_345, 678]);
  });

  it('print an empty RFR line on the facture when the notice has no RFR', () => {
    const lines = factureBody(martin, withIncome({ rfr: null }), 2025).facture as { libelleLigne: string; colonne1: string }[];
    expect(lines.find((l) => l.libelleLigne === 'Revenu fiscal de référence')?.colonne1).toBe('');
  });

  it('give IR multiple a period without declarant, with no SPI', () => {
    const body = multipleBody(martin, [{ ...notice, declarants: [] }], 2025) as { situationsIR: Record<string, unknown>[] };
    expect(body.situationsIR[0]?.spiDec1).toBeUndefined();
    expect(body.situationsIR[0]).not.toHaveProperty('spiDec2');
  });
});
