import { methodById, INCOME_BASES, usesQuotient } from '../../../domain/catalogue/methods';
import { organisationKind } from '../../../domain/catalogue/organisations';
import { scopeByKey, scopeDisplayLabel, DEPENDANTS_DETAIL_SCOPE } from '../../../domain/catalogue/scopes';
import { DEPENDANT_BOXES } from '../../../domain/catalogue/dependant-boxes';
import { formatFrenchDate } from '../../../domain/dates';
import { minimumData } from '../../../domain/minimisation';
import { adviseYears } from '../../../domain/years';
import { needsOtherLegalBasis } from '../../../domain/validation/legal-rules';
import type { Dossier } from '../../../domain/dossier/model';
import { templateSections } from '../template/render-template';
import { userText } from '../template/text-safety';

/**
 * Everything the deliberation template (templates/deliberation.md) can say about a dossier:
 * values, and flags that choose its variants. User text is wrapped by `userText`; a value the
 * dossier does not give yet becomes a highlighted "à compléter" part.
 */
export interface DeliberationTables {
  /** Grid rows: QF range and price. */
  tranches: { range: string; price: string }[];
  /** One row per datum ticked, with what it is used for; exactly the data ticked. */
  donnees: { label: string; purpose: string }[];
}

const toComplete = (what: string) => `[[à compléter : ${what}]]`;
const orComplete = (value: string, what: string) => (value.trim() === '' ? toComplete(what) : userText(value));

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dataRows(d: Dossier): DeliberationTables['donnees'] {
  const needs = new Map(minimumData(d).map((n) => [n.scope, n.purposes]));
  return d.data.scopes.map((key) => {
    const scope = scopeByKey(key);
    const justification = d.data.justifications[key] ?? '';
    let purpose = needs.has(key)
      ? userText(capitalise(needs.get(key)!.join(' ; ')))
      : scope.kind === 'year'
        ? userText(capitalise("année de revenus retenue, selon l'article « Année de revenus prise en compte »"))
        : orComplete(justification, `finalité de cette donnée`);
    if (needs.has(key) && justification.trim()) purpose += ` ${userText(`(${justification.trim()})`)}`;
    if (key === DEPENDANTS_DETAIL_SCOPE) {
      const boxes = DEPENDANT_BOXES.filter((b) => d.data.dependantBoxes.includes(b.box)).map((b) => b.box);
      purpose += boxes.length ? ` ${userText(`(cases ${boxes.join(', ')})`)}` : ` ${toComplete('cases demandées')}`;
    }
    return { label: userText(scopeDisplayLabel(key)), purpose };
  });
}

function trancheRows(d: Dossier): DeliberationTables['tranches'] {
  const { tranches } = d.method;
  return tranches.map((t, i) => {
    const from = i === 0 ? '0' : (tranches[i - 1]?.upTo.trim() ?? '');
    const range =
      t.upTo.trim() === ''
        ? `QF supérieur à ${from ? userText(`${from} €`) : toComplete('limite')}`
        : `QF de ${from ? userText(`${from} €`) : toComplete('limite')} à ${userText(`${t.upTo.trim()} €`)}`;
    return { range, price: t.price.trim() ? userText(`${t.price.trim()} €`) : toComplete('tarif') };
  });
}

function methodView(d: Dossier) {
  const m = d.method;
  if (!m.id) return { libelle: toComplete('méthode de calcul'), explication: '' };
  const method = methodById(m.id);
  const amount = (value: string, what: string) => orComplete(value, what);
  return {
    libelle: method.label,
    explication: method.explanation,
    revenu: INCOME_BASES[m.incomeBasis].label.toLowerCase(),
    quotient: usesQuotient(m.id, m.thresholdBasis),
    mensuel: m.qfPeriod === 'mensuel',
    tranches: m.id === 'tranches-qf' || m.id === 'qf-caf',
    caf: m.id === 'qf-caf',
    taux_effort: m.id === 'taux-effort' && m.effortMode === 'plancher-plafond',
    lineaire: m.id === 'taux-effort' && m.effortMode === 'lineaire',
    taux: amount(m.rate, 'taux'),
    plancher: amount(m.floor, 'tarif plancher'),
    plafond: amount(m.ceiling, 'tarif plafond'),
    qf_min: amount(m.qfMin, 'QF du premier point'),
    tarif_min: amount(m.priceMin, 'tarif du premier point'),
    qf_max: amount(m.qfMax, 'QF du second point'),
    tarif_max: amount(m.priceMax, 'tarif du second point'),
    cnaf: m.id === 'bareme-cnaf',
    plancher_ressources: amount(m.resourcesFloor, 'plancher de ressources'),
    plafond_ressources: amount(m.resourcesCeiling, 'plafond de ressources'),
    seuil: m.id === 'seuil-ressources',
    seuil_qf: m.thresholdBasis === 'qf',
    montant_seuil: amount(m.threshold, 'seuil'),
    residence: m.id === 'residence' || m.checksResidence,
    territoire: orComplete(m.territory, 'territoire'),
  };
}

