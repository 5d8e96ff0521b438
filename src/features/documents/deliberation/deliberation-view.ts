import { INCOME_BASES, usesQuotient, type MethodId } from '../../../domain/catalogue/methods';
import { organisationKind, type OrganisationType } from '../../../domain/catalogue/organisations';
import { scopeByKey, scopeDisplayLabel, DEPENDANTS_DETAIL_SCOPE, FALLBACK_YEAR_SCOPE, type ScopeKey } from '../../../domain/catalogue/scopes';
import { DEPENDANT_BOXES } from '../../../domain/catalogue/dependant-boxes';
import { CNAF_COLLECTIVE_RATES } from '../../../domain/catalogue/cnaf';
import { formatFrenchDate, yearOf } from '../../../domain/dates';
import { minimumData } from '../../../domain/minimisation';
import { adviseYears } from '../../../domain/years';
import { needsOtherLegalBasis } from '../../../domain/validation/legal-rules';
import type { Dossier } from '../../../domain/dossier/model';
import { templateSections } from '../template/render-template';
import { userText } from '../template/text-safety';
import { nameInSentence } from '../template/french-names';
import { frenchEuros, frenchNumber } from '../template/typography';
import { CRPA_DOMAIN_OF_USE_CASE, R_114_9_4_DOMAINS } from '../../../domain/catalogue/crpa-domains';
import { must } from '../../../domain/must';

/**
 * Everything the deliberation template (templates/deliberation.md) can say about a dossier:
 * values, and flags that choose its variants. User text is wrapped by `userText`; a value the
 * dossier does not give yet becomes a highlighted "à compléter" part. The words of each use
 * case (service, tariff, unit…) come from templates/finalites.md.
 */
export interface DeliberationTables {
  /** Grid rows: QF range and price with its unit; ranges never overlap. */
  tranches: { range: string; price: string }[];
  /** The QF column's header: the grid's QF is monthly or yearly. */
  tranchesHeader: string;
  /** The CNAF's hourly effort rates, by number of children. */
  taux: { children: string; rate: string }[];
  /** One row per datum ticked, with what it is used for; exactly the data ticked. */
  donnees: { label: string; purpose: string }[];
}

const toComplete = (what: string) => `[[à compléter : ${what}]]`;
const orComplete = (value: string, what: string) => (value.trim() === '' ? toComplete(what) : userText(value));
const amount = (value: string, what: string) => (value.trim() === '' ? toComplete(what) : userText(frenchNumber(value)));
const price = (value: string, what: string) => (value.trim() === '' ? toComplete(what) : userText(frenchEuros(value)));
/** A price with its euro sign, as the user typed it: « 1,50 € ». */
const euroPrice = (value: string) => userText(`${frenchEuros(value)} €`);

/** "G", "G et I", "G, I et R". */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Agents instructeurs…" inside a sentence; an acronym ("CCAS…") keeps its capitals. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Methods that set a tariff or an amount; the others decide whether a household qualifies. */
const TARIFF_METHODS: readonly MethodId[] = ['qf-fiscal', 'tranches-qf', 'taux-effort', 'bareme-cnaf', 'qf-caf'];
const ELIGIBILITY_METHODS: readonly MethodId[] = ['residence', 'seuil-ressources'];
/** Data that carry an amount of income: asking for one of them means income is used. */
const INCOME_SCOPES: readonly ScopeKey[] = ['dgfip_rfr', 'dgfip_rbg', 'dgfip_mntRevbareme', 'dgfip_inddeficit'];

type Vocabulary = Record<'service' | 'tarif' | 'unite' | 'avantage' | 'periode', string> & { objet: string | null };

/** The use case's words, from finalites.md; "autre" has only parts to complete. */
function vocabulary(d: Dossier, finalitesSource: string, tariff: boolean): Vocabulary {
  const useCase = d.useCase.id === '' ? 'autre' : d.useCase.id;
  const section = templateSections(finalitesSource, {});
  const word = (key: string) => section(`${useCase}.${key}`);
  const objet = useCase === 'autre' ? null : word(tariff ? 'objet-tarif' : 'objet-eligibilite');
  return { objet, service: word('service'), tarif: word('tarif'), unite: word('unite'), avantage: word('avantage'), periode: word('periode') };
}

