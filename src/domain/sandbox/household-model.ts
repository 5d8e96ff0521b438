import type { IsoDate } from '../dates';

/**
 * The shape of the fictional population the local sandbox answers from. It models tax notices
 * (avis), not API responses: the same household yields the bodies of every resource, so that
 * IR assiette, dernière situation, multiple and facture never disagree about a household.
 */

/** Situation de famille codes of the API: marié, pacsé (O), célibataire, divorcé, veuf. */
export type SitFam = 'M' | 'O' | 'C' | 'D' | 'V';

/** The boxes of the return counted in `pac` (nbPacF … nbPacP). G is part of F, I part of H. */
export type PacBox = 'F' | 'G' | 'H' | 'I' | 'R' | 'J' | 'N' | 'P';
export const PAC_BOXES: readonly PacBox[] = ['F', 'G', 'H', 'I', 'R', 'J', 'N', 'P'];

export interface Declarant {
  /** Numéro fiscal, 13 digits. */
  spi: string;
  /** Nom de naissance, nom d'usage, prénoms: upper case, as the API sends them. */
  nmNai: string;
  nmUsa: string;
  prnm: string;
  birth: IsoDate;
  dptNaiss: string;
  lieuNaiss: string;
}

export interface Address {
  complementAdresse: string;
  voie: string;
  codePostal: string;
  commune: string;
}

export interface Income {
  /** null: the notice carries no revenu fiscal de référence (the API then omits `rfr`). */
  rfr: number | null;
  revenuBrutGlobal: number;
  /** Ligne 14; null when absent (no income, or effective-rate rule), 0 under the scale. */
  mntRevbareme: number | null;
  deficit: boolean;
}

/** One tax notice: one a year, or two in the year a married or PACS partner dies. */
export interface TaxNotice {
  declarants: readonly Declarant[];
  sitFam: SitFam;
  nbPart: number;
  boxes: Readonly<Partial<Record<PacBox, number>>>;
  /** Case T. */
  parentIsole: boolean;
  income: Income;
  /** Only for a year split by a death: the days this notice covers. */
  period: { from: IsoDate; to: IsoDate } | null;
  /** Death dates of declarant 1 and of the spouse (declarant 2), when they happened that year. */
  deaths: { dec1: IsoDate | null; dec2: IsoDate | null };
}

export interface IncomeYear {
  notices: readonly TaxNotice[];
  /** Taxed to IFI (ISF before 2018) for that year. */
  ifi: boolean;
}

export interface FictionalHousehold {
  id: string;
  /** One line for the tester's list, in French. */
  situation: string;
  /** The cases the tester can try with it. */
  covers: readonly string[];
  address: Address;
  /** Income year (annrev) → notices. A missing year answers 410 / 4101. */
  years: Readonly<Record<number, IncomeYear>>;
  /** A fictional FranceConnect access token standing for this household's first declarant. */
  franceConnectToken: string;
}

/** Every person who declared in the household at some point, first declarant first. */
export function householdMembers(household: FictionalHousehold): Declarant[] {
  const bySpi = new Map<string, Declarant>();
  for (const year of Object.values(household.years)) {
    for (const notice of year.notices) for (const d of notice.declarants) if (!bySpi.has(d.spi)) bySpi.set(d.spi, d);
  }
  return [...bySpi.values()];
}

/** nbPac counts people, so the "dont" boxes (G within F, I within H) are not added again. */
export function dependantCount(boxes: TaxNotice['boxes']): number {
  const n = (box: PacBox) => boxes[box] ?? 0;
  return n('F') + n('H') + n('R') + n('J') + n('N') + n('P');
}

/** "Julien Martin", for lists: the first first name and the usage name, in title case. */
export function displayName(declarant: Declarant): string {
  const title = (s: string) => s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
  // Stryker disable next-line StringLiteral: out of reach, split always gives a first part, '' for an empty text.
  return `${title(declarant.prnm.split(' ')[0] ?? '')} ${title(declarant.nmUsa)}`;
}
