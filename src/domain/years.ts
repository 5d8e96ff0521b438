import { addDays, formatFrenchDate, parseIsoDate, yearOf, type IsoDate } from './dates';
import { FALLBACK_YEAR_SCOPE, type ScopeKey } from './catalogue/scopes';

/**
 * Which income years API Impôt particulier can return during a registration campaign, and which
 * DataPass year to ask for. Income of year N-1 becomes available when it is taxed, in late July
 * of year N; before that, the latest available year is N-2 (asking N-1 gives an error 410).
 */

/** Taxation dates published in the DGFiP's guide (§ 8), year of taxation → date. */
export const KNOWN_TAXATION_DATES: Readonly<Record<number, IsoDate>> = {
  2024: '2024-07-22',
  2025: '2025-07-22',
};

/**
 * The years this advice is computed for: the API's own years, with a wide margin. Outside them
 * (a year typed wrong, 1027 or 20270), there is no advice to give, not an error to throw.
 */
export const ADVICE_YEARS = { min: 1900, max: 2999 } as const;

function withinAdviceYears(date: IsoDate): boolean {
  const year = yearOf(date);
  return parseIsoDate(date) !== null && year >= ADVICE_YEARS.min && year <= ADVICE_YEARS.max;
}

/** Until the DGFiP publishes a year's date, the recent ones are the best forecast. */
export function taxationDate(year: number): { date: IsoDate; forecast: boolean } {
  const known = KNOWN_TAXATION_DATES[year];
  return known ? { date: known, forecast: false } : { date: `${String(year).padStart(4, '0')}-07-22`, forecast: true };
}

/** The most recent income year the API returns on a given day. */
export function latestIncomeYear(date: IsoDate): number {
  const year = yearOf(date);
  return date >= taxationDate(year).date ? year - 1 : year - 2;
}

export interface AvailabilityPeriod {
  from: IsoDate;
  to: IsoDate;
  incomeYear: number;
  /** DataPass's name of that year on those days. */
  relative: 'N-1' | 'N-2';
}

/** The campaign cut where the returned income year changes; empty when not computable. */
export function availabilityPeriods(start: IsoDate, end: IsoDate): AvailabilityPeriod[] {
  if (!withinAdviceYears(start) || !withinAdviceYears(end)) return [];
  const periods: AvailabilityPeriod[] = [];
  let from: IsoDate | null = start;
  // Stryker disable next-line ConditionalExpression: equivalent, `null <= end` is false in JavaScript, so the loop stops on null either way.
  while (from !== null && from <= end) {
    const year = yearOf(from);
    const switchDate = taxationDate(year).date;
    const boundary = from < switchDate ? switchDate : `${year + 1}-01-01`;
    const to = boundary <= end ? addDays(boundary, -1) : end;
    // Stryker disable next-line ConditionalExpression: equivalent, `to` is never null here (boundary and end are days of 1900 to 3000); kept for the type.
    if (to === null) break;
    const incomeYear = latestIncomeYear(from);
    periods.push({ from, to, incomeYear, relative: year - incomeYear === 1 ? 'N-1' : 'N-2' });
    from = addDays(to, 1);
  }
  return periods;
}

export interface YearAdvice {
  recommended: ScopeKey;
  /** One plain sentence saying why (written on first reading: it formats dates). */
  readonly reason: string;
  periods: AvailabilityPeriod[];
  /** The taxation dates involved are forecasts, not published dates. */
  forecast: boolean;
}

function span(start: IsoDate, end: IsoDate): string {
  return `du ${formatFrenchDate(start)} au ${formatFrenchDate(end)}`;
}

/** Which year to ask for a campaign; null when its dates do not allow an answer. */
export function adviseYears(start: IsoDate, end: IsoDate): YearAdvice | null {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, availabilityPeriods gives such dates no period; the next check returns null.
  if (!withinAdviceYears(start) || !withinAdviceYears(end) || end < start) return null;
  const periods = availabilityPeriods(start, end);
  const first = periods[0];
  // Stryker disable next-line ConditionalExpression: equivalent, dates the check above lets through always give a period.
  if (first === undefined) return null;
  const forecast = [...new Set(periods.map((p) => yearOf(p.from)))].some((y) => taxationDate(y).forecast);
  const when = () => span(start, end);
  const switchOf = (year: number) => `vers le ${formatFrenchDate(taxationDate(year).date)}`;

  if (periods.every((p) => p.relative === 'N-1')) {
    return {
      recommended: 'dgfip_annee_n_moins_1',
      get reason() {
        return `${capitalise(when())}, les revenus ${first.incomeYear} seront disponibles (impôt calculé ${switchOf(yearOf(start))}) : demandez la dernière année de revenu (N-1).`;
      },
      periods,
      forecast,
    };
  }
  if (periods.every((p) => p.relative === 'N-2')) {
    return {
      recommended: 'dgfip_annee_n_moins_2',
      get reason() {
        return `${capitalise(when())}, les revenus ${yearOf(start) - 1} ne seront pas encore disponibles (impôt calculé ${switchOf(yearOf(start))}) : demandez l'avant-dernière année de revenu (N-2), les revenus ${first.incomeYear}.`;
      },
      periods,
      forecast,
    };
  }
  const incomeYears = [...new Set(periods.map((p) => p.incomeYear))];
  const reason = () =>
    incomeYears.length === 1
      ? `${capitalise(when())}, la dernière année disponible reste celle des revenus ${first.incomeYear}, mais DataPass l'appelle N-1 puis N-2 au changement d'année civile : l'année « N-1 ou N-2 » la donne sans interruption.`
      : `La campagne enjambe le calcul de l'impôt (${changeOfIncomeYear(periods)}) : l'année « N-1 ou N-2 » donne les revenus ${incomeYears.join(' puis ')} ; pour traiter toutes les familles sur la même année, fixez cette règle dans la délibération.`;
  return {
    recommended: FALLBACK_YEAR_SCOPE,
    get reason() {
      return reason();
    },
    periods,
    forecast,
  };
}

/** "vers le 22 juillet 2027": the first day on which a newer income year is returned. */
function changeOfIncomeYear(periods: AvailabilityPeriod[]): string {
  // Stryker disable next-line OptionalChaining: equivalent, i > 0 so the period before is always there.
  const change = periods.find((p, i) => i > 0 && p.incomeYear !== periods[i - 1]?.incomeYear);
  // Stryker disable next-line StringLiteral: equivalent, only called when the campaign has two income years, so a change is always found.
  return change ? `vers le ${formatFrenchDate(change.from)}` : '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
