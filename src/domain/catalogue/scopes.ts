import type { ResourceId } from '../api/resources';

/**
 * The data scopes DataPass currently offers for API Impôt particulier (etalab/data_pass
 * config/authorization_definitions/dgfip.yml, commit c3a17f12 of 2026-08-06). Keys and labels are
 * DataPass's own, its ’ apostrophes and capitals included, and must stay exactly as they are: they
 * are what the user will tick on DataPass (scopes.test.ts compares them with the fixture). The "revenus catégoriels" and "charges déductibles" scopes,
 * hidden since 2025-05-20, are deliberately absent.
 */
export const SCOPE_GROUPS = [
  { id: 'annees', label: 'Années sur lesquelles porte votre demande' },
  { id: 'etat-civil-declarant-1', label: 'État civil - déclarant 1' },
  { id: 'etat-civil-declarant-2', label: 'État civil - déclarant 2' },
  { id: 'adresse', label: 'Adresse' },
  { id: 'situation-foyer', label: 'Situation du foyer fiscal' },
  { id: 'agregats', label: 'Agrégats fiscaux' },
  {
    id: 'lep',
    label: 'Éligibilité Livret d’Épargne Populaire - établissements bancaires uniquement',
  },
] as const;

export type ScopeGroupId = (typeof SCOPE_GROUPS)[number]['id'];

export const SCOPE_KEYS = [
  'dgfip_annee_n_moins_1',
  'dgfip_annee_n_moins_2',
  'dgfip_annee_n_moins_3',
  'dgfip_annee_n_moins_2_si_indispo_n_moins_1',
  'dgfip_nmUsaDec1',
  'dgfip_nmNaiDec1',
  'dgfip_prnmDec1',
  'dgfip_dateNaisDec1',
  'dgfip_nmUsaDec2',
  'dgfip_nmNaiDec2',
  'dgfip_prnmDec2',
  'dgfip_dateNaisDec2',
  'dgfip_aft',
  'dgfip_sitfam',
  'dgfip_nbpart',
  'dgfip_pac_nbPac',
  'dgfip_pac',
  'dgfip_pariso',
  'dgfip_annee_df_au_3112_si_deces_ctb_mp',
  'dgfip_rfr',
  'dgfip_mntRevbareme',
  'dgfip_inddeficit',
  'dgfip_indiIFI',
  'dgfip_rbg',
  'dgfip_IndLep',
] as const;

export type ScopeKey = (typeof SCOPE_KEYS)[number];

export interface Scope {
  key: ScopeKey;
  /** DataPass's label, word for word. */
  label: string;
  /** A shorter name for sentences, where the label is a paragraph of its own. */
  shortLabel: string;
  group: ScopeGroupId;
  /** A year scope says which income year is returned; the others say which fields. */
  kind: 'year' | 'datum';
  /** Fields of the API response this scope lets through (dotted paths). */
  fields: readonly string[];
  /** Resources this scope opens, beyond the IR resources every datum is read from. */
  resources: readonly ResourceId[];
  /** What the datum is, in one plain sentence for a town-hall project lead. */
  explanation: string;
  /**
   * The DGFiP needs an "expression de besoin spécifique" to serve this scope (DataPass's own
   * label says so); DataPass's code does not check it: the tool's advice.
   */
  needsSpecificRequirement: boolean;
  /** Only banks may ask for it. */
  banksOnly: boolean;
}

/** The IR resources from which the declaration's data are read. */
const IR_RESOURCES: readonly ResourceId[] = ['ir-assiette', 'ir-facture'];

function datum(
  key: ScopeKey,
  label: string,
  group: ScopeGroupId,
  fields: readonly string[],
  explanation: string,
  extra: Partial<Pick<Scope, 'resources' | 'needsSpecificRequirement' | 'banksOnly' | 'shortLabel'>> = {},
): Scope {
  return {
    key,
    label,
    shortLabel: extra.shortLabel ?? label,
    group,
    kind: 'datum',
    fields,
    resources: extra.resources ?? [],
    explanation,
    needsSpecificRequirement: extra.needsSpecificRequirement ?? false,
    banksOnly: extra.banksOnly ?? false,
  };
}

