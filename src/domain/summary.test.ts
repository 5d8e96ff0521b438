import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../test/fixtures/dossiers';
import { summariseDossier } from './summary';

const gridOf = (tranches: { upTo: string; price: string }[]) => {
  const d = completeCantineDossier();
  return summariseDossier({ ...d, method: { ...d.method, tranches } })
    .find((s) => s.step === 'methode')!
    .rows.find((r) => r.label === 'Grille de tranches')!.value;
};

describe('the summary of a tariff grid', () => {
  it('reads as a council votes it: no bound shared by two tranches, French numbers, euros everywhere', () => {
    expect(
      gridOf([
        { upTo: '500', price: '1' },
        { upTo: '1400', price: '2,4' },
        { upTo: '', price: '4,80' },
      ]),
    ).toBe("QF jusqu'à 500 € : 1 € ; QF de plus de 500 € à 1\u202f400 € : 2,40 € ; QF au-delà de 1\u202f400 € : 4,80 €");
  });

  it('keeps what cannot be read as a number as it was typed, and marks what is missing', () => {
    expect(
      gridOf([
        { upTo: 'cinq cents', price: '' },
        { upTo: '', price: '3' },
      ]),
    ).toBe("QF jusqu'à cinq cents € : ? € ; QF au-delà de cinq cents € : 3 €");
  });
});
