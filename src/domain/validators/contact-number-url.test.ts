import { describe, expect, it, vi } from 'vitest';
import { emailIsValid, phoneIsValid } from './contact';
import { formatEuros, formatNumber, parseDecimal, parseWholeNumber } from './number';
import { webUrlIsValid } from './url';

describe('a phone number', () => {
  it('may be written with spaces, no-break spaces, dots, dashes or brackets', () => {
    for (const phone of ['01-23-45-67-89', '(01) 23 45 67 89', '01\u00a023\u202f45 67 89', '+33 (1) 23 45 67 89']) {
      expect(phoneIsValid(phone), phone).toBe(true);
    }
  });

  it('in France has ten digits, the first 0 and the second not', () => {
    expect(phoneIsValid('0912345678')).toBe(true);
    expect(phoneIsValid('012345678')).toBe(false);
    expect(phoneIsValid('01234567890')).toBe(false);
    expect(phoneIsValid('1123456789')).toBe(false);
    expect(phoneIsValid('x0123456789')).toBe(false);
    expect(phoneIsValid('0123456789x')).toBe(false);
  });

  it('after +33 has the nine digits of the French number without its 0, nothing else', () => {
    expect(phoneIsValid('+33 9 12 34 56 78')).toBe(true);
    expect(phoneIsValid('+33 (0)1 23 45 67 89')).toBe(false);
    expect(phoneIsValid('+33 1 23 45 67 8')).toBe(false);
    expect(phoneIsValid('+33 1 23 45 67 89 1')).toBe(false);
  });

  it('abroad has a + and 8 to 15 digits, the first not 0', () => {
    expect(phoneIsValid('+1 234 567 8')).toBe(true);
    expect(phoneIsValid('+1 234 567')).toBe(false);
    expect(phoneIsValid('+123 456 789 012 345')).toBe(true);
    expect(phoneIsValid('+123 456 789 012 345 6')).toBe(false);
    expect(phoneIsValid('+0 234 567 89')).toBe(false);
    expect(phoneIsValid('1 234 567 89')).toBe(false);
    expect(phoneIsValid('+1 234 567 89x')).toBe(false);
    expect(phoneIsValid('x+1 234 567 89')).toBe(false);
    expect(phoneIsValid('1+33 1 23 45 67 89')).toBe(false);
  });
});

describe('an e-mail address', () => {
  const at = (local: string, domain = 'mairie.fr') => `${local}@${domain}`;

  it('has at most 254 characters', () => {
    const domain = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(55)}.fr`;
    expect(at('x'.repeat(254 - domain.length - 1), domain)).toHaveLength(254);
    expect(emailIsValid(at('x'.repeat(254 - domain.length - 1), domain))).toBe(true);
    expect(emailIsValid(at('x'.repeat(255 - domain.length - 1), domain))).toBe(false);
  });

  it('has at most 64 characters before the @', () => {
    expect(emailIsValid(at('x'.repeat(64)))).toBe(true);
    expect(emailIsValid(at('x'.repeat(65)))).toBe(false);
  });

  it('has no dot at either end of its name, nor two in a row, but may have single dots inside', () => {
    expect(emailIsValid(at('claire.m.martin'))).toBe(true);
    expect(emailIsValid(at('.claire'))).toBe(false);
    expect(emailIsValid(at('claire.'))).toBe(false);
    expect(emailIsValid(at('claire..martin'))).toBe(false);
  });

  it('needs a domain with a dot and a top-level domain of two letters or more', () => {
    expect(emailIsValid(at('claire', 'mairie.f'))).toBe(false);
    expect(emailIsValid(at('claire', 'mairie.fr2'))).toBe(false);
    expect(emailIsValid(at('claire', 'sub.mairie-exemple.gouv.fr'))).toBe(true);
    expect(emailIsValid(at('claire', 'mairie-.fr'))).toBe(false);
  });

  it('is read without the spaces around it, but not with spaces inside', () => {
    expect(emailIsValid('\tclaire@mairie.fr\n')).toBe(true);
    expect(emailIsValid('claire@mai rie.fr')).toBe(false);
    expect(emailIsValid('')).toBe(false);
  });
});

describe('an amount typed the French way', () => {
  it('may be negative, and have a decimal point instead of a comma', () => {
    expect(parseDecimal('-2,5')).toBe(-2.5);
    expect(parseDecimal('2.5')).toBe(2.5);
    expect(parseDecimal(' 12 ')).toBe(12);
    expect(parseDecimal('12€')).toBe(12);
    expect(parseDecimal('12%')).toBe(12);
  });

  it('has its unit at the end only, digits on both sides of its comma, no exponent', () => {
    for (const text of ['€12', '%12', '12 € 50', '12 €€', ',5', '5,', '1e3', '+5', '--5', 'Infinity', '0x10', '5 ans']) {
      expect(parseDecimal(text), text).toBeNull();
    }
  });

  it('is refused when too large to be a number', () => {
    expect(parseDecimal('9'.repeat(400))).toBeNull();
    expect(parseDecimal('9'.repeat(300))).toBe(Number('9'.repeat(300)));
  });

  it('is a whole number only without a fraction', () => {
    expect(parseWholeNumber('1 200')).toBe(1200);
    expect(parseWholeNumber('12,0')).toBe(12);
    expect(parseWholeNumber('12,5')).toBeNull();
    expect(parseWholeNumber('douze')).toBeNull();
    expect(parseWholeNumber('0')).toBe(0);
  });

  it('is written in euros or as a number the French way from the first one written (the formatters are made on first use)', async () => {
    vi.resetModules();
    const fresh = await import('./number');
    expect(fresh.formatEuros(2.6)).toBe('2,60\u00a0€');
    expect(fresh.formatNumber(1234.56789)).toBe('1\u202f234,5679');
  });

  it('is written back in euros or as a number the French way', () => {
    expect(formatEuros(1234.5)).toBe('1\u202f234,50\u00a0€');
    expect(formatEuros(2.6)).toBe('2,60\u00a0€');
    expect(formatNumber(1234.56789)).toBe('1\u202f234,5679');
    expect(formatNumber(0.36)).toBe('0,36');
  });
});

describe('a web address', () => {
  it('is an http or https address with a dotted host, spaces around it allowed', () => {
    expect(webUrlIsValid('https://www.legifrance.gouv.fr/jorf/id/X')).toBe(true);
    expect(webUrlIsValid('http://mairie.fr')).toBe(true);
    expect(webUrlIsValid('  https://mairie.fr/deliberation.pdf ')).toBe(true);
    expect(webUrlIsValid('\u00a0https://mairie.fr/deliberation.pdf\u202f')).toBe(true);
  });

  it('is not another scheme, a host without a dot, or text', () => {
    for (const text of ['ftp://mairie.fr/a.pdf', 'javascript:alert(1)', 'file:///c/a.pdf', 'https://intranet/a.pdf', 'mairie.fr', 'voir le registre', '']) {
      expect(webUrlIsValid(text), text).toBe(false);
    }
  });
});