function year(key: ScopeKey, label: string, shortLabel: string, resources: readonly ResourceId[], explanation: string, fields: readonly string[] = []): Scope {
  return {
    key,
    label,
    shortLabel,
    group: 'annees',
    kind: 'year',
    fields,
    resources,
    explanation,
    needsSpecificRequirement: false,
    banksOnly: false,
  };
}

function declarant(n: 1 | 2): Scope[] {
  const group: ScopeGroupId = n === 1 ? 'etat-civil-declarant-1' : 'etat-civil-declarant-2';
  const who = n === 1 ? 'du premier déclarant' : 'du second déclarant (conjoint ou partenaire de PACS)';
  const of = (label: string) => ({ shortLabel: `${label} (déclarant ${n})` });
  return [
    datum(`dgfip_nmUsaDec${n}`, 'Nom', group, [`nmUsaDec${n}`], `Le nom d'usage ${who}, en majuscules.`, of('Nom')),
    datum(`dgfip_nmNaiDec${n}`, 'Nom de naissance', group, [`nmNaiDec${n}`], `Le nom de naissance ${who}.`, of('Nom de naissance')),
    datum(`dgfip_prnmDec${n}`, 'Prénom(s)', group, [`prnmDec${n}`], `Le ou les prénoms ${who}.`, of('Prénom(s)')),
    datum(`dgfip_dateNaisDec${n}`, 'Date de naissance', group, [`dateNaisDec${n}`], `La date de naissance ${who}.`, of('Date de naissance')),
  ];
}

export const SCOPES: readonly Scope[] = [
  year(
    'dgfip_annee_n_moins_1',
    'Dernière année de revenu (N-1)',
    'année N-1',
    IR_RESOURCES,
    "Les revenus de l'année précédant l'appel, disponibles une fois l'impôt calculé (vers le 22 juillet).",
  ),
  year(
    'dgfip_annee_n_moins_2',
    'Avant-dernière année de revenu (N-2)',
    'année N-2',
    IR_RESOURCES,
    "Les revenus d'il y a deux ans, seule année disponible entre janvier et la fin juillet.",
  ),
  year(
    'dgfip_annee_n_moins_3',
    'Avant-avant-dernière année de revenu (N-3)',
    'année N-3',
    IR_RESOURCES,
    "Les revenus d'il y a trois ans, rarement utiles pour une tarification.",
  ),
  year(
    'dgfip_annee_n_moins_2_si_indispo_n_moins_1',
    'Avant-dernière année de revenu, si la dernière année de revenu est indisponible (N-1 ou N-2)',
    'année « N-1 ou N-2 »',
    ['ir-derniere-situation-deux-ans'],
    "La dernière année disponible au jour de l'appel : N-1 si l'impôt est déjà calculé, sinon N-2.",
    // The "deux ans" resource says which income year it returned.
    ['annRevenu'],
  ),
  ...declarant(1),
  ...declarant(2),
  datum(
    'dgfip_aft',
    'Adresse déclarée au 1er Janvier',
    'adresse',
    ['aft', 'aftDetail'],
    "L'adresse fiscale du foyer au 1er janvier suivant l'année des revenus (adresse fiscale de taxation).",
  ),
  datum(
    'dgfip_sitfam',
    'Situation de famille (marié, pacsé, célibataire, veuf divorcé)',
    'situation-foyer',
    ['sitFam'],
    'La situation de famille déclarée : marié, pacsé, célibataire, divorcé ou veuf.',
  ),
  datum('dgfip_nbpart', 'Nombre de parts', 'situation-foyer', ['nbPart'], 'Le nombre de parts fiscales du foyer, qui reflète sa composition.'),
  datum(
    'dgfip_pac_nbPac',
    'Nombre de personnes à charge',
    'situation-foyer',
    ['pac.nbPac'],
    'Le nombre total de personnes à charge déclarées, sans leur détail.',
  ),
  datum(
    'dgfip_pac',
    "Détail des personnes à charge et rattachées (Détail à préciser dans l'expression de besoin spécifique)",
    'situation-foyer',
    ['pac.nbPacF', 'pac.nbPacG', 'pac.nbPacH', 'pac.nbPacI', 'pac.nbPacR', 'pac.nbPacJ', 'pac.nbPacN'],
    'Le nombre de personnes par case de la déclaration (enfants mineurs, résidence alternée, invalidité, enfants majeurs rattachés).',
    { needsSpecificRequirement: true, shortLabel: 'Détail des personnes à charge et rattachées' },
  ),
  datum('dgfip_pariso', 'Parent isolé (case T)', 'situation-foyer', ['sitParIso'], 'Indique si le déclarant vit seul avec ses enfants (case T).'),
  datum(
    'dgfip_annee_df_au_3112_si_deces_ctb_mp',
    "Données fiscales au 31/12 en cas de décès d'un contribuable marié ou pacsé",
    'situation-foyer',
    // The multiple resource says which period each notice covers and who died.
    ['annRevenu', 'spiDec1', 'spiDec2', 'dateDebutPeriode', 'dateFinPeriode', 'typeAvis', 'dateDecesdec1', 'dateDecesdec2'],
    "Après le décès d'un conjoint marié ou pacsé, les données de la période qui suit le décès.",
    // ⚠ inferred from the guide: the "dernière situation" resources serve the period after a death.
    { resources: ['ir-derniere-situation', 'ir-multiple'], shortLabel: 'Données fiscales au 31/12 en cas de décès' },
  ),
  datum('dgfip_rfr', 'Revenu fiscal de référence', 'agregats', ['rfr'], "Le revenu fiscal de référence du foyer, tel qu'il figure sur l'avis d'imposition."),
  datum(
    'dgfip_mntRevbareme',
    'Montant de l’impôt sur les revenus soumis au barème (ligne 14)',
    'agregats',
    ['mntRevbareme'],
    "Le montant de l'impôt calculé selon le barème, avant réductions et crédits (ligne 14 de l'avis).",
  ),
  datum('dgfip_inddeficit', 'Indicateur de l’existence d’un déficit', 'agregats', ['indDeficit'], 'Indique si le foyer a déclaré un déficit.'),
  datum(
    'dgfip_indiIFI',
    'Indicateur ISF/IFI',
    'agregats',
    ['indicateurIfiIsf'],
    "Indique si le foyer est redevable de l'impôt sur la fortune immobilière (IFI, anciennement ISF).",
    { resources: ['ifi'] },
  ),
  datum(
    'dgfip_rbg',
    'Revenu Brut Global (RBG)',
    'agregats',
    ['revenuBrutGlobal'],
    'La somme des revenus du foyer après les abattements propres à chaque catégorie (par exemple 10 % sur les salaires).',
  ),
  datum(
    'dgfip_IndLep',
    'Indicateur d’éligibilité au LEP',
    'lep',
    ['statut'],
    "Indique si la personne peut ouvrir un Livret d'Épargne Populaire ; réservé aux banques.",
    { resources: ['lep'], banksOnly: true },
  ),
];

