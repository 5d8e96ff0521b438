import { describe, expect, it } from 'vitest';
import { siretProblem } from './siret';
import { emailIsValid, phoneIsValid } from './contact';
import { parseDecimal } from './number';

describe('SIRET', () => {
  it.each(['21750001600019', '13002526500013', '217 500 016 00019', '35600000000048'])('accepts %s', (siret) => {
    expect(siretProblem(siret)).toBeNull();
  });
  it('refuses a wrong length or letters', () => {
    expect(siretProblem('2175000160001')).toBe('not-14-digits');
    expect(siretProblem('2175000160001A')).toBe('not-14-digits');
  });
  it('refuses a typo caught by the Luhn key', () => {
    expect(siretProblem('21750001600018')).toBe('bad-checksum');
    expect(siretProblem('12750001600019')).toBe('bad-checksum');
  });
  it('applies La Poste’s own rule to its establishments', () => {
    expect(siretProblem('35600000012346')).toBeNull(); // digit sum 30
    expect(siretProblem('35600000012342')).toBe('bad-checksum'); // digit sum 26
  });
});

describe('phone numbers', () => {
  it.each(['01 23 45 67 89', '0123456789', '06.12.34.56.78', '+33 1 23 45 67 89', '+262 262 12 34 56', '+32 2 123 45 67'])('accepts %s', (phone) => {
    expect(phoneIsValid(phone)).toBe(true);
  });
  it.each(['0123', '00 23 45 67 89', '+33 0 23 45 67 89', '01 23 45 67 89 10', 'standard', ''])('refuses %s', (phone) => {
    expect(phoneIsValid(phone)).toBe(false);
  });
});

describe('e-mail addresses', () => {
  it.each(['claire.martin@mairie-exemple.fr', 'dpd+ip@agglo.gouv.fr', ' a@b.co '])('accepts %s', (email) => {
    expect(emailIsValid(email)).toBe(true);
  });
  it.each(['claire.martin', 'claire@mairie', 'claire martin@mairie.fr', 'a@@b.fr', '.a@b.fr', 'a..b@c.fr', 'a@-b.fr'])('refuses %s', (email) => {
    expect(emailIsValid(email)).toBe(false);
  });
});

describe('amounts typed the French way', () => {
  it('reads decimal commas, thousands separators and units', () => {
    expect(parseDecimal('2,60')).toBe(2.6);
    expect(parseDecimal('1 234,50 €')).toBe(1234.5);
    expect(parseDecimal('8\u202f500')).toBe(8500);
    expect(parseDecimal('0,36 %')).toBe(0.36);
  });
  it('refuses what is not a number', () => {
    expect(parseDecimal('2,6o')).toBeNull();
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('1,2,3')).toBeNull();
  });
});