/** Who presides, signs and executes, from the organisation type. */
function executive(type: OrganisationType | '', name: string) {
  const unit = /intercommunal|\bCIAS\b/i.test(name) ? 'CIAS' : 'CCAS';
  const simple = (qualite: string, represente = `son ${qualite}`) => ({
    qualite,
    represente,
    Titre: capitalise(`le ${qualite}`),
    execution: `${capitalise(`le ${qualite}`)} est chargé de l’exécution de la présente délibération.`,
    ccas: false,
  });
  switch (type) {
    case 'commune':
      return simple('maire');
    case 'epci':
      return simple('président');
    case 'departement':
      return simple('président du conseil départemental', 'le président du conseil départemental');
    case 'region':
      return simple('président du conseil régional', 'le président du conseil régional');
    case 'ccas':
      return {
        qualite: 'président du conseil d’administration',
        represente: 'le président de son conseil d’administration',
        Titre: 'Le président du conseil d’administration',
        execution: `Le président du conseil d’administration et le directeur du ${unit} sont chargés, chacun pour ce qui le concerne, de l’exécution de la présente délibération.`,
        ccas: true,
      };
    case 'organisme-social':
      return {
        qualite: 'président du conseil d’administration',
        represente: 'le président de son conseil d’administration',
        Titre: 'Le président du conseil d’administration',
        execution:
          'Le président du conseil d’administration et le directeur sont chargés, chacun pour ce qui le concerne, de l’exécution de la présente délibération.',
        ccas: false,
      };
    default: {
      const who = toComplete('autorité exécutive');
      return { qualite: who, represente: who, Titre: who, execution: `${who} est chargé de l’exécution de la présente délibération.`, ccas: false };
    }
  }
}

/** What the organisation is called in its own deliberation: an EPCI is not a collectivité. */
function structureName(type: OrganisationType | '') {
  const words: Record<string, [string, string, string]> = {
    commune: ['La commune', 'la commune', 'de la commune'],
    epci: ['L’établissement', 'l’établissement', 'de l’établissement'],
    departement: ['Le département', 'le département', 'du département'],
    region: ['La région', 'la région', 'de la région'],
    ccas: ['Le centre', 'le centre', 'du centre'],
    'organisme-social': ['L’organisme', 'l’organisme', 'de l’organisme'],
  };
  const [La, la, de] = words[type] ?? ['L’organisation', 'l’organisation', 'de l’organisation'];
  return { La, la, de };
}

function deliberatingBody(type: OrganisationType | '', name: string): string | null {
  if (type === 'ccas') {
    return /intercommunal|\bCIAS\b/i.test(name)
      ? 'conseil d’administration du centre intercommunal d’action sociale'
      : 'conseil d’administration du centre communal d’action sociale';
  }
  return type ? organisationKind(type).deliberatingBody : null;
}

function usesIncome(d: Dossier): boolean {
  const m = d.method.id;
  const methodNeedsIncome = m !== '' && m !== 'residence';
  return methodNeedsIncome || d.data.scopes.some((k) => INCOME_SCOPES.includes(k));
}

/** A CCAS's action and facultative aid rest on CASF L. 123-5; L. 123-6 only sets its status. */
function withArticle<T extends { article: string }>(competence: T | null, type: string): T | null {
  return competence && type === 'ccas' ? { ...competence, article: 'L. 123-5' } : competence;
}

