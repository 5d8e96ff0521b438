import { scopeByKey, type ScopeKey } from '../../domain/catalogue/scopes';
import { formatFrenchDate, isIsoDate } from '../../domain/dates';
import type { ReturnedField, WithheldField } from '../../domain/sandbox/filter';
import { formatNumber } from '../../domain/validators/number';

/**
 * What a response holds, in words and figures for a town-hall project lead: "Revenu fiscal de
 * référence : 19 760 €", not "rfr = 19760". The field-by-field view stays in the technical details.
 */
export interface PlainFact {
  label: string;
  value: string;
}

/** One tax notice's facts; IR multiple returns one per period of the year. */
export interface PlainPeriod {
  /** "Période 2 sur 2", or null when the response holds a single notice. */
  title: string | null;
  facts: PlainFact[];
}

/** DataPass's labels are exact but some are paragraphs: these read better in a list. */
const LABELS: Partial<Record<ScopeKey, string>> = {
  dgfip_sitfam: 'Situation de famille',
  dgfip_mntRevbareme: 'Impôt sur les revenus soumis au barème (ligne 14)',
  dgfip_rbg: 'Revenu brut global',
  dgfip_inddeficit: 'Déficit déclaré',
  dgfip_indiIFI: "Redevable de l'IFI (ou de l'ISF)",
  dgfip_annee_n_moins_2_si_indispo_n_moins_1: 'Année des revenus',
  dgfip_annee_df_au_3112_si_deces_ctb_mp: "Période de l'avis, en cas de décès",
};

export function plainLabel(scope: ScopeKey): string {
  return LABELS[scope] ?? scopeByKey(scope).shortLabel;
}

/** Situation de famille codes of the API. */
const SITUATIONS: Readonly<Record<string, string>> = {
  M: 'marié(e)s',
  O: 'pacsé(e)s',
  C: 'célibataire',
  D: 'divorcé(e)',
  V: 'veuf ou veuve',
};

const euros = (v: unknown) => (typeof v === 'number' ? `${formatNumber(v)} €` : text(v));
const yesNo = (v: unknown) => (v === 'O' ? 'oui' : v === 'N' ? 'non' : text(v));
const date = (v: unknown) => (typeof v === 'string' && isIsoDate(v) ? formatFrenchDate(v) : text(v));

function text(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify returns undefined for undefined or a function, whatever its declared type says
  return JSON.stringify(value) ?? '';
}

/** A field's keys below the situation ("pac.nbPacF" → ["pac", "nbPacF"]), envelope left out. */
function keysOf(path: string): string[] {
  return path.replace(/^situationsIR\[\d+\]\.?/, '').split('.');
}

type Fields = readonly { path: string; value: unknown }[];
const valueOf = (fields: Fields, key: string) => fields.find((f) => keysOf(f.path).join('.') === key)?.value;

/** The value of one scope, from its fields in one situation. */
function valueFor(scope: ScopeKey, fields: Fields): string {
  const first = fields[0]?.value;
  switch (scope) {
    case 'dgfip_rfr':
    case 'dgfip_rbg':
    case 'dgfip_mntRevbareme':
      return euros(first);
    case 'dgfip_sitfam':
      return typeof first === 'string' ? (SITUATIONS[first] ?? first) : text(first);
    case 'dgfip_pariso':
    case 'dgfip_inddeficit':
    case 'dgfip_indiIFI':
      return yesNo(first);
    case 'dgfip_pac':
      return fields
        .map(
          (f) =>
            `case ${keysOf(f.path)
              .at(-1)
              ?.replace(/^nbPac/, '')} : ${text(f.value)}`,
        )
        .join(', ');
    case 'dgfip_dateNaisDec1':
    case 'dgfip_dateNaisDec2': {
      const [jour, mois, annee] = ['jour', 'mois', 'annee'].map((k) => fields.find((f) => keysOf(f.path).at(-1) === k)?.value);
      return typeof jour === 'string' && typeof mois === 'string' && typeof annee === 'string'
        ? `${jour}/${mois}/${annee}`
        : fields.map((f) => text(f.value)).join(' ');
    }
    case 'dgfip_aft': {
      const whole = valueOf(fields, 'aft');
      return typeof whole === 'string' ? whole : fields.map((f) => text(f.value)).join(' ');
    }
    case 'dgfip_annee_df_au_3112_si_deces_ctb_mp': {
      const from = valueOf(fields, 'dateDebutPeriode');
      const to = valueOf(fields, 'dateFinPeriode');
      const deaths = [valueOf(fields, 'dateDecesdec1'), valueOf(fields, 'dateDecesdec2')].filter((d) => d !== undefined);
      const period = from !== undefined && to !== undefined ? `du ${date(from)} au ${date(to)}` : '';
      return [period, ...deaths.map((d) => `décès le ${date(d)}`)].filter(Boolean).join(', ') || fields.map((f) => text(f.value)).join(', ');
    }
    default:
      return fields.map((f) => text(f.value)).join(', ');
  }
}

/** One value of a scope, as plainly as in the lists ("19 760 €", "2,5"). */
export function plainValue(scope: ScopeKey, value: unknown): string {
  return valueFor(scope, [{ path: '', value }]);
}

/** Returned fields grouped by notice, then by the scope that opens them, in the response's order. */
export function plainPeriods(returned: readonly ReturnedField[]): PlainPeriod[] {
  const byPeriod = new Map<number, ReturnedField[]>();
  for (const field of returned) {
    const period = Number(/^situationsIR\[(\d+)\]/.exec(field.path)?.[1] ?? -1);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), field]);
  }
  // Fields outside the envelope (annRevenu) are said first, with no period of their own.
  const periods = [...byPeriod].sort(([a], [b]) => a - b);
  const count = periods.filter(([i]) => i >= 0).length;
  return periods.map(([index, fields]) => {
    const byScope = new Map<ScopeKey, ReturnedField[]>();
    for (const f of fields) byScope.set(f.openedBy, [...(byScope.get(f.openedBy) ?? []), f]);
    return {
      title: index >= 0 && count > 1 ? `Période ${index + 1} sur ${count}` : null,
      facts: [...byScope].map(([scope, scoped]) => ({
        label: plainLabel(scope),
        value: valueFor(scope, scoped),
      })),
    };
  });
}

export interface WithheldSummary {
  /** The data the dossier does not tick, by name, that this response held. */
  notTicked: string[];
  /** How many fields no DataPass scope opens at all. */
  unopenable: number;
}

export function withheldSummary(withheld: readonly WithheldField[]): WithheldSummary {
  const names = new Set<string>();
  let unopenable = 0;
  for (const w of withheld) {
    if (w.openedBy) names.add(plainLabel(w.openedBy));
    else unopenable += 1;
  }
  return { notTicked: [...names], unopenable };
}
