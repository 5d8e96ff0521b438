import type { IsoDate } from '../dates';
import type { Dossier } from '../dossier/model';
import { needsDeliberation } from '../validation/legal-rules';
import type { ProjectRequest } from './project-requests';
import { isFiled } from './request-tracking';

/**
 * What comes after the tool, in order: the real procedure from the vote of the deliberation to
 * the opening of production, and where the project stands in it. A step is done on what the
 * dossier says (a deliberation dated, a request recorded as filed or validated), never guessed.
 */
export type ProcedureStatus = 'done' | 'current' | 'later';

export interface ProcedureStep {
  id: string;
  label: string;
  detail: string;
  status: ProcedureStatus;
}

/** A public source for the duration of the instruction, and what it says. */
export interface TimingSource {
  text: string;
  source: string;
  /** The figure could not be confirmed from a source the tool can name: to check. */
  toCheck: boolean;
}

interface Draft {
  id: string;
  label: string;
  detail: string;
  done: boolean;
}

const byKey = (requests: readonly ProjectRequest[], key: ProjectRequest['key']) => requests.find((r) => r.key === key);

function requestSteps(d: Dossier, requests: readonly ProjectRequest[]): Draft[] {
  const steps: Draft[] = [];
  const fc = byKey(requests, 'france-connect');
  if (fc) {
    steps.push({
      id: 'france-connect',
      label: 'Faire valider l’habilitation FranceConnect',
      detail: 'DataPass demande de la sélectionner dans la demande API Impôt particulier « Avec FranceConnect ».',
      done: fc.tracking.state === 'validee' || d.organisation.hasFranceConnectHabilitation === 'oui',
    });
  }
  const editeur = byKey(requests, 'impot-editeur');
  if (editeur) {
    steps.push({
      id: 'deposer-editeur',
      label: 'Déposer la demande API Impôt particulier avec votre éditeur',
      detail: 'Une seule demande, avec l’homologation de sécurité et la volumétrie : votre éditeur a déjà terminé le bac à sable.',
      done: isFiled(editeur.tracking),
    });
  }
  const sandbox = byKey(requests, 'impot-bac-a-sable');
  const production = byKey(requests, 'impot-production');
  // Stryker disable next-line LogicalOperator: projectRequests lists the sandbox and production requests together or not at all, so `||` picks the same cases.
  if (sandbox && production) {
    // Step 1 of the dossier says whether the sandbox request is already validated.
    // Stryker disable next-line ConditionalExpression: a request recorded as validated is also filed (isFiled), which alone marks the step done.
    const sandboxValidated = sandbox.tracking.state === 'validee' || d.organisation.stage === 'production';
    steps.push(
      {
        id: 'deposer-bac-a-sable',
        label: 'Déposer la demande bac à sable',
        detail: 'Elle ouvre l’accès aux données fictives de l’API.',
        done: isFiled(sandbox.tracking) || sandboxValidated,
      },
      {
        id: 'tester',
        label: 'Tester votre téléservice avec le bac à sable',
        detail:
          'Une fois la demande validée, la DGFiP écrit au responsable technique pour ses accès de test. La recette faite, vous l’attesterez dans la demande de production.',
        done: d.security.acceptanceDone || isFiled(production.tracking),
      },
      {
        id: 'deposer-production',
        label: 'Déposer la demande de production',
        detail:
          'Depuis la demande bac à sable validée, qui garde son numéro, avec l’homologation de sécurité et la volumétrie. La DGFiP invite à la déposer sans attendre, au vu des délais d’instruction.',
        done: isFiled(production.tracking),
      },
    );
  }
  for (const key of ['api-particulier-qf', 'api-particulier-eaje'] as const) {
    const request = byKey(requests, key);
    if (request)
      steps.push({
        id: `deposer-${key}`,
        label: `Déposer la demande ${request.title}`,
        detail: 'En parallèle : elle ne dépend pas de la demande API Impôt particulier.',
        done: isFiled(request.tracking),
      });
  }
  const last = editeur ?? production;
  if (last) {
    steps.push({
      id: 'mise-en-service',
      label: 'Ouvrir le service aux usagers',
      detail:
        'Quand la demande est validée, la DGFiP l’annonce au demandeur et au responsable technique ; l’équipe qui héberge l’API donne ensuite au responsable technique l’accès à la production et la façon d’interroger l’API.',
      done: last.tracking.state === 'validee',
    });
  }
  return steps;
}

export function procedure(d: Dossier, requests: readonly ProjectRequest[], today: IsoDate): ProcedureStep[] {
  const drafts: Draft[] = [];
  if (needsDeliberation(d)) {
    const voted = d.legal.deliberationStatus === 'existante' && d.legal.deliberationDate !== '' && d.legal.deliberationDate <= today;
    drafts.push({
      id: 'deliberation',
      label: 'Faire voter la délibération, la publier et la transmettre au contrôle de légalité',
      detail: 'Elle n’est exécutoire qu’une fois publiée et transmise : DataPass demande la délibération elle-même, ou son adresse web.',
      done: voted,
    });
  }
  drafts.push(...requestSteps(d, requests));
  // The first step not done is where the project stands; a later step recorded as done (a request
  // filed before the vote) stays done.
  const current = drafts.findIndex((s) => !s.done);
  return drafts.map(({ done, ...step }, i) => ({ ...step, status: done ? 'done' : i === current ? 'current' : 'later' }));
}

/** What public sources say of the instruction's duration (docs/datapass-sources.md). */
export const INSTRUCTION_TIMES: readonly TimingSource[] = [
  {
    text: 'La page publique qui présente chaque demande sur DataPass affiche le délai médian de réponse définitive des trois derniers mois pour cette API (« ~N jours »). Faute de données récentes, DataPass y affiche un chiffre par défaut (« ~7 jours ») ou une « estimation historique » : ce n’est alors pas une mesure.',
    source: 'DataPass, etalab/data_pass : AuthorizationRequestStatsController#processing_time',
    toCheck: false,
  },
  {
    text: 'Sans réponse dans les deux mois qui suivent le dépôt, la demande est réputée rejetée (articles L. 231-1 et L. 231-4 du CRPA) ; si elle est incomplète, vous disposez de deux mois pour fournir les pièces demandées.',
    source: 'Accusé de réception de DataPass, etalab/data_pass : config/locales/mailer.fr.yml',
    toCheck: false,
  },
  {
    text: 'Quand elle valide un bac à sable, la DGFiP invite à déposer aussitôt la demande de production, « au regard des délais d’instruction » de ses prérequis : cadre juridique, conformité RGPD, sécurité, recette, conditions générales.',
    source:
      'Courriel de validation du bac à sable de la DGFiP, etalab/data_pass : app/views/authorization_request_mailer/shared/dgfip_sandbox/approve.text.erb',
    toCheck: false,
  },
];
