import { FALLBACK_YEAR_SCOPE, DEATH_SCOPE, IFI_SCOPE, LEP_SCOPE, scopeByKey, type ScopeKey } from './scopes';
import type { OrganisationType } from './organisations';
import { formatFrenchDate, yearOf } from '../dates';
import { availabilityPeriods } from '../years';

/**
 * The rules on the data a request ticks. Two kinds, told apart by `origin`:
 *
 * - `datapass`: DataPass's own, with its exact semantics (etalab/data_pass,
 *   app/models/concerns/dgfip_extensions/api_impot_particulier_scopes.rb, commit c3a17f12).
 *   With an "expression de besoin spécifique" (`specific_requirements`) DataPass checks none of
 *   them, LEP exclusivity included, but then wants its file. With the LEP indicator ticked it
 *   checks only that the LEP is alone (`validate_scopes_without_lep?`): no year rule, no
 *   compatibility rule.
 * - `conseil`: the tool's advice, which DataPass does not check: who may ask for the LEP
 *   indicator. It applies with or without an expression de besoin.
 */
export type ScopeRuleId =
  'au-moins-une-annee' | 'annee-repli-exclusive' | 'combinaison-interdite' | 'lep-seul' | 'lep-banques' | 'banque-lep-uniquement' | 'annee-n1-indisponible';

export type DataPassScopeRuleId = 'au-moins-une-annee' | 'annee-repli-exclusive' | 'combinaison-interdite' | 'lep-seul';

interface ViolationBase {
  message: string;
  /** The ticked scopes the violation is about, to show it beside them. */
  scopes: ScopeKey[];
}

export type ScopeRuleViolation =
  | (ViolationBase & {
      rule: DataPassScopeRuleId;
      origin: 'datapass';
      /** The full sentence DataPass shows when it refuses the step, word for word. */
      datapassWording: string;
    })
  | (ViolationBase & { rule: Exclude<ScopeRuleId, DataPassScopeRuleId>; origin: 'conseil' });

export interface ScopeRuleOptions {
  hasSpecificRequirements: boolean;
  organisationType: OrganisationType | '';
  /** The method step's campaign ("" while not typed): when the income years become available. */
  campaign: { start: string; end: string };
}

/**
 * The options as a dossier gives them. The data step passes the box it is editing
 * (`hasSpecificRequirements`), ahead of what is stored.
 */
export function scopeRuleOptionsOf(
  dossier: {
    organisation: { type: OrganisationType | '' };
    method: { campaignStart: string; campaignEnd: string };
    data: { hasSpecificRequirements: boolean };
  },
  hasSpecificRequirements = dossier.data.hasSpecificRequirements,
): ScopeRuleOptions {
  return {
    hasSpecificRequirements,
    organisationType: dossier.organisation.type,
    campaign: { start: dossier.method.campaignStart, end: dossier.method.campaignEnd },
  };
}

/**
 * What DataPass shows for each of its rules: Rails' full message, the attribute's name
 * ("Les données", config/locales/activerecord.fr.yml, `scopes`) then the error's wording
 * (same file, authorization_request/api_impot_particulier), apostrophes and quotes as DataPass
 * writes them. The scenarios of features/habilitations/dgfip/api_impot_particulier/gestion_des_scopes.feature
 * look for these very sentences.
 */
export const DATAPASS_WORDINGS: Readonly<Record<DataPassScopeRuleId, string>> = {
  'au-moins-une-annee': 'Les données sont invalides : Vous devez cocher au moins une année de revenus souhaitée avant de continuer',
  'annee-repli-exclusive':
    "Les données sont invalides : Vous ne pouvez pas sélectionner la donnée 'Avant-dernière année de revenu, si la dernière année de revenu est indisponible' avec d'autres années de revenus",
  'combinaison-interdite':
    'Les données sont invalides : Des données incompatibles entre elles ont été cochées. Pour connaître les modalités d’appel et de réponse de l’API Impôt particulier ainsi que les données proposées, vous pouvez consulter la documentation dans la rubrique « mode de fonctionnement de l’API Impôt Particulier »',
  'lep-seul':
    'Les données sont invalides : La donnée d’indicateur d’éligibilité au LEP ne peut être demandée que seule. Veuillez décocher cette case, ou décocher toutes les autres si vous souhaitez vérifier l’éligibilité au LEP.',
};

/**
 * What DataPass shows when the expression de besoin spécifique is ticked without its file
 * ("Document de l'expression de besoin spécifique" is the attribute's name, "doit être rempli(e)"
 * Rails' French `blank`).
 */
export const DATAPASS_SPECIFIC_REQUIREMENTS_DOCUMENT_WORDING = "Document de l'expression de besoin spécifique doit être rempli(e)";

/** How the tool's advice starts, so that it is never taken for a DataPass rule. */
export const ADVICE_PREFIX = "Conseil de l'outil, que DataPass ne vérifie pas : ";

/** DataPass's MANDATORY_REVENUE_YEARS: the fallback "N-1 ou N-2" counts as a year. */
export const MANDATORY_REVENUE_YEARS: readonly ScopeKey[] = ['dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_2', 'dgfip_annee_n_moins_3', FALLBACK_YEAR_SCOPE];
/** The years that may not go with the fallback year (revenue_years_scopes_compatibility). */
const EXACT_YEARS: readonly ScopeKey[] = ['dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_2', 'dgfip_annee_n_moins_3'];
const N_MINUS_1: ScopeKey = 'dgfip_annee_n_moins_1';
const N_MINUS_2: ScopeKey = 'dgfip_annee_n_moins_2';
/** DataPass's INCOMPATIBLE_SCOPES: any of the first list with any of the second is one error. */
const INCOMPATIBLE_LEFT: readonly ScopeKey[] = [FALLBACK_YEAR_SCOPE, DEATH_SCOPE];
const INCOMPATIBLE_RIGHT: readonly ScopeKey[] = [IFI_SCOPE, LEP_SCOPE];

