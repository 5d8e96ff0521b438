import type { z } from 'zod';

/**
 * The French sentence shown for a value that does not fit the dossier's shape. Zod's own
 * messages are English and written for developers; these are for the person typing, beside the
 * field, so they say what to do ("300 caractères au plus : 12 de trop"). A rule with its own
 * message (the steps' rules) keeps it: this map only speaks when nothing else did.
 */
const frenchCount = (count: number, one: string, many: string) => `${new Intl.NumberFormat('fr-FR').format(count)} ${count > 1 ? many : one}`;

export function tooLongMessage(length: number, max: number): string {
  return `${frenchCount(max, 'caractère', 'caractères')} au plus : ${frenchCount(length - max, 'de trop', 'de trop')}.`;
}

export function tooManyMessage(count: number, max: number, one = 'élément', many = 'éléments'): string {
  return `${frenchCount(max, one, many)} au plus : ${frenchCount(count - max, 'de trop', 'de trop')}.`;
}

export const INCOMPLETE_DATE_MESSAGE = 'Date incomplète ou impossible : saisissez le jour, le mois et l’année (4 chiffres).';

type RawIssue = z.core.$ZodRawIssue;

/** What a value of the wrong kind should have been, said to the person who will correct it. */
const EXPECTED_KIND: Readonly<Record<string, string>> = {
  string: 'Un texte est attendu ici.',
  number: 'Un nombre est attendu ici.',
  boolean: 'Une case cochée ou non est attendue ici : true (cochée) ou false (non cochée).',
  object: 'Cette partie du dossier manque ou n’a pas la forme attendue.',
  array: 'Une liste est attendue ici, entre crochets : [ ].',
};

function lengthOf(input: unknown): number | null {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return null;
}

export function frenchIssueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'too_big': {
      const length = lengthOf(issue.input);
      const max = Number(issue.maximum);
      if (issue.origin === 'string' && length !== null) return tooLongMessage(length, max);
      if (issue.origin === 'array' && length !== null) return tooManyMessage(length, max);
      return `Valeur trop grande : ${String(issue.maximum)} au plus.`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'Ce champ ne peut pas être vide.';
      return `Valeur trop petite : ${String(issue.minimum)} au moins.`;
    case 'invalid_format':
      if (issue.format === 'date') return INCOMPLETE_DATE_MESSAGE;
      if (issue.format === 'datetime') return 'Date et heure illisibles : elles ne sont pas au format attendu.';
      return 'Ce texte n’a pas la forme attendue.';
    case 'invalid_type':
      return EXPECTED_KIND[issue.expected] ?? 'Valeur d’un type inattendu.';
    case 'invalid_value':
    case 'invalid_union':
      return 'Valeur inconnue : choisissez l’une des réponses proposées.';
    case 'invalid_key':
      return 'Entrée inconnue à cet endroit du dossier.';
    case 'unrecognized_keys':
      return 'Cette partie du dossier contient des entrées inconnues.';
    default:
      return 'Cette valeur ne convient pas ici.';
  }
}
