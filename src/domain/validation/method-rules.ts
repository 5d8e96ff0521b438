import { addMonths, parseIsoDate } from '../dates';
import { adviseYears } from '../years';
import { parseDecimal } from '../validators/number';
import type { MethodSection } from '../dossier/model';
import { isBlank, type FieldPathOf, type Reporter, type SectionRules, type SectionWarnings, checkDateYears } from './core';

/** Reads an amount or rate, reporting it when blank, unreadable or out of range. */
type MethodPath = FieldPathOf<MethodSection>;

function requireAmount(
  report: Reporter<MethodPath>,
  value: string,
  path: MethodPath,
  what: string,
  /** `feminine`: what is read is a feminine noun ("la limite…"), which the message agrees with. */
  options: { min?: number; minExclusive?: boolean; max?: number; feminine?: boolean } = {},
): number | null {
  if (isBlank(value)) {
    report.missing(path, `Indiquez ${what}.`);
    return null;
  }
  const n = parseDecimal(value);
  if (n === null) {
    report.invalid(path, `Saisissez ${what} en chiffres, avec une virgule pour les décimales (par exemple 2,60).`);
    return null;
  }
  const { min = 0, minExclusive = false, max, feminine = false } = options;
  if (minExclusive ? n <= min : n < min) {
    const e = feminine ? 'e' : '';
    report.invalid(path, `${capitalise(what)} doit être ${minExclusive ? `supérieur${e} à` : `au moins égal${e} à`} ${min}.`);
    return null;
  }
  // Stryker disable next-line ConditionalExpression: equivalent, a number compared with undefined is never greater, so without a max nothing is reported either way.
  if (max !== undefined && n > max) {
    report.invalid(path, `${capitalise(what)} ne peut pas dépasser ${max}.`);
    return null;
  }
  return n;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function trancheRules(s: MethodSection, report: Reporter<MethodPath>): void {
  if (s.tranches.length === 0) {
    report.missing(['tranches'], 'Ajoutez au moins une tranche à la grille.');
    return;
  }
  let previousBound: number | null = null;
  s.tranches.forEach((tranche, i) => {
    const n = i + 1;
    const isLast = i === s.tranches.length - 1;
    requireAmount(report, tranche.price, ['tranches', i, 'price'], `le tarif de la tranche ${n}`);
    if (isLast) {
      if (!isBlank(tranche.upTo)) {
        report.invalid(
          ['tranches', i, 'upTo'],
          'La dernière tranche n’a pas de limite haute : laissez ce champ vide (« et au-delà »), ou ajoutez une tranche.',
        );
      }
      return;
    }
    const bound = requireAmount(report, tranche.upTo, ['tranches', i, 'upTo'], `la limite haute du QF de la tranche ${n}`, {
      min: 0,
      minExclusive: true,
      feminine: true,
    });
    // Stryker disable next-line ConditionalExpression: equivalent, a null previous bound compares as 0 and a read bound is always above 0 (minExclusive).
    if (bound !== null && previousBound !== null && bound <= previousBound) {
      report.invalid(['tranches', i, 'upTo'], `La limite de la tranche ${n} doit être supérieure à celle de la tranche ${n - 1}.`);
    }
    if (bound !== null) previousBound = bound;
  });
}

function effortRules(s: MethodSection, report: Reporter<MethodPath>): void {
  if (s.effortMode === 'plancher-plafond') {
    requireAmount(report, s.rate, ['rate'], 'le taux d’effort (en % du QF)', { min: 0, minExclusive: true, max: 100 });
    const floor = requireAmount(report, s.floor, ['floor'], 'le tarif plancher');
    const ceiling = requireAmount(report, s.ceiling, ['ceiling'], 'le tarif plafond');
    if (floor !== null && ceiling !== null && ceiling <= floor) {
      report.invalid(['ceiling'], 'Le tarif plafond doit être supérieur au tarif plancher.');
    }
    return;
  }
  const qfMin = requireAmount(report, s.qfMin, ['qfMin'], 'le QF du premier point');
  requireAmount(report, s.priceMin, ['priceMin'], 'le tarif du premier point');
  const qfMax = requireAmount(report, s.qfMax, ['qfMax'], 'le QF du second point');
  requireAmount(report, s.priceMax, ['priceMax'], 'le tarif du second point');
  if (qfMin !== null && qfMax !== null && qfMax <= qfMin) {
    report.invalid(['qfMax'], 'Le QF du second point doit être supérieur à celui du premier.');
  }
}

function parameterRules(s: MethodSection, report: Reporter<MethodPath>): void {
  switch (s.id) {
    case 'tranches-qf':
    case 'qf-caf':
      trancheRules(s, report);
      break;
    case 'taux-effort':
      effortRules(s, report);
      break;
    case 'bareme-cnaf': {
      const floor = requireAmount(report, s.resourcesFloor, ['resourcesFloor'], 'le plancher de ressources mensuelles');
      const ceiling = requireAmount(report, s.resourcesCeiling, ['resourcesCeiling'], 'le plafond de ressources mensuelles');
      if (floor !== null && ceiling !== null && ceiling <= floor) {
        report.invalid(['resourcesCeiling'], 'Le plafond de ressources doit être supérieur au plancher.');
      }
      break;
    }
    case 'seuil-ressources':
      requireAmount(report, s.threshold, ['threshold'], 'le seuil d’éligibilité', { min: 0, minExclusive: true });
      break;
    case 'residence':
      if (isBlank(s.territory)) report.missing(['territory'], 'Indiquez le territoire concerné (commune, secteur, quartier…).');
      break;
    // Stryker disable all: equivalent, these cases only break, as the end of the switch would (and an empty id never gets here).
    case 'qf-fiscal':
    case '':
      break;
    // Stryker restore all
  }
  if (s.checksResidence && s.id !== 'residence' && isBlank(s.territory)) {
    report.missing(['territory'], 'Indiquez le territoire sur lequel le foyer doit résider.');
  }
}

export const methodRules: SectionRules<MethodSection> = (s, _context, report) => {
  checkDateYears(report, s, ['campaignStart', 'campaignEnd']);
  if (!s.id) report.missing(['id'], 'Choisissez la méthode de calcul.');
  else parameterRules(s, report);

  if (!s.campaignStart) report.missing(['campaignStart'], 'Indiquez la date de début de la campagne.');
  if (!s.campaignEnd) report.missing(['campaignEnd'], 'Indiquez la date de fin de la campagne.');
  if (parseIsoDate(s.campaignStart) && parseIsoDate(s.campaignEnd) && s.campaignEnd < s.campaignStart) {
    report.invalid(['campaignEnd'], 'La fin de la campagne doit être après son début.');
  }
};

export const methodWarnings: SectionWarnings<MethodSection> = (s, { dossier }) => {
  const warnings: ReturnType<SectionWarnings<MethodSection>> = [];
  if (dossier.useCase.id === 'cantine' && s.id === 'tranches-qf' && s.tranches.length > 0 && s.tranches.length < 3) {
    warnings.push({
      path: ['tranches'],
      message: 'Le dispositif de l’État « cantine à 1 € » demande une grille d’au moins 3 tranches.',
    });
  }
  const longestCampaignEnd = addMonths(s.campaignStart, 18);
  if (adviseYears(s.campaignStart, s.campaignEnd) && longestCampaignEnd && s.campaignEnd > longestCampaignEnd) {
    warnings.push({
      path: ['campaignEnd'],
      message: 'Cette campagne dure plus de 18 mois : vérifiez les dates, une campagne d’inscription couvre en général une année scolaire.',
    });
  }
  return warnings;
};