function yearsView(d: Dossier) {
  const years = d.data.scopes.filter((k) => scopeByKey(k).kind === 'year').map((k) => scopeByKey(k).label);
  const advice = adviseYears(d.method.campaignStart, d.method.campaignEnd);
  return {
    annees: years.length ? years.join(' ; ') : toComplete('année de revenus'),
    campagne: advice ? `du ${formatFrenchDate(d.method.campaignStart)} au ${formatFrenchDate(d.method.campaignEnd)}` : null,
    revenus: advice ? [...new Set(advice.periods.map((p) => p.incomeYear))].join(' puis ') : null,
  };
}

export function deliberationView(d: Dossier, finalitesSource: string) {
  const kind = d.organisation.type ? organisationKind(d.organisation.type) : null;
  const finalites = templateSections(finalitesSource, {});
  const useCase = d.useCase.id;
  const g = d.gdpr;
  const dpdName = [d.people.dpd.givenName, d.people.dpd.familyName].map((t) => t.trim()).filter(Boolean).join(' ');
  const dpd = [dpdName, d.people.dpd.email.trim()].filter(Boolean).join(', ');

  const view = {
    organisation: orComplete(d.organisation.name, "nom de l'organisation"),
    organe: kind?.deliberatingBody ?? toComplete('organe délibérant'),
    assemblee: kind?.deliberatingBody ? capitalise(`le ${kind.deliberatingBody}`) : toComplete('organe délibérant'),
    code_organe: kind?.competence ?? null,
    seance:
      d.legal.deliberationStatus === 'a-adopter' && d.legal.plannedSessionDate ? formatFrenchDate(d.legal.plannedSessionDate) : toComplete('date de la séance'),
    finalite: useCase && useCase !== 'autre' ? finalites(useCase) : orComplete(d.useCase.projectName, 'finalité'),
    description: orComplete(d.useCase.description, 'description de la démarche'),
    cas: {
      cantine: useCase === 'cantine',
      periscolaire: useCase === 'periscolaire',
      creche: useCase === 'creche',
      transport: useCase === 'transport',
      stationnement: useCase === 'stationnement',
      aides: useCase === 'aides-sociales',
      bourses: useCase === 'bourses',
      autre: useCase === 'autre' || useCase === '',
    },
    autre_texte: needsOtherLegalBasis(d) ? orComplete(d.legal.otherLegalBasis, 'texte autorisant l’accès aux données') : null,
    deliberation_tarifaire: {
      existe: d.legal.deliberationStatus === 'existante',
      numero: orComplete(d.legal.deliberationNumber, 'numéro'),
      date: d.legal.deliberationDate ? formatFrenchDate(d.legal.deliberationDate) : toComplete('date'),
    },
    methode: methodView(d),
    millesime: yearsView(d),
    sources_caf: d.method.id === 'qf-caf',
    sans_donnees: {
      tarif_maximum: g.noDataRule === 'tarif-maximum',
      examen: g.noDataRule === 'examen-sur-pieces',
      autre: g.noDataRule === 'autre' ? orComplete(g.noDataRuleOther, 'règle applicable') : null,
      manquant: g.noDataRule === '',
    },
    conservation: orComplete(g.retentionMonths, 'durée'),
    destinataires: orComplete(g.recipients, 'destinataires'),
    information: {
      franceconnect: g.informationMode === 'consentement-franceconnect',
      prealable: g.informationMode === 'information-prealable',
      manquant: g.informationMode === '',
      lieu: orComplete(g.informationWhere, "lieu de l'information"),
    },
    dpd: orComplete(dpd, 'coordonnées du délégué à la protection des données'),
  };
  const tables: DeliberationTables = { tranches: trancheRows(d), donnees: dataRows(d) };
  return { view, tables };
}
