import type { ChecklistItem, ChecklistStatus } from './checklist';
import type { ChecklistItemId } from './checklist-items';
import { must } from '../must';

/**
 * The instructor's pre-check: the DGFiP's three families of controls, as the DGFiP's teaching
 * sheet lists them ("L'instruction d'une demande et les contrôles de la DGFIP"), each control
 * read against the checklist items it rests on.
 */
export type PrecheckOutcome = 'passes' | 'objection' | 'todo' | 'not-applicable';

interface ControlDefinition {
  /** The DGFiP's wording. */
  label: string;
  /** What the tool checks for it, in plain French. */
  checked: string;
  items: readonly ChecklistItemId[];
}

const FAMILIES: readonly { id: string; title: string; controls: readonly ControlDefinition[] }[] = [
  {
    id: 'reglementaire',
    title: 'Conformité réglementaire',
    controls: [
      {
        label: "Vérification que le cas d'usage repose sur un fondement juridique approprié",
        checked:
          "L'éligibilité de l'organisation, l'article L. 114-8 du CRPA et la délibération (ou le texte autorisant l'accès), leurs dates au regard de la campagne et de la mise en production, et l'habilitation FranceConnect si elle sert.",
        items: ['eligibilite', 'cadre-juridique', 'deliberation-donnees', 'franceconnect'],
      },
      {
        label: "Analyse de la finalité de l'utilisation de l'API, au regard des missions du demandeur",
        checked: "L'organisation, le besoin métier décrit et le parcours choisi.",
        items: ['organisation', 'besoin-metier', 'parcours'],
      },
      {
        label: "Cohérence entre le cas d'usage envisagé, les données sollicitées et le périmètre de l'API",
        checked: 'La méthode de calcul, les données cochées au regard de cette méthode, et l’expression de besoin spécifique si elle est exigée.',
        items: ['methode', 'donnees', 'expression-besoin'],
      },
    ],
  },
  {
    id: 'rgpd',
    title: 'Conformité RGPD',
    controls: [
      {
        label: 'Vérification du respect des principes de protection des données personnelles (finalité, minimisation, proportionnalité)',
        checked: 'Chaque donnée au-delà du minimum et sa justification, les destinataires.',
        items: ['donnees', 'destinataires'],
      },
      {
        label: 'Analyse de la manière dont les données sont traitées par le demandeur',
        checked: "L'analyse d'impact, le registre, le responsable de traitement et un délégué à la protection des données indépendant et informé.",
        items: ['aipd', 'registre', 'responsable-traitement', 'dpd', 'dpd-informe'],
      },
      {
        label: 'Prise en compte des droits des personnes concernées et des durées de conservation',
        checked:
          "L'information des usagers avant l'échange, la possibilité de fournir son avis d'imposition, la règle pour les familles sans données, la durée de conservation.",
        items: ['information', 'alternative', 'conservation'],
      },
    ],
  },
  {
    id: 'ssi',
    title: 'Conformité SSI',
    controls: [
      {
        label: 'Analyse des éléments de sécurité fournis par le demandeur (homologation de sécurité ou questionnaire de sécurité API)',
        checked: "L'homologation ou le questionnaire, son signataire, et sa validité à la mise en production et pendant toute la campagne.",
        items: ['homologation'],
      },
      {
        label: 'Vérification des mesures mises en place pour protéger les données et sécuriser les accès',
        checked: 'Le responsable technique et ses attestations, le compte ProConnect du demandeur.',
        items: ['responsable-technique', 'attestation-technique', 'proconnect'],
      },
      {
        label: "Evaluation des risques liés à l'intégration et à l'utilisation de l'API dans le système d'information",
        checked: 'Le logiciel et son raccordement, la volumétrie, la date de mise en production et la recette.',
        items: ['logiciel', 'volumetrie', 'mise-en-production', 'recette'],
      },
    ],
  },
];

export interface PrecheckControl {
  label: string;
  checked: string;
  outcome: PrecheckOutcome;
  /** What passes: the labels of the items that are ready. */
  passing: string[];
  /** What would draw an objection or is still to do, in the items' own words. */
  problems: { label: string; status: ChecklistStatus; messages: string[] }[];
}

export interface PrecheckFamily {
  id: string;
  title: string;
  outcome: PrecheckOutcome;
  controls: PrecheckControl[];
}

const WORST: readonly PrecheckOutcome[] = ['todo', 'objection', 'passes', 'not-applicable'];
// Stryker disable next-line StringLiteral: unreachable, every family of FAMILIES has controls and every control items, so the list is never empty and each outcome is one of WORST.
const worst = (outcomes: readonly PrecheckOutcome[]): PrecheckOutcome => WORST.find((o) => outcomes.includes(o)) ?? 'not-applicable';

function outcomeOf(status: ChecklistStatus): PrecheckOutcome {
  if (status === 'todo') return 'todo';
  if (status === 'review') return 'objection';
  // Stryker disable next-line StringLiteral: equivalent, worst() ranks an unknown outcome nowhere and falls back to 'not-applicable', so a control gets the same outcome either way.
  return status === 'not-applicable' ? 'not-applicable' : 'passes';
}

export function buildPrecheck(checklist: readonly ChecklistItem[]): PrecheckFamily[] {
  return FAMILIES.map((family) => {
    const controls = family.controls.map((control) => {
      const items = control.items.map((id) =>
        must(
          checklist.find((i) => i.id === id),
          `the checklist item ${id}`,
        ),
      );
      return {
        label: control.label,
        checked: control.checked,
        outcome: worst(items.map((i) => outcomeOf(i.status))),
        passing: items.filter((i) => i.status === 'ready' || i.status === 'kept').map((i) => i.label),
        problems: items
          .filter((i) => i.status === 'todo' || i.status === 'review')
          .map((i) => ({ label: i.label, status: i.status, messages: i.findings.filter((f) => f.keptReason === null).map((f) => f.message) })),
      };
    });
    return { id: family.id, title: family.title, outcome: worst(controls.map((c) => c.outcome)), controls };
  });
}