/** The year asked for, as a rule: which income year each request takes. */
function yearsView(d: Dossier) {
  const yearScopes = d.data.scopes.filter((k) => scopeByKey(k).kind === 'year');
  const advice = adviseYears(d.method.campaignStart, d.method.campaignEnd);
  const only = yearScopes.length === 1 ? yearScopes[0] : undefined;
  // The income year each part of the campaign gets, for the scope actually asked for.
  const periods = advice ? advice.periods : [];
  const yearFor = (p: (typeof periods)[number]) =>
    only === 'dgfip_annee_n_moins_1' ? yearOf(p.from) - 1 : only === 'dgfip_annee_n_moins_2' ? yearOf(p.from) - 2 : p.incomeYear;
  const segments: { from: string; to: string; year: number }[] = [];
  for (const p of periods) {
    const last = segments.at(-1);
    if (last && last.year === yearFor(p)) last.to = p.to;
    else segments.push({ from: p.from, to: p.to, year: yearFor(p) });
  }
  const incomeYears = segments.map((s) => s.year);
  const revenus =
    segments.length === 0
      ? null
      : segments.length === 1
        ? `${must(segments[0], 'the one segment').year}`
        : segments
            .map((s, i) =>
              i === 0
                ? `${s.year} pour les demandes présentées jusqu’au ${formatFrenchDate(s.to)}`
                : `${s.year} pour celles présentées à compter du ${formatFrenchDate(s.from)}`,
            )
            .join(', puis ');
  return {
    revenus_utilises: usesIncome(d),
    n1: only === 'dgfip_annee_n_moins_1',
    n2: only === 'dgfip_annee_n_moins_2',
    n3: only === 'dgfip_annee_n_moins_3',
    dernier: only === FALLBACK_YEAR_SCOPE,
    autre: only === undefined,
    annees: yearScopes.length ? yearScopes.map((k) => lowerFirst(deliberationDatumLabel(k))).join(' ; ') : toComplete('année de revenus'),
    campagne: advice ? `du ${formatFrenchDate(d.method.campaignStart)} au ${formatFrenchDate(d.method.campaignEnd)}` : null,
    revenus,
    plusieurs: segments.length > 1,
    annees_adresse: segments.length ? incomeYears.map((y) => y + 1).join(' puis ') : null,
    annees_revenus: segments.length ? incomeYears.join(' et ') : null,
  };
}

function yearPurpose(d: Dossier): string {
  const y = yearsView(d);
  if (y.revenus_utilises) {
    return y.revenus && !y.plusieurs
      ? `Désigner l’année des revenus utilisés : revenus ${y.revenus} pour la campagne ${y.campagne}`
      : 'Désigner l’année des revenus utilisés, selon l’article « Année de revenus prise en compte »';
  }
  return y.revenus && !y.plusieurs
    ? `Désigner la déclaration dont l’adresse est retenue : déclaration des revenus ${y.revenus}, soit l’adresse au 1er janvier ${y.annees_adresse}`
    : 'Désigner la déclaration dont l’adresse est retenue, selon l’article « Déclaration prise en compte »';
}

/**
 * A datum's name in the deliberation: DataPass's label, without the form's instructions
 * ("Détail à préciser dans l'expression de besoin spécifique") and with French capitals.
 */
export function deliberationDatumLabel(key: ScopeKey): string {
  return scopeDisplayLabel(key)
    .replace(/\s*\(Détail à préciser[^)]*\)/, '')
    .replace(/1er Janvier/, '1er janvier');
}

/** Boxes of the dependants' detail that reveal a disability: health data (RGPD art. 9). */
const HEALTH_BOXES = ['G', 'I', 'R'];

function healthBoxes(d: Dossier): string[] {
  return d.data.scopes.includes(DEPENDANTS_DETAIL_SCOPE) ? d.data.dependantBoxes.filter((b) => HEALTH_BOXES.includes(b)) : [];
}

/** The documents the household gives instead, one for each kind of datum asked for. */
function fallbackDocuments(d: Dossier): string {
  const documents: string[] = [];
  if (usesIncome(d) || d.data.scopes.some((k) => ['dgfip_nbpart', 'dgfip_pac_nbPac', 'dgfip_pac', 'dgfip_sitfam', 'dgfip_pariso'].includes(k)))
    documents.push('avis d’imposition');
  if (d.data.scopes.includes('dgfip_aft') || d.method.id === 'residence' || d.method.checksResidence)
    documents.push('justificatif de domicile de moins de trois mois');
  if (healthBoxes(d).length) documents.push('carte d’invalidité ou carte mobilité inclusion portant la mention « invalidité »');
  if (documents.length === 0) documents.push('avis d’imposition');
  return documents.length === 1 ? must(documents[0], 'the one document') : `${documents.slice(0, -1).join(', ')} et ${documents.at(-1)}`;
}

