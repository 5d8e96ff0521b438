import { organisationAsks } from './organisation-fields';
import {
  CONTACT_SIDE_LABELS,
  DELIBERATION_STATUS_LABELS,
  DPIA_LABELS,
  EFFORT_MODE_LABELS,
  INCOME_PERIOD_LABELS,
  INFORMATION_MODE_LABELS,
  NO_DATA_RULE_LABELS,
  SECURITY_MODE_LABELS,
  STAGE_LABELS,
  THRESHOLD_BASIS_LABELS,
  YES_NO_LABELS,
  choiceLabel,
} from './catalogue/choices';
import { INCOME_BASES, methodById, usesQuotient } from './catalogue/methods';
import { organisationKind } from './catalogue/organisations';
import { ACCESS_MODES, DATAPASS_PATH_TEXT, dataPassPath, softwareOption } from './catalogue/software';
import { DEPENDANTS_DETAIL_SCOPE, scopeDisplayLabel } from './catalogue/scopes';
import { CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION, RETENTION_MONTHS_WITHOUT_JUSTIFICATION } from './catalogue/volumetry';
import { parseWholeNumber } from './validators/number';
import { useCaseById } from './catalogue/use-cases';
import { DEPENDANT_BOXES } from './catalogue/dependant-boxes';
import { formatFrenchDate } from './dates';
import { parseDecimal } from './validators/number';
import type { Person } from './dossier/model';
import type { DossierContent } from './dossier/content';
import { STEPS, type StepId } from './steps';
import { PEOPLE_ROLES, ROLE_LABELS } from './validation/people-rules';
import { needsDeliberation, needsOtherLegalBasis } from './validation/legal-rules';
import { needsAcceptance, securityLabels } from './validation/security-rules';

/**
 * The dossier as a reader sees it: for each step, its questions and the answers given, in plain
 * French. The synthesis ("vérifiez vos réponses") and the documents read it. An unanswered
 * question has a null value, which each reader shows its own way ("Non renseigné", "à compléter").
 */
export interface SummaryRow {
  label: string;
  value: string | null;
  /** The field to change it, as a path in the step's section. */
  path: readonly string[];
}