/** A year by its short name ("l'année N-1"), any other datum by its label in quotes. */
const name = (key: ScopeKey) => {
  const scope = scopeByKey(key);
  return scope.kind === 'year' ? `l'${scope.shortLabel}` : `« ${scope.shortLabel} »`;
};
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const list = (keys: readonly ScopeKey[]) => {
  const names = keys.map(name);
  // Stryker disable next-line StringLiteral: unreachable, both callers list at least one datum, so names[0] is always there.
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : (names[0] ?? '');
};

function datapass(rule: DataPassScopeRuleId, message: string, scopes: ScopeKey[]): ScopeRuleViolation {
  return { rule, origin: 'datapass', message, scopes, datapassWording: DATAPASS_WORDINGS[rule] };
}

function datapassViolations(selected: ReadonlySet<ScopeKey>): ScopeRuleViolation[] {
  const ticked = (key: ScopeKey) => selected.has(key);

  // lep_scope_exclusivity; with the LEP ticked, DataPass checks nothing else.
  if (ticked(LEP_SCOPE)) {
    return selected.size > 1
      ? [datapass('lep-seul', `${capitalised(name(LEP_SCOPE))} doit être la seule donnée demandée : décochez les autres.`, [...selected])]
      : [];
  }

  const violations: ScopeRuleViolation[] = [];
  // at_least_one_revenue_year_has_been_selected
  if (!MANDATORY_REVENUE_YEARS.some(ticked)) {
    violations.push(datapass('au-moins-une-annee', 'Cochez au moins une année de revenus : N-1, N-2, N-3 ou « N-1 ou N-2 ».', []));
  }

  // revenue_years_scopes_compatibility
  const exactYears = EXACT_YEARS.filter(ticked);
  if (ticked(FALLBACK_YEAR_SCOPE) && exactYears.length > 0) {
    violations.push(
      datapass(
        'annee-repli-exclusive',
        `${capitalised(name(FALLBACK_YEAR_SCOPE))} ne peut pas être demandée avec ${list(exactYears)} : gardez l'une ou les autres.`,
        [FALLBACK_YEAR_SCOPE, ...exactYears],
      ),
    );
  }

  // scopes_compatibility: one error, whichever data of each list are ticked.
  const left = INCOMPATIBLE_LEFT.filter(ticked);
  const right = INCOMPATIBLE_RIGHT.filter(ticked);
  if (left.length > 0 && right.length > 0) {
    const both = left.length > 1 ? 'ne peuvent pas être demandées' : 'ne peut pas être demandée';
    violations.push(
      datapass('combinaison-interdite', `${capitalised(list(left))} ${both} avec ${list(right)} : décochez l'un ou l'autre côté.`, [...left, ...right]),
    );
  }
  return violations;
}

/**
 * N-1 alone, asked during a campaign that starts before that income is taxed (late July): until
 * then the API answers 410 to every request. N-2, or « N-1 ou N-2 », is what the campaign gets.
 */
function unavailableYear(selected: ReadonlySet<ScopeKey>, { organisationType, campaign }: ScopeRuleOptions): ScopeRuleViolation[] {
  // A bank asks for the LEP indicator alone: its years are already refused as a whole.
  if (organisationType === 'banque' || !selected.has(N_MINUS_1) || selected.has(N_MINUS_2) || selected.has(FALLBACK_YEAR_SCOPE)) return [];
  const early = availabilityPeriods(campaign.start, campaign.end).find((p) => p.relative === 'N-2');
  if (!early) return [];
  const whole = early.from === campaign.start && early.to === campaign.end;
  return [
    {
      rule: 'annee-n1-indisponible',
      origin: 'conseil',
      message: `${ADVICE_PREFIX}${whole ? 'pendant toute la campagne' : `du ${formatFrenchDate(early.from)} au ${formatFrenchDate(early.to)}`}, les revenus ${yearOf(early.from) - 1} (N-1) ne seront pas encore disponibles : l'API répondra 410 à chaque demande. Cochez plutôt ${name(whole ? N_MINUS_2 : FALLBACK_YEAR_SCOPE)}.`,
      scopes: [N_MINUS_1],
    },
  ];
}

function adviceViolations(selected: ReadonlySet<ScopeKey>, organisationType: OrganisationType | ''): ScopeRuleViolation[] {
  if (organisationType === 'banque') {
    const others = [...selected].filter((k) => k !== LEP_SCOPE);
    return others.length > 0
      ? [{ rule: 'banque-lep-uniquement', origin: 'conseil', message: `${ADVICE_PREFIX}une banque ne peut demander que ${name(LEP_SCOPE)}.`, scopes: others }]
      : [];
  }
  return selected.has(LEP_SCOPE)
    ? [{ rule: 'lep-banques', origin: 'conseil', message: `${ADVICE_PREFIX}${name(LEP_SCOPE)} est réservé aux établissements bancaires.`, scopes: [LEP_SCOPE] }]
    : [];
}

export function scopeRuleViolations(selected: readonly ScopeKey[], options: ScopeRuleOptions): ScopeRuleViolation[] {
  const set = new Set(selected);
  return [
    ...(options.hasSpecificRequirements ? [] : datapassViolations(set)),
    ...adviceViolations(set, options.organisationType),
    ...unavailableYear(set, options),
  ];
}