function dataRows(d: Dossier, territory: string): DeliberationTables['donnees'] {
  const needs = new Map(minimumData(d).map((n) => [n.scope, n.purposes]));
  const residence = d.method.id === 'residence' || d.method.checksResidence;
  return d.data.scopes.map((key) => {
    const scope = scopeByKey(key);
    const justification = d.data.justifications[key] ?? '';
    let purpose: string;
    if (scope.kind === 'year') purpose = userText(yearPurpose(d));
    else if (key === 'dgfip_aft' && residence) {
      const years = yearsView(d);
      const when = years.annees_adresse && !years.plusieurs ? ` ${userText(`(adresse au 1er janvier ${years.annees_adresse})`)}` : '';
      purpose = `${userText('Vérifier que le foyer réside sur le territoire suivant :')} ${territory}${when}`;
    }
    // The method is named and described by its own article: its name is not repeated here.
    else if (needs.has(key))
      purpose = userText(
        capitalise(
          must(needs.get(key), `the purposes of ${key}`)
            .map((p) => p.replace(/ \(méthode « .* »\)$/, ''))
            .join(' ; '),
        ),
      );
    else purpose = orComplete(justification, 'finalité de cette donnée');
    if (needs.has(key) && scope.kind !== 'year' && justification.trim()) purpose += ` ${userText(`(${justification.trim()})`)}`;
    if (key === DEPENDANTS_DETAIL_SCOPE) {
      const boxes = DEPENDANT_BOXES.filter((b) => d.data.dependantBoxes.includes(b.box)).map((b) => b.box);
      purpose += boxes.length ? ` ${userText(`Cases demandées : ${boxes.join(', ')}.`)}` : ` ${toComplete('cases demandées')}`;
    }
    return { label: userText(deliberationDatumLabel(key)), purpose };
  });
}

/** "jusqu'à 500 €", "au-delà de 500 € et jusqu'à 900 €", "au-delà de 1 400 €": no bound twice. */
function trancheRows(d: Dossier, unit: string): DeliberationTables['tranches'] {
  const { tranches } = d.method;
  const euros = (value: string) => userText(`${frenchNumber(value)} €`);
  return tranches.map((t, i) => {
    const from = i === 0 ? null : (tranches[i - 1]?.upTo.trim() ?? '');
    const upTo = t.upTo.trim();
    const lower = from === null ? '' : from ? `au-delà de ${euros(from)}` : `au-delà de ${toComplete('limite')}`;
    const range = upTo === '' ? lower || toComplete('limite') : lower ? `${lower} et jusqu’à ${euros(upTo)}` : `jusqu’à ${euros(upTo)}`;
    return { range: capitalise(range), price: t.price.trim() ? `${euroPrice(t.price)} ${unit}` : toComplete('tarif') };
  });
}

function tauxRows(): DeliberationTables['taux'] {
  return CNAF_COLLECTIVE_RATES.map((row, i) => {
    const next = CNAF_COLLECTIVE_RATES[i + 1];
    const children = !next
      ? `${row.children} enfants et plus`
      : next.children - row.children === 1
        ? `${row.children} enfant${row.children > 1 ? 's' : ''}`
        : `De ${row.children} à ${next.children - 1} enfants`;
    return { children: capitalise(children), rate: `${frenchNumber(row.rate.toFixed(4))} % des ressources mensuelles par heure` };
  });
}

/** The R. 114-9-4 domain the démarche falls within: the tool's reading, always to check. */
function crpaDomain(d: Dossier): string {
  const domain = d.useCase.id === '' ? null : CRPA_DOMAIN_OF_USE_CASE[d.useCase.id];
  return domain
    ? `[[la démarche relevant du ${domain} de cet article (« ${R_114_9_4_DOMAINS[domain]} ») – à vérifier]]`
    : toComplete('domaine de l’article R. 114-9-4 dont relève la démarche');
}

function methodView(d: Dossier, unit: string) {
  const m = d.method;
  const id = m.id;
  const residence = id === 'residence' || m.checksResidence;
  const lastPrice = m.tranches.at(-1)?.price.trim() ?? '';
  return {
    revenu: INCOME_BASES[m.incomeBasis].label.toLowerCase(),
    quotient: id !== '' && id !== 'bareme-cnaf' && id !== 'residence' && usesQuotient(id, m.thresholdBasis),
    qf_seul: id === 'qf-fiscal',
    mensuel: m.qfPeriod === 'mensuel',
    tranches: id === 'tranches-qf' || id === 'qf-caf',
    caf: id === 'qf-caf',
    taux_effort: id === 'taux-effort' && m.effortMode === 'plancher-plafond',
    lineaire: id === 'taux-effort' && m.effortMode === 'lineaire',
    taux: amount(m.rate, 'taux'),
    plancher: price(m.floor, 'tarif plancher'),
    plafond: price(m.ceiling, 'tarif plafond'),
    qf_min: amount(m.qfMin, 'QF du premier point'),
    tarif_min: price(m.priceMin, 'tarif du premier point'),
    qf_max: amount(m.qfMax, 'QF du second point'),
    tarif_max: price(m.priceMax, 'tarif du second point'),
    cnaf: id === 'bareme-cnaf',
    // The CNAF's floor and ceiling change by circular: the reference does not confirm them.
    plancher_ressources: m.resourcesFloor.trim()
      ? `[[${userText(`${frenchNumber(m.resourcesFloor)} €`)} par mois – montant à vérifier auprès de la CAF]]`
      : toComplete('plancher de ressources'),
    plafond_ressources: m.resourcesCeiling.trim()
      ? `[[${userText(`${frenchNumber(m.resourcesCeiling)} €`)} par mois – montant à vérifier auprès de la CAF]]`
      : toComplete('plafond de ressources'),
    seuil: id === 'seuil-ressources',
    seuil_qf: m.thresholdBasis === 'qf',
    montant_seuil: amount(m.threshold, 'seuil'),
    residence,
    territoire: m.territory.trim() ? userText(lowerFirst(m.territory.trim())) : toComplete('territoire'),
    tarif_le_plus_eleve: lastPrice ? `${euroPrice(lastPrice)} ${unit}` : toComplete('tarif le plus élevé'),
  };
}

