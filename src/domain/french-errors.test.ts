import { describe, expect, it } from 'vitest';
import { INCOMPLETE_DATE_MESSAGE, tooLongMessage, tooManyMessage } from './french-errors';
import { z } from './zod';

/** The message the person typing reads for a value the schema refuses. */
const messageFor = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  return result.error.issues.map((i) => i.message);
};

describe('the French message for a value that does not fit', () => {
  it('says how many characters are allowed and how many are too many, in the singular for one', () => {
    expect(messageFor(z.string().max(3), 'abcde')).toEqual(['3 caractères au plus : 2 de trop.']);
    expect(messageFor(z.string().max(1), 'ab')).toEqual(['1 caractère au plus : 1 de trop.']);
    expect(tooLongMessage(1301, 1200)).toBe('1\u202f200 caractères au plus : 101 de trop.');
  });

  it('says how many entries a list may have, with the words the caller gives', () => {
    expect(messageFor(z.array(z.string()).max(2), ['a', 'b', 'c'])).toEqual(['2 éléments au plus : 1 de trop.']);
    expect(tooManyMessage(12, 10, 'tranche', 'tranches')).toBe('10 tranches au plus : 2 de trop.');
    expect(tooManyMessage(2, 1, 'tranche', 'tranches')).toBe('1 tranche au plus : 1 de trop.');
    expect(tooManyMessage(3, 1)).toBe('1 élément au plus : 2 de trop.');
  });

  it('gives the bound of a number too large or too small, and asks to fill an empty text', () => {
    expect(messageFor(z.number().max(5), 9)).toEqual(['Valeur trop grande : 5 au plus.']);
    expect(messageFor(z.set(z.string()).max(1), new Set(['a', 'b']))).toEqual(['Valeur trop grande : 1 au plus.']);
    expect(messageFor(z.number().min(1), 0)).toEqual(['Valeur trop petite : 1 au moins.']);
    expect(messageFor(z.array(z.string()).min(1), [])).toEqual(['Valeur trop petite : 1 au moins.']);
    expect(messageFor(z.string().min(1), '')).toEqual(['Ce champ ne peut pas être vide.']);
  });

  it('gives only the bound when a rule reports a length without the text or the list it measured', () => {
    const rule = (origin: 'string' | 'array' | 'number') =>
      z.object({ amount: z.string() }).superRefine((section, ctx) => {
        ctx.addIssue({ code: 'too_big', origin, maximum: 10, input: section });
      });
    expect(messageFor(rule('string'), { amount: '12' })).toEqual(['Valeur trop grande : 10 au plus.']);
    expect(messageFor(rule('array'), { amount: '12' })).toEqual(['Valeur trop grande : 10 au plus.']);
    const typedAmount = z.string().superRefine((amount, ctx) => {
      ctx.addIssue({ code: 'too_big', origin: 'number', maximum: 10, input: amount });
    });
    expect(messageFor(typedAmount, '12')).toEqual(['Valeur trop grande : 10 au plus.']);
  });

  it('asks for a complete date, a readable date and time, or the expected form of a text', () => {
    expect(messageFor(z.iso.date(), '2027-13-45')).toEqual([INCOMPLETE_DATE_MESSAGE]);
    expect(INCOMPLETE_DATE_MESSAGE).toBe('Date incomplète ou impossible : saisissez le jour, le mois et l’année (4 chiffres).');
    expect(messageFor(z.iso.datetime(), 'hier')).toEqual(['Date et heure illisibles : elles ne sont pas au format attendu.']);
    expect(messageFor(z.string().regex(/^D\d+$/), 'x')).toEqual(['Ce texte n’a pas la forme attendue.']);
  });

  it('says what kind of value was expected', () => {
    expect(messageFor(z.string(), 1)).toEqual(['Un texte est attendu ici.']);
    expect(messageFor(z.number(), '1')).toEqual(['Un nombre est attendu ici.']);
    expect(messageFor(z.boolean(), 'oui')).toEqual(['Une case cochée ou non est attendue ici : true (cochée) ou false (non cochée).']);
    expect(messageFor(z.object({}), null)).toEqual(['Cette partie du dossier manque ou n’a pas la forme attendue.']);
    expect(messageFor(z.array(z.string()), 'a')).toEqual(['Une liste est attendue ici, entre crochets : [ ].']);
    expect(messageFor(z.date(), 'demain')).toEqual(['Valeur d’un type inattendu.']);
  });

  it('asks to choose among the answers offered', () => {
    expect(messageFor(z.enum(['oui', 'non']), 'peut-être')).toEqual(['Valeur inconnue : choisissez l’une des réponses proposées.']);
    expect(messageFor(z.union([z.literal(''), z.literal('oui')]), 'non')).toEqual(['Valeur inconnue : choisissez l’une des réponses proposées.']);
  });

  it('refuses unknown entries, as keys or as parts', () => {
    expect(messageFor(z.record(z.string().max(1), z.string()), { bb: 'x' })).toEqual(['Entrée inconnue à cet endroit du dossier.']);
    expect(messageFor(z.strictObject({ a: z.string() }), { a: 'x', b: 'y' })).toEqual(['Cette partie du dossier contient des entrées inconnues.']);
  });

  it('falls back on a plain sentence for any other refusal', () => {
    expect(
      messageFor(
        z.string().refine(() => false),
        'x',
      ),
    ).toEqual(['Cette valeur ne convient pas ici.']);
  });

  it('leaves a rule’s own message as it wrote it', () => {
    expect(
      messageFor(
        z.string().refine(() => false, { error: 'Indiquez le nom.' }),
        'x',
      ),
    ).toEqual(['Indiquez le nom.']);
  });
});
