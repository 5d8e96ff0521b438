import { METHODS, type MethodId } from '../catalogue/methods';
import { ORGANISATION_KINDS, type OrganisationType } from '../catalogue/organisations';
import { USE_CASES, type UseCaseId } from '../catalogue/use-cases';
import type { Tranche } from '../dossier/model';
import { headerKey, type BatchColumn } from './columns';

/**
 * A cell's text turned into the value the wizard would hold for it, or a French reason why it
 * cannot be. Choices (organisation type, use case, method) are the catalogue's own, named by
 * their id or their label; everything else is kept as typed, for the steps' rules to judge.
 */
export type CellValue = { ok: true; value: string | Tranche[] } | { ok: false; message: string };

interface Choice<T extends string> {
  id: T;
  label: string;
}

function choose<T extends string>(text: string, choices: readonly Choice<T>[], what: string): CellValue {
  const key = headerKey(text);
  const found = choices.find((c) => headerKey(c.id) === key || headerKey(c.label) === key);
  if (found) return { ok: true, value: found.id };
  return {
    ok: false,
    message: `« ${text} » n’est pas ${what}. Écrivez l’un de ceux-ci : ${choices.map((c) => `${c.label} (${c.id})`).join(' ; ')}.`,
  };
}

const ORGANISATION_CHOICES: readonly Choice<OrganisationType>[] = ORGANISATION_KINDS.map((k) => ({ id: k.type, label: k.label }));
const USE_CASE_CHOICES: readonly Choice<UseCaseId>[] = USE_CASES.map((u) => ({ id: u.id, label: u.label }));
const METHOD_CHOICES: readonly Choice<MethodId>[] = METHODS.map((m) => ({ id: m.id, label: m.label }));

/** The last tranche has no upper bound: "au-delà", "plus", or nothing before the colon. */
const NO_BOUND = new Set(['', 'audela', 'audeladu', 'plus', 'sup', 'ensuite', 'reste']);

export const TRANCHES_EXAMPLE = '500 : 1 ; 900 : 2,40 ; au-delà : 4,80';

/** "500 : 1 ; 900 : 2,40 ; au-delà : 4,80" → the grid's rows, amounts as typed. */
export function parseTranches(text: string): CellValue {
  const parts = text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const tranches: Tranche[] = [];
  for (const [i, part] of parts.entries()) {
    const match = /^([^:]*):(.*)$/.exec(part);
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, both groups always take part in a match, and without a match the check below refuses the tranche before the bound is read.
    const bound = match?.[1]?.trim() ?? '';
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, both groups always take part in a match, and without a match the check below refuses the tranche whatever the price.
    const price = match?.[2]?.trim() ?? '';
    if (!match || price === '') {
      return {
        ok: false,
        message: `Grille illisible à la tranche ${i + 1} (« ${part} ») : écrivez chaque tranche « plafond de QF : tarif », séparées par « ; », par exemple « ${TRANCHES_EXAMPLE} ».`,
      };
    }
    tranches.push({ upTo: NO_BOUND.has(headerKey(bound)) ? '' : bound.replace(/\s*€$/, ''), price: price.replace(/\s*€$/, '') });
  }
  return { ok: true, value: tranches };
}

/**
 * A spreadsheet stores "0123456789" as the number 123456789 and shows it so; saved as CSV, the
 * zero is gone too. A SIRET always has 14 digits and a French phone number 10 starting with 0:
 * one digit short, all digits and nothing else, the zero is given back.
 */
function restoreLeadingZero(text: string, digits: number): string {
  return new RegExp(`^[1-9]\\d{${digits - 2}}$`).test(text) ? `0${text}` : text;
}

export function cellValue(column: BatchColumn, text: string): CellValue {
  switch (column.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'siret':
      return { ok: true, value: restoreLeadingZero(text, 14) };
    case 'phone':
      return { ok: true, value: restoreLeadingZero(text, 10) };
    case 'organisation-type':
      return choose(text, ORGANISATION_CHOICES, 'un type d’organisation connu');
    case 'use-case':
      return choose(text, USE_CASE_CHOICES, 'un cas d’usage connu');
    case 'method':
      return choose(text, METHOD_CHOICES, 'une méthode de calcul connue');
    case 'tranches':
      return parseTranches(text);
  }
}