export function deliberationView(d: Dossier, finalitesSource: string) {
  const type = d.organisation.type;
  const method = d.method.id;
  const tarif = method !== '' && TARIFF_METHODS.includes(method);
  const eligibilite = method !== '' && ELIGIBILITY_METHODS.includes(method);
  const words = vocabulary(d, finalitesSource, tarif || !eligibilite);
  const g = d.gdpr;
  const body = deliberatingBody(type, d.organisation.name);
  const person = (p: Dossier['people']['dpd']) => {
    const name = [p.givenName, p.familyName]
      .map((t) => t.trim())
      .filter(Boolean)
      .join(' ');
    const job = p.jobTitle.trim() ? p.jobTitle.trim().charAt(0).toLowerCase() + p.jobTitle.trim().slice(1) : '';
    return [name, job, p.email.trim()].filter(Boolean).join(', ');
  };
  const dpd = person(d.people.dpd);
  const responsable = person(d.people.responsableTraitement);
  const feminine = /^la /.test(words.tarif);
  const family = d.useCase.id === 'cantine' || d.useCase.id === 'periscolaire' || d.useCase.id === 'creche';
  const methode = methodView(d, words.unite);
  const recipients = g.recipients.trim();
  // "Seuls ont accès aux données les agents…": a plural noun gets its article.
  const recipientsArticle = /^(les|des|la|le|l['’]|ses|leurs?)\b/i.test(recipients) ? '' : /^\p{L}+[sx]\b/u.test(recipients) ? 'les ' : null;
  const where = g.informationWhere.trim();
  const whereIsPhrase = /^(sur|dans|à|au|aux|en|par|lors|avant|dès)\b/i.test(where);
  const structure = structureName(type);
  const pacJustification = (d.data.justifications[DEPENDANTS_DETAIL_SCOPE] ?? '').trim();
  const health = healthBoxes(d);

  const view = {
    organisation: orComplete(d.organisation.name, "nom de l'organisation"),
    organisation_phrase: d.organisation.name.trim() ? userText(nameInSentence(d.organisation.name)) : toComplete("nom de l'organisation"),
    organisation_e: /^la /.test(nameInSentence(d.organisation.name)) ? 'e' : '',
    Organe: body ? capitalise(body) : toComplete('organe délibérant'),
    le_organe: body ? `le ${body}` : toComplete('organe délibérant'),
    du_organe: body ? `du ${body}` : `de ${toComplete('organe délibérant')}`,
    Le_organe: body ? capitalise(`le ${body}`) : toComplete('organe délibérant'),
    executif: executive(type, d.organisation.name),
    code_organe: type ? withArticle(organisationKind(type).competence ?? null, type) : null,
    seance:
      d.legal.deliberationStatus === 'a-adopter' && d.legal.plannedSessionDate ? formatFrenchDate(d.legal.plannedSessionDate) : toComplete('date de la séance'),
    // « pour Aide Pass'Sport communale » would not read: a project's name is quoted as the démarche's.
    domaine_crpa: crpaDomain(d),
    objet: words.objet ?? (d.useCase.projectName.trim() === '' ? toComplete('finalité') : `la démarche « ${userText(d.useCase.projectName.trim())} »`),
    description: orComplete(d.useCase.description, 'description de la démarche'),
    tarif,
    eligibilite,
    e: feminine ? 'e' : '',
    il: feminine ? 'elle' : 'il',
    vocab: words,
    Vocab: { tarif: capitalise(words.tarif), de_tarif: words.tarif.replace(/^le /, 'du ').replace(/^(la |l’|l')/, 'de $1') },
    cas: {
      cantine: d.useCase.id === 'cantine',
      periscolaire: d.useCase.id === 'periscolaire',
      creche: d.useCase.id === 'creche',
      transport: d.useCase.id === 'transport',
      stationnement: d.useCase.id === 'stationnement',
      aides: d.useCase.id === 'aides-sociales',
      bourses: d.useCase.id === 'bourses',
      autre: d.useCase.id === 'autre' || d.useCase.id === '',
    },
    autre_texte: needsOtherLegalBasis(d) ? orComplete(d.legal.otherLegalBasis, 'texte autorisant l’accès aux données') : null,
    deliberation_existante: {
      existe: d.legal.deliberationStatus === 'existante',
      numero: orComplete(d.legal.deliberationNumber, 'numéro'),
      date: d.legal.deliberationDate ? formatFrenchDate(d.legal.deliberationDate) : toComplete('date'),
      objet: eligibilite
        ? 'les conditions d’attribution en vigueur'
        : method === 'bareme-cnaf'
          ? 'les modalités d’application du barème national de la CNAF'
          : 'les tarifs en vigueur',
      objet_precedent: eligibilite ? 'les conditions d’attribution appliquées jusqu’à présent' : 'les tarifs appliqués jusqu’à présent',
    },
    methode,
    millesime: yearsView(d),
    sources: {
      caf: method === 'qf-caf',
      creche_caf: d.useCase.id === 'creche' && method !== 'qf-caf',
      dgfip: method !== 'qf-caf' && d.useCase.id !== 'creche',
    },
    justificatifs: fallbackDocuments(d),
    sans_donnees: {
      titre: family ? 'Familles sans données fiscales' : 'Foyers sans données fiscales',
      tarif_maximum: g.noDataRule === 'tarif-maximum',
      tarif_le_plus_eleve: methode.tarif_le_plus_eleve,
      examen: g.noDataRule === 'examen-sur-pieces',
      autre: g.noDataRule === 'autre' ? orComplete(g.noDataRuleOther, 'règle applicable') : null,
      manquant: g.noDataRule === '',
    },
    acces: {
      spi: d.organisation.accessMode === 'spi',
      franceconnect: d.organisation.accessMode === 'france-connect',
      manquant: d.organisation.accessMode === '',
    },
    conservation: orComplete(g.retentionMonths, 'durée'),
    destinataires: {
      liste: recipients ? userText(lowerFirst(recipients)) : toComplete('destinataires'),
      article: recipientsArticle !== null ? recipientsArticle : null,
      enumeration: recipients && recipientsArticle === null,
    },
    information: {
      lieu: where ? userText(lowerFirst(where.replace(/\.$/, ''))) : toComplete("lieu de l'information"),
      phrase: whereIsPhrase,
    },
    responsable: responsable ? userText(responsable) : null,
    structure,
    // An EPCI acts only within the competences its statutes give it: they are cited in the visas.
    epci: type === 'epci',
    familles: family,
    personnes_a_charge: {
      regle: d.data.scopes.includes(DEPENDANTS_DETAIL_SCOPE) && pacJustification ? userText(lowerFirst(pacJustification.replace(/\.$/, ''))) : null,
      cases: d.data.dependantBoxes.length ? andList(d.data.dependantBoxes) : null,
    },
    sante: health.length ? { cases: andList(health) } : null,
    plus_eleve:
      d.useCase.id === 'creche'
        ? 'la participation la plus élevée'
        : d.useCase.id === 'aides-sociales' || d.useCase.id === 'bourses'
          ? 'le montant le plus élevé'
          : 'le tarif le plus élevé',
    dpd: orComplete(dpd, 'coordonnées du délégué à la protection des données'),
  };
  const tables: DeliberationTables = {
    tranches: trancheRows(d, words.unite),
    tranchesHeader: method === 'qf-caf' || d.method.qfPeriod === 'mensuel' ? 'Quotient familial mensuel' : 'Quotient familial annuel',
    taux: tauxRows(),
    donnees: dataRows(d, methode.territoire),
  };
  return { view, tables };
}