export interface SummarySection {
  step: StepId;
  title: string;
  rows: SummaryRow[];
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const WHOLE = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** An amount as typed, written the French way when it reads as a number ("1400" → "1 400", "2,4" → "2,40"). */
const amount = (value: string) => {
  const n = parseDecimal(value);
  if (n === null) return value.trim() || '?';
  return Number.isInteger(n) ? WHOLE.format(n) : CENTS.format(n);
};
const date = (value: string) => (value === '' ? null : formatFrenchDate(value));
const yesNo = (value: boolean, yes: string, no: string | null = null) => (value ? yes : no);

function personText(p: Person): string | null {
  const name = [p.givenName, p.familyName]
    .map((t) => t.trim())
    .filter(Boolean)
    .join(' ');
  const parts = [name, p.jobTitle.trim(), p.email.trim(), p.phone.trim()].filter(Boolean);
  return parts.length === 0 ? null : parts.join(' – ');
}

function organisationRows(d: DossierContent): SummaryRow[] {
  const o = d.organisation;
  const rows: SummaryRow[] = [
    { label: "Type d'organisation", value: o.type ? organisationKind(o.type).label : null, path: ['type'] },
    { label: 'Nom', value: text(o.name), path: ['name'] },
    { label: 'SIRET', value: text(o.siret), path: ['siret'] },
  ];
  const asks = organisationAsks(o);
  if (asks.onBehalfOf) rows.push({ label: 'Pour le compte de', value: text(o.onBehalfOf), path: ['onBehalfOf'] });
  rows.push({ label: 'Logiciel', value: o.software ? softwareOption(o.software).label : null, path: ['software'] });
  if (asks.softwareVendorName) rows.push({ label: 'Éditeur', value: text(o.softwareVendorName), path: ['softwareVendorName'] });
  if (o.software) {
    const path = dataPassPath(o.software);
    rows.push({ label: 'Parcours DataPass', value: DATAPASS_PATH_TEXT[path].title, path: ['software'] });
    if (path === 'bac-a-sable-puis-production') rows.push({ label: 'Demande préparée', value: choiceLabel(STAGE_LABELS, o.stage), path: ['stage'] });
  }
  rows.push({ label: "Modalité d'accès", value: ACCESS_MODES.find((m) => m.id === o.accessMode)?.label ?? null, path: ['accessMode'] });
  if (o.accessMode === 'france-connect') {
    rows.push({
      label: 'Habilitation FranceConnect validée',
      value: choiceLabel(YES_NO_LABELS, o.hasFranceConnectHabilitation),
      path: ['hasFranceConnectHabilitation'],
    });
  }
  return rows;
}

function methodRows(d: DossierContent): SummaryRow[] {
  const m = d.method;
  const rows: SummaryRow[] = [{ label: 'Méthode', value: m.id ? methodById(m.id).label : null, path: ['id'] }];
  if (m.id && m.id !== 'residence') rows.push({ label: 'Revenu retenu', value: INCOME_BASES[m.incomeBasis].label, path: ['incomeBasis'] });
  if (m.id && usesQuotient(m.id, m.thresholdBasis)) rows.push({ label: 'Quotient familial', value: INCOME_PERIOD_LABELS[m.qfPeriod], path: ['qfPeriod'] });
  if (m.id === 'tranches-qf' || m.id === 'qf-caf') {
    // Bounds as a council votes them: each tranche starts strictly above the previous one.
    const grid = m.tranches.map((t, i) => {
      // Stryker disable next-line OptionalChaining,StringLiteral: out of reach, past the first tranche the one before always exists.
      const from = i === 0 ? null : amount(m.tranches[i - 1]?.upTo ?? '');
      const to = t.upTo.trim() === '' ? null : amount(t.upTo);
      const range =
        from === null ? (to === null ? 'Tout QF' : `QF jusqu'à ${to} €`) : to === null ? `QF au-delà de ${from} €` : `QF de plus de ${from} € à ${to} €`;
      // Stryker disable next-line MethodExpression: equivalent, amount reads a price of blanks as "?" too.
      return `${range} : ${t.price.trim() ? amount(t.price) : '?'} €`;
    });
    rows.push({ label: 'Grille de tranches', value: grid.length ? grid.join(' ; ') : null, path: ['tranches'] });
  }
  if (m.id === 'taux-effort') {
    rows.push({ label: "Forme du taux d'effort", value: EFFORT_MODE_LABELS[m.effortMode], path: ['effortMode'] });
    rows.push(
      m.effortMode === 'plancher-plafond'
        ? {
            label: 'Taux, plancher, plafond',
            value: m.rate || m.floor || m.ceiling ? `${m.rate || '?'} % du QF, entre ${m.floor || '?'} € et ${m.ceiling || '?'} €` : null,
            path: ['rate'],
          }
        : {
            label: 'Deux points',
            value: m.qfMin || m.qfMax ? `QF ${m.qfMin || '?'} → ${m.priceMin || '?'} € ; QF ${m.qfMax || '?'} → ${m.priceMax || '?'} €` : null,
            path: ['qfMin'],
          },
    );
  }
  if (m.id === 'bareme-cnaf') {
    rows.push({
      label: 'Ressources mensuelles retenues',
      value: m.resourcesFloor || m.resourcesCeiling ? `entre ${m.resourcesFloor || '?'} € et ${m.resourcesCeiling || '?'} €` : null,
      path: ['resourcesFloor'],
    });
  }
  if (m.id === 'seuil-ressources') {
    rows.push({
      label: "Seuil d'éligibilité",
      value: m.threshold ? `${amount(m.threshold)} €, ${THRESHOLD_BASIS_LABELS[m.thresholdBasis].toLowerCase()}` : null,
      path: ['threshold'],
    });
  }
  if (m.id === 'residence' || m.checksResidence) rows.push({ label: 'Territoire', value: text(m.territory), path: ['territory'] });
  rows.push({
    label: 'Campagne',
    value: m.campaignStart && m.campaignEnd ? `du ${formatFrenchDate(m.campaignStart)} au ${formatFrenchDate(m.campaignEnd)}` : null,
    path: ['campaignStart'],
  });
  return rows;
}

function dataRows(d: DossierContent): SummaryRow[] {
  const rows: SummaryRow[] = d.data.scopes.map((key) => {
    const justification = d.data.justifications[key]?.trim();
    return { label: scopeDisplayLabel(key), value: justification ? `Justification : ${justification}` : 'Demandée', path: ['scopes', key] };
  });
  // Each row is an answer the step shows for these answers: its "Modifier" leads to it.
  if (d.data.scopes.includes(DEPENDANTS_DETAIL_SCOPE) && d.data.dependantBoxes.length > 0) {
    rows.push({
      label: 'Cases du détail des personnes à charge',
      value: DEPENDANT_BOXES.filter((b) => d.data.dependantBoxes.includes(b.box))
        .map((b) => b.box)
        .join(', '),
      path: ['dependantBoxes'],
    });
  }
  rows.push({
    label: 'Expression de besoin spécifique',
    value: d.data.hasSpecificRequirements ? 'Oui, déjà partagée avec la DGFiP' : 'Non',
    path: ['hasSpecificRequirements'],
  });
  return rows.length > 1 ? rows : [{ label: 'Données demandées', value: null, path: ['scopes'] }, ...rows];
}

function legalRows(d: DossierContent): SummaryRow[] {
  const l = d.legal;
  const rows: SummaryRow[] = [];
  if (needsDeliberation(d)) {
    rows.push({ label: 'Délibération', value: choiceLabel(DELIBERATION_STATUS_LABELS, l.deliberationStatus), path: ['deliberationStatus'] });
    if (l.deliberationStatus === 'existante') {
      rows.push(
        {
          label: 'Date et numéro',
          value: l.deliberationDate || l.deliberationNumber ? `${date(l.deliberationDate) ?? '?'}, n° ${l.deliberationNumber || '?'}` : null,
          path: ['deliberationDate'],
        },
        { label: 'Adresse web', value: text(l.deliberationUrl), path: ['deliberationUrl'] },
        { label: 'Cite chaque donnée et sa finalité', value: choiceLabel(YES_NO_LABELS, l.deliberationListsData), path: ['deliberationListsData'] },
      );
    }
    if (l.deliberationStatus === 'a-adopter') rows.push({ label: 'Séance prévue', value: date(l.plannedSessionDate), path: ['plannedSessionDate'] });
  }
  if (needsOtherLegalBasis(d)) {
    rows.push(
      { label: 'Texte autorisant l’accès', value: text(l.otherLegalBasis), path: ['otherLegalBasis'] },
      { label: 'Dans le cadre de l’article L. 114-8 du CRPA', value: choiceLabel(YES_NO_LABELS, l.otherWithinCrpa), path: ['otherWithinCrpa'] },
    );
  }
  return rows;
}

function gdprRows(d: DossierContent): SummaryRow[] {
  const g = d.gdpr;
  return [
    { label: 'Destinataires', value: text(g.recipients), path: ['recipients'] },
    { label: 'Durée de conservation', value: g.retentionMonths ? `${g.retentionMonths} mois` : null, path: ['retentionMonths'] },
    ...(g.retentionJustification.trim() && (parseWholeNumber(g.retentionMonths) ?? 0) > RETENTION_MONTHS_WITHOUT_JUSTIFICATION
      ? [{ label: 'Justification de la durée', value: g.retentionJustification.trim(), path: ['retentionJustification'] }]
      : []),
    { label: 'Information des usagers', value: choiceLabel(INFORMATION_MODE_LABELS, g.informationMode), path: ['informationMode'] },
    { label: "Lieu de l'information", value: text(g.informationWhere), path: ['informationWhere'] },
    { label: "Dépôt de l'avis d'imposition possible", value: yesNo(g.alternativeOffered, 'Oui'), path: ['alternativeOffered'] },
    {
      label: 'Familles sans données',
      value: g.noDataRule === 'autre' ? text(g.noDataRuleOther) : choiceLabel(NO_DATA_RULE_LABELS, g.noDataRule),
      path: ['noDataRule'],
    },
    {
      label: "Analyse d'impact",
      value:
        g.dpia === 'realisee'
          ? `${DPIA_LABELS.realisee}${g.dpiaDate ? ` le ${formatFrenchDate(g.dpiaDate)}` : ''}`
          : g.dpia === 'non-necessaire'
            ? `${DPIA_LABELS['non-necessaire']} – ${g.dpiaReason.trim() || '?'}`
            : choiceLabel(DPIA_LABELS, g.dpia),
      path: ['dpia'],
    },
    { label: 'Inscrit au registre', value: yesNo(g.inRegister, 'Oui'), path: ['inRegister'] },
    { label: 'DPD informé', value: yesNo(g.dpdInformed, 'Oui'), path: ['dpdInformed'] },
  ];
}

function peopleRows(d: DossierContent): SummaryRow[] {
  const p = d.people;
  return [
    ...PEOPLE_ROLES.map((role) => ({ label: ROLE_LABELS[role], value: personText(p[role]), path: [role, 'familyName'] })),
    { label: 'Le demandeur a un compte ProConnect', value: choiceLabel(YES_NO_LABELS, p.demandeur.hasProConnect), path: ['demandeur', 'hasProConnect'] },
    { label: 'Le responsable technique est', value: choiceLabel(CONTACT_SIDE_LABELS, p.contactTechnique.side), path: ['contactTechnique', 'side'] },
    { label: 'Adresse technique générique', value: text(p.technicalExtraEmail), path: ['technicalExtraEmail'] },
    {
      label: 'Documents organisationnels remplis',
      value:
        [
          p.employerCertificateDemandeur && 'attestation employeur du demandeur',
          p.employerCertificateTechnique && 'attestation employeur du responsable technique',
          p.designationDemandeur && 'désignation du demandeur',
        ]
          .filter(Boolean)
          .join(', ') || null,
      path: ['employerCertificateDemandeur'],
    },
  ];
}

function securityRows(d: DossierContent): SummaryRow[] {
  const s = d.security;
  const labels = securityLabels(s.mode);
  // Each row is an answer the step shows for these answers: its "Modifier" leads to it.
  return [
    { label: 'Attestation de sécurité', value: choiceLabel(SECURITY_MODE_LABELS, s.mode), path: ['mode'] },
    ...(s.mode
      ? [
          {
            label: labels.authority,
            value: s.authorityName.trim() ? `${s.authorityName.trim()}${s.authorityFunction.trim() ? `, ${s.authorityFunction.trim()}` : ''}` : null,
            path: ['authorityName'],
          },
          {
            label: 'Validité',
            value: s.beginDate && s.endDate ? `du ${formatFrenchDate(s.beginDate)} au ${formatFrenchDate(s.endDate)}` : null,
            path: ['beginDate'],
          },
        ]
      : []),
    { label: 'Appels par minute', value: s.callsPerMinute, path: ['callsPerMinute'] },
    ...(s.volumetryJustification.trim() && s.callsPerMinute !== CALLS_PER_MINUTE_WITHOUT_JUSTIFICATION
      ? [{ label: 'Justification de la volumétrie', value: s.volumetryJustification.trim(), path: ['volumetryJustification'] }]
      : []),
    { label: 'Mise en production prévue', value: date(s.plannedProductionDate), path: ['plannedProductionDate'] },
    ...(needsAcceptance(d) ? [{ label: 'Recette fonctionnelle attestée', value: yesNo(s.acceptanceDone, 'Oui', 'Non'), path: ['acceptanceDone'] }] : []),
  ];
}

function useCaseRows(d: DossierContent): SummaryRow[] {
  const u = d.useCase;
  return [
    { label: "Cas d'usage", value: u.id ? useCaseById(u.id).label : null, path: ['id'] },
    { label: 'Nom du projet', value: text(u.projectName), path: ['projectName'] },
    { label: 'Description', value: text(u.description), path: ['description'] },
    { label: 'Dossiers traités par an', value: text(u.yearlyVolume), path: ['yearlyVolume'] },
  ];
}

const ROWS: Record<Exclude<StepId, 'synthese'>, (d: DossierContent) => SummaryRow[]> = {
  organisation: organisationRows,
  'cas-d-usage': useCaseRows,
  methode: methodRows,
  donnees: dataRows,
  'cadre-juridique': legalRows,
  traitement: gdprRows,
  personnes: peopleRows,
  securite: securityRows,
};

export function summariseDossier(dossier: DossierContent): SummarySection[] {
  return STEPS.filter((s) => s.id !== 'synthese').map((s) => ({
    step: s.id,
    title: s.title,
    rows: ROWS[s.id as Exclude<StepId, 'synthese'>](dossier),
  }));
}
