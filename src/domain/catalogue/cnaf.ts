/**
 * The CNAF's national hourly effort rates for collective care (EAJE under PSU), by number of
 * dependent children. A child receiving the AEEH moves the family to the next lower rate.
 * Resources are bounded by a floor and a ceiling (8 500 €/month from 1 September 2025; the
 * floor of about 814,62 € is to be checked each year on caf.fr).
 */
export const CNAF_COLLECTIVE_RATES: readonly [{ children: number; rate: number }, ...{ children: number; rate: number }[]] = [
  { children: 1, rate: 0.0619 },
  { children: 2, rate: 0.0516 },
  { children: 3, rate: 0.0413 },
  { children: 4, rate: 0.031 },
  { children: 8, rate: 0.0206 },
];

export const CNAF_INDICATIVE_FLOOR = '814,62';
export const CNAF_INDICATIVE_CEILING = '8 500';

/** Effort rate (in % of monthly resources) for a family with this many dependent children. */
export function cnafRate(children: number): number {
  const n = Math.max(1, Math.floor(children));
  let rate = CNAF_COLLECTIVE_RATES[0].rate;
  for (const row of CNAF_COLLECTIVE_RATES) if (n >= row.children) rate = row.rate;
  return rate;
}