const SCOPES_BY_KEY: ReadonlyMap<string, Scope> = new Map(SCOPES.map((s) => [s.key, s]));

export function isScopeKey(value: unknown): value is ScopeKey {
  // Stryker disable next-line ConditionalExpression: equivalent, a map keyed by strings has no value that is not a string; the typeof narrows the type for TypeScript.
  return typeof value === 'string' && SCOPES_BY_KEY.has(value);
}

export function scopeByKey(key: ScopeKey): Scope {
  const scope = SCOPES_BY_KEY.get(key);
  if (!scope) throw new Error(`Unknown scope ${key}`);
  return scope;
}

export function scopesInGroup(group: ScopeGroupId): Scope[] {
  return SCOPES.filter((s) => s.group === group);
}

/** How a datum is named in a list of data: its DataPass label, with its declarant when needed. */
export function scopeDisplayLabel(key: ScopeKey): string {
  const scope = scopeByKey(key);
  return scope.group.startsWith('etat-civil') ? scope.shortLabel : scope.label;
}

export const YEAR_SCOPES = SCOPES.filter((s) => s.kind === 'year').map((s) => s.key);
export const FALLBACK_YEAR_SCOPE: ScopeKey = 'dgfip_annee_n_moins_2_si_indispo_n_moins_1';
export const DEATH_SCOPE: ScopeKey = 'dgfip_annee_df_au_3112_si_deces_ctb_mp';
export const LEP_SCOPE: ScopeKey = 'dgfip_IndLep';
export const IFI_SCOPE: ScopeKey = 'dgfip_indiIFI';
export const DEPENDANTS_DETAIL_SCOPE: ScopeKey = 'dgfip_pac';
