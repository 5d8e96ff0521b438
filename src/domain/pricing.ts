import { cnafRate } from './catalogue/cnaf';
import { INCOME_BASES } from './catalogue/methods';
import type { MethodSection } from './dossier/model';
import { formatEuros, formatNumber, parseDecimal } from './validators/number';

/**
 * What a household would pay, or whether it is eligible, under the dossier's calculation
 * method, with each step of the formula written out in numbers. A simulation: the
 * collectivité's own rules decide, never this code.
 */
export interface Household {
  /** The income the method reads (RFR or RBG), in euros per year. */
  income: number;
  parts: number;
  dependants: number;
}

export type Simulation = { ok: true; lines: string[]; result: string } | { ok: false; reason: string };

const euros = (n: number) => formatEuros(n);
const num = (n: number) => formatNumber(n);
const round2 = (n: number) => Math.round(n * 100) / 100;

export function quotient(income: number, parts: number, period: MethodSection['qfPeriod']): number {
  return income / parts / (period === 'mensuel' ? 12 : 1);
}

function quotientLine(h: Household, m: MethodSection): [number, string] {
  const qf = round2(quotient(h.income, h.parts, m.qfPeriod));
  const label = INCOME_BASES[m.incomeBasis].label.toLowerCase();
  const monthly = m.qfPeriod === 'mensuel' ? ' ÷ 12' : '';
  return [qf, `QF = ${label} ${euros(h.income)} ÷ ${num(h.parts)} part${h.parts > 1 ? 's' : ''}${monthly} = ${euros(qf)}`];
}

export function clamp(value: number, floor: number, ceiling: number): number {
  return Math.min(ceiling, Math.max(floor, value));
}

/** Reads every amount a method needs; null when one is missing or unreadable. */
/** The fields of a method that hold a typed amount. */
type AmountKey = { [P in keyof MethodSection]: MethodSection[P] extends string ? P : never }[keyof MethodSection];

function amounts<K extends AmountKey>(m: MethodSection, keys: readonly K[]): Record<K, number> | null {
  const out = {} as Record<K, number>;
  for (const key of keys) {
    const value = parseDecimal(m[key]);
    if (value === null) return null;
    out[key] = value;
  }
  return out;
}

function trancheResult(qf: number, m: MethodSection): { line: string; price: number } | null {
  let lower = 0;
  for (const [i, tranche] of m.tranches.entries()) {
    const price = parseDecimal(tranche.price);
    // Stryker disable next-line all: equivalent, parseDecimal trims too and reads a blank limit as null, as this check does.
    const upTo = tranche.upTo.trim() === '' ? null : parseDecimal(tranche.upTo);
    if (price === null || (upTo === null && i < m.tranches.length - 1)) return null;
    if (upTo === null || qf <= upTo) {
      const range = upTo === null ? `au-delà de ${euros(lower)}` : `de ${euros(lower)} à ${euros(upTo)}`;
      return { line: `Tranche ${i + 1} (QF ${range}) : ${euros(price)}`, price };
    }
    lower = upTo;
  }
  return null;
}

const INCOMPLETE: Simulation = { ok: false, reason: 'Complétez les paramètres de la méthode pour voir un exemple de calcul.' };

export function simulate(m: MethodSection, h: Household): Simulation {
  if (!(h.income >= 0) || !(h.parts > 0) || !(h.dependants >= 0)) {
    return { ok: false, reason: 'Indiquez un revenu positif et un nombre de parts supérieur à zéro.' };
  }
  switch (m.id) {
    case 'qf-fiscal':
    case 'qf-caf': {
      const [qf, line] = quotientLine(h, m);
      if (m.id === 'qf-fiscal') return { ok: true, lines: [line], result: `Quotient familial : ${euros(qf)}` };
      const tranche = trancheResult(qf, m);
      if (!tranche) return INCOMPLETE;
      return { ok: true, lines: ['Sans droits CAF, le quotient fiscal remplace le QF CAF :', line, tranche.line], result: `Tarif : ${euros(tranche.price)}` };
    }
    case 'tranches-qf': {
      const [qf, line] = quotientLine(h, m);
      const tranche = trancheResult(qf, m);
      if (!tranche) return INCOMPLETE;
      return { ok: true, lines: [line, tranche.line], result: `Tarif : ${euros(tranche.price)}` };
    }
    case 'taux-effort': {
      const [qf, line] = quotientLine(h, m);
      if (m.effortMode === 'plancher-plafond') {
        const p = amounts(m, ['rate', 'floor', 'ceiling'] as const);
        if (!p) return INCOMPLETE;
        const raw = round2((qf * p.rate) / 100);
        const price = clamp(raw, p.floor, p.ceiling);
        return {
          ok: true,
          lines: [line, `${euros(qf)} × ${num(p.rate)} % = ${euros(raw)}`, `borné entre ${euros(p.floor)} et ${euros(p.ceiling)}`],
          result: `Tarif : ${euros(price)}`,
        };
      }
      const p = amounts(m, ['qfMin', 'priceMin', 'qfMax', 'priceMax'] as const);
      if (!p || p.qfMax <= p.qfMin) return INCOMPLETE;
      const t = clamp((qf - p.qfMin) / (p.qfMax - p.qfMin), 0, 1);
      const price = round2(p.priceMin + t * (p.priceMax - p.priceMin));
      return {
        ok: true,
        lines: [line, `Interpolation entre (QF ${euros(p.qfMin)} ; ${euros(p.priceMin)}) et (QF ${euros(p.qfMax)} ; ${euros(p.priceMax)})`],
        result: `Tarif : ${euros(price)}`,
      };
    }
    case 'bareme-cnaf': {
      const p = amounts(m, ['resourcesFloor', 'resourcesCeiling'] as const);
      if (!p) return INCOMPLETE;
      const monthly = round2(h.income / 12);
      const resources = clamp(monthly, p.resourcesFloor, p.resourcesCeiling);
      const rate = cnafRate(h.dependants);
      const price = round2((resources * rate) / 100);
      return {
        ok: true,
        lines: [
          `Ressources mensuelles = ${euros(h.income)} ÷ 12 = ${euros(monthly)}, retenues entre ${euros(p.resourcesFloor)} et ${euros(p.resourcesCeiling)} : ${euros(resources)}`,
          `Taux d'effort pour ${num(Math.max(1, h.dependants))} enfant${h.dependants > 1 ? 's' : ''} à charge : ${num(rate)} %`,
        ],
        result: `Tarif horaire : ${euros(price)}`,
      };
    }
    case 'seuil-ressources': {
      const threshold = parseDecimal(m.threshold);
      if (threshold === null) return INCOMPLETE;
      if (m.thresholdBasis === 'qf') {
        const [qf, line] = quotientLine(h, m);
        return { ok: true, lines: [line, `Seuil : ${euros(threshold)}`], result: qf <= threshold ? 'Éligible' : 'Non éligible' };
      }
      return {
        ok: true,
        lines: [`${INCOME_BASES[m.incomeBasis].label} : ${euros(h.income)} ; seuil : ${euros(threshold)}`],
        result: h.income <= threshold ? 'Éligible' : 'Non éligible',
      };
    }
    case 'residence':
      return { ok: false, reason: "Cette méthode ne calcule pas de tarif : elle vérifie l'adresse du foyer." };
    case '':
      return { ok: false, reason: 'Choisissez une méthode de calcul.' };
  }
}
