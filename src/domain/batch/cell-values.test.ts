import { describe, expect, it } from 'vitest';
import { cellValue, parseTranches } from './cell-values';
import { columnByKey } from './columns';

const UNREADABLE = (n: number, part: string) =>
  `Grille illisible à la tranche ${n} (« ${part} ») : écrivez chaque tranche « plafond de QF : tarif », séparées par « ; », par exemple « 500 : 1 ; 900 : 2,40 ; au-delà : 4,80 ».`;

describe('a tariff grid in a cell', () => {
  it('skips empty tranches: a trailing « ; », blank lines, lines of spaces', () => {
    expect(parseTranches('500 : 1 ;  ; \n \n au-delà : 2 ;')).toEqual({
      ok: true,
      value: [
        { upTo: '500', price: '1' },
        { upTo: '', price: '2' },
      ],
    });
  });

  it('refuses a tranche without a price, naming it', () => {
    expect(parseTranches('500 : 1 ; 900 :')).toEqual({ ok: false, message: UNREADABLE(2, '900 :') });
  });

  it('refuses a grid whose tranches a lone carriage return separates, rather than reading a bound across them or dropping one', () => {
    expect(parseTranches('500 : 1\r900 : 2,40')).toEqual({ ok: false, message: UNREADABLE(1, '500 : 1\r900 : 2,40') });
  });

  it('drops a euro sign after a bound or a price, with or without spaces before it', () => {
    expect(parseTranches('500€ : 1€ ; 900 € : 2,40  € ; au-delà : 4,80 €')).toEqual({
      ok: true,
      value: [
        { upTo: '500', price: '1' },
        { upTo: '900', price: '2,40' },
        { upTo: '', price: '4,80' },
      ],
    });
  });

  it('keeps a euro sign inside an amount as typed, for the method step to refuse, rather than reading « 1€50 » as 150', () => {
    expect(parseTranches('500€50 : 1€50')).toEqual({ ok: true, value: [{ upTo: '500€50', price: '1€50' }] });
  });
});

describe('a cell of each kind', () => {
  it('keeps a text as typed, even thirteen digits a SIRET would complete', () => {
    expect(cellValue(columnByKey('name'), '1234567890123')).toEqual({ ok: true, value: '1234567890123' });
    expect(cellValue(columnByKey('demandeur.familyName'), '123456789')).toEqual({ ok: true, value: '123456789' });
  });

  it('names what an unknown organisation type or method should have been', () => {
    const type = cellValue(columnByKey('type'), 'Mairie');
    expect(!type.ok && type.message).toMatch(/^« Mairie » n’est pas un type d’organisation connu\. Écrivez l’un de ceux-ci : Commune \(commune\) ; /);
    const method = cellValue(columnByKey('method'), 'Forfait');
    expect(!method.ok && method.message).toMatch(/^« Forfait » n’est pas une méthode de calcul connue\. Écrivez l’un de ceux-ci : Quotient familial fiscal /);
  });

  it('takes an organisation type or a method by its label or its code, whatever the case and accents', () => {
    expect(cellValue(columnByKey('type'), 'DEPARTEMENT')).toEqual({ ok: true, value: 'departement' });
    expect(cellValue(columnByKey('method'), 'Tranches de quotient familial')).toEqual({ ok: true, value: 'tranches-qf' });
  });
});
