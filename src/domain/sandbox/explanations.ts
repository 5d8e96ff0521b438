import { API_BASE_PATH, resourceById, type ResourceId } from '../api/resources';
import { SCOPES } from '../catalogue/scopes';
import { formatFrenchDate, type IsoDate } from '../dates';
import { latestIncomeYear, taxationDate } from '../years';
import { errorCodeOf } from './api-errors';

/**
 * Every answer that is not a success, explained in plain French: what happened and what to do
 * next. The same texts serve the local sandbox and a real host, so the context says which.
 */
export interface Explanation {
  title: string;
  text: string;
  next: string[];
}

export interface ExplainContext {
  target: 'local' | 'real';
  resourceId: ResourceId;
  /** The annrev asked for, when it was a number; null for "deux ans". */
  requestedYear: number | null;
  /** The day the call is made on: simulated locally, today otherwise. */
  day: IsoDate;
  /** Seconds from a Retry-After header. */
  retryAfter: string | null;
  /** The gateway's or the API's own message, when the body has one. */
  serverMessage: string | null;
}

/** The message an error body carries, whichever shape it has. */
export function serverMessageOf(body: unknown): string | null {
  // Stryker disable next-line ConditionalExpression: equivalent for `typeof body !== 'object'` → false, a truthy text, number or true has no message, description or error_description, so null comes out either way.
  if (!body || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  const inner = record.erreur && typeof record.erreur === 'object' ? (record.erreur as Record<string, unknown>) : record;
  const text = [inner.message, inner.description, inner.error_description].filter((v): v is string => typeof v === 'string' && v !== '');
  return text.length > 0 ? text.join(' — ') : null;
}

function openingScopes(resourceId: ResourceId): string {
  const labels = SCOPES.filter((s) => s.resources.includes(resourceId)).map((s) => `« ${s.label} »`);
  return (
    labels.join(', ') ||
    // Stryker disable next-line StringLiteral: out of reach, every resource of the catalogue is opened by at least one scope.
    'aucune donnée que cet outil propose'
  );
}

function notTaxedYet(ctx: ExplainContext, year: number): Explanation {
  const latest = latestIncomeYear(ctx.day);
  const taxed = taxationDate(year + 1);
  return {
    title: 'Année pas encore taxée (410, code 4101)',
    text: `Au ${formatFrenchDate(ctx.day)}, les revenus ${year} ne sont pas encore disponibles : ils le seront une fois l'impôt calculé, ${taxed.forecast ? 'prévu' : 'annoncé'} vers le ${formatFrenchDate(taxed.date)}. La dernière année disponible est ${latest}.`,
    next: [
      `Appelez l'année ${latest}.`,
      "Ou, si votre habilitation prévoit l'année « N-1 ou N-2 », utilisez la ressource « Dernière situation IR deux ans » : elle renvoie d'elle-même la dernière année disponible.",
      ...(ctx.target === 'local' ? ['Changez la date simulée pour voir à partir de quand cette année répond.'] : []),
    ],
  };
}

function byCode(status: number, code: string | null, ctx: ExplainContext): Explanation {
  const resource = resourceById(ctx.resourceId);
  // A null code reads "null", which no case names: the status alone decides, below.
  switch (`${status}:${String(code)}`) {
    case '400:4001':
      return {
        title: 'Numéro fiscal mal formé (400, code 4001)',
        text: 'Le numéro fiscal (SPI) compte exactement 13 chiffres, sans espace ni lettre. Le numéro de sécurité sociale (NIR) ne peut pas être utilisé.',
        next: [
          "Corrigez le numéro fiscal : il figure en haut de la première page de l'avis d'impôt et sur impots.gouv.fr.",
          'Dans votre téléservice, vérifiez ce format avant l’appel pour que l’usager corrige sa saisie.',
        ],
      };
    case '400:4002':
      return {
        title: 'Année mal formée (400, code 4002)',
        text: "L'année des revenus (annrev) s'écrit avec quatre chiffres, par exemple 2025 pour les revenus de 2025 déclarés en 2026.",
        next: ["Corrigez l'année."],
      };
    case '400:4007':
      return {
        title: 'Département mal formé (400, code 4007)',
        text: 'Le département de la ressource LEP est mal formé.',
        next: ['Indiquez un numéro de département (par exemple 75, 2A ou 974).'],
      };
    case '403:4031':
      return {
        title: 'Ressource non accordée (403, code 4031)',
        text: `Votre jeton ne donne pas accès à « ${resource.label} » (scope ${resource.tokenScope}), ou l'habilitation ne prévoit pas ce mode d'accès. Cette ressource est ouverte par : ${openingScopes(resource.id)}.`,
        next: [
          ctx.target === 'local'
            ? "Le bac à sable local applique votre dossier : si cette ressource vous est nécessaire, cochez la donnée qui l'ouvre à l'étape « Les données », avec sa justification."
            : "Vérifiez dans votre compte APIM que l'application est abonnée à cette ressource, et demandez le jeton avec ce scope.",
          'Sinon, appelez une ressource que votre habilitation ouvre.',
        ],
      };
    case '410:4101':
      // Stryker disable next-line ConditionalExpression: equivalent for `requestedYear !== null` → true, null > a year is false in JavaScript.
      if (ctx.requestedYear !== null && ctx.requestedYear > latestIncomeYear(ctx.day)) return notTaxedYet(ctx, ctx.requestedYear);
      return {
        title: 'Aucun résultat pour cette année (410, code 4101)',
        text:
          resource.id === 'ifi'
            ? "Ce foyer n'a pas été imposé à l'IFI (ou à l'ISF) pour cette année : la DGFiP répond alors « aucun résultat »."
            : "Ce numéro fiscal existe, mais la DGFiP n'a pas d'avis pour cette année avec cette ressource : aucune déclaration cette année-là (l'usager était rattaché au foyer de ses parents, par exemple), ou deux avis la même année après un décès.",
        next: [
          'Après un décès, appelez « Dernière situation IR » ou « IR multiple », qui répondent pour les années à deux avis.',
          "Sinon, appliquez la règle que votre dossier prévoit quand la DGFiP ne renvoie aucune donnée (tarif maximum ou examen sur pièces), sans bloquer l'usager.",
        ],
      };
    case '410:4102':
      return {
        title: 'Numéro fiscal inconnu (410, code 4102)',
        text: 'Le format est bon, mais aucun usager ne correspond à ce numéro fiscal.',
        next: [
          ctx.target === 'local'
            ? 'Choisissez un des foyers fictifs proposés.'
            : "Vérifiez le numéro avec l'usager : une erreur de frappe d'un chiffre suffit.",
          "Dans votre téléservice, proposez à l'usager de corriger sa saisie ou de déposer son avis d'imposition.",
        ],
      };
    default:
      return byStatus(status, ctx);
  }
}

function byStatus(status: number, ctx: ExplainContext): Explanation {
  const resource = resourceById(ctx.resourceId);
  switch (status) {
    case 400:
      return {
        title: 'Requête mal formée (400)',
        text: 'Un en-tête obligatoire manque ou est mal formé : X-Correlation-ID doit être un UUID, et X-FranceConnect-OAuth est obligatoire en mode FranceConnect.',
        next: ['Générez un nouvel identifiant de corrélation et vérifiez les en-têtes.'],
      };
    case 401: {
      // Stryker disable next-line StringLiteral: equivalent, any text without "expir" reads as no message.
      const expired = /expir/i.test(ctx.serverMessage ?? '');
      return {
        title: expired ? 'Jeton expiré (401)' : 'Jeton absent ou invalide (401)',
        text: expired
          ? "Le jeton d'accès a expiré : un jeton de la passerelle ne vaut qu'un temps limité (une heure dans le bac à sable local)."
          : "La passerelle n'a pas reçu de jeton valide dans l'en-tête Authorization (« Bearer » suivi du jeton).",
        next: [
          'Obtenez un nouveau jeton, puis relancez l’appel.',
          "Dans votre téléservice, gardez le jeton jusqu'à son expiration et redemandez-en un quand la passerelle répond 401.",
        ],
      };
    }
    case 403:
      return byCode(403, '4031', ctx);
    case 404:
      return {
        title: 'Adresse inconnue (404)',
        text: "L'hôte a répondu, mais aucune ressource ne correspond à cette adresse.",
        next:
          ctx.target === 'local'
            ? ['La ressource LEP, réservée aux banques, n’est pas simulée localement : choisissez une autre ressource.']
            : [`Vérifiez l'hôte : l'outil ajoute lui-même ${API_BASE_PATH} et le chemin de la ressource.`],
      };
    case 405:
      return {
        title: 'Méthode refusée (405)',
        text: 'Les ressources de l’API se lisent avec GET ; le jeton se demande avec POST.',
        next: ['Utilisez GET pour appeler une ressource.'],
      };
    case 429:
      return {
        title: 'Quota dépassé (429)',
        text: `Vous avez dépassé le nombre d'appels par minute de votre abonnement, fixé par la volumétrie demandée dans DataPass.`,
        next: [
          ctx.retryAfter
            ? `Attendez ${ctx.retryAfter} seconde${ctx.retryAfter === '1' ? '' : 's'} avant de relancer l'appel.`
            : "Attendez une minute avant de relancer l'appel.",
          'Dans votre téléservice, étalez les appels (file d’attente) plutôt que de les répéter aussitôt.',
          'Si ce volume est normal pour votre service, demandez une volumétrie supérieure dans DataPass, en la justifiant.',
        ],
      };
    case 500:
      return {
        title: 'Erreur technique de la DGFiP (500)',
        text: "Le service de la DGFiP a rencontré une erreur. L'appel n'est pas en cause.",
        next: ["Réessayez plus tard ; si l'erreur dure, signalez-la avec l'identifiant de corrélation."],
      };
    case 502:
    case 503:
    case 504:
      return {
        title: `Service indisponible (${status})`,
        text: "La passerelle n'a pas pu joindre le service, ou le relais local n'a pas pu joindre l'hôte. Les conditions d'utilisation annoncent un service ouvert de 7 h à 20 h.",
        next: ["Réessayez plus tard, aux heures d'ouverture.", "Si vous passez par le relais local, vérifiez l'hôte donné à --target."],
      };
    default:
      return {
        title: `Réponse inattendue (${status})`,
        text: `Ce statut n'est pas documenté pour « ${resource.label} ».`,
        next: ["Lisez le corps de la réponse ci-dessous et conservez l'identifiant de corrélation pour le signaler."],
      };
  }
}

/** Null for a success. */
export function explainStatus(status: number, body: unknown, ctx: ExplainContext): Explanation | null {
  if (status >= 200 && status < 300) return null;
  return byCode(status, errorCodeOf(body), ctx);
}

export function explainNetworkFailure(target: { host: string; throughRelay: boolean }): Explanation {
  if (target.throughRelay) {
    return {
      title: 'Le relais local ne répond pas',
      text: `Aucune réponse de ${target.host}. Le relais est sans doute arrêté, ou lancé sur un autre port, ou pour une autre origine que cette page.`,
      next: [
        'Lancez le relais avec la commande indiquée ci-dessous, dans le dossier du projet, et laissez la fenêtre ouverte.',
        'Vérifiez que le port saisi est celui du relais.',
      ],
    };
  }
  return {
    title: 'Appel impossible depuis le navigateur',
    text: `Le navigateur n'a obtenu aucune réponse lisible de ${target.host}. Par sécurité, il ne dit pas pourquoi. Les causes probables sont : la passerelle n'autorise pas les appels depuis une page web (CORS), ce qui est courant pour les passerelles de l'État ; l'hôte est injoignable depuis ce poste (adresse, pare-feu, VPN ou réseau interministériel) ; la politique de sécurité de ce site n'autorise pas cet hôte (celui qui l'héberge doit le déclarer dans SANDBOX_HOSTS, voir le README) ; ou le service est fermé (il est ouvert de 7 h à 20 h).`,
    next: [
      'Lancez la commande curl ou PowerShell ci-dessous depuis un terminal : le CORS ne s’y applique pas.',
      'Ou lancez le relais local (npm run relay) et cochez « Passer par le relais local » : il transmet vos appels depuis votre poste, sans aucun intermédiaire.',
      "Vérifiez l'hôte dans votre compte APIM.",
    ],
  };
}

export function explainInvalidRequest(): Explanation {
  return {
    title: 'Requête impossible à envoyer',
    text: "Le navigateur refuse d'envoyer cette requête : un en-tête contient un caractère qu'HTTP n'admet pas (accent, retour à la ligne…).",
    next: ["Retirez les accents et les retours à la ligne du jeton, de l'ID_Teleservice et de l'identifiant de corrélation."],
  };
}

export function explainTimeout(seconds: number): Explanation {
  return {
    title: 'Pas de réponse à temps',
    text: `L'hôte n'a pas répondu en ${seconds} secondes.`,
    next: ["Vérifiez l'hôte et votre connexion, puis réessayez.", "Les conditions d'utilisation annoncent un service ouvert de 7 h à 20 h."],
  };
}

export function explainNotJson(status: number, contentType: string): Explanation {
  return {
    title: 'Réponse illisible : ce n’est pas du JSON',
    text: `L'hôte a répondu ${status} avec un contenu de type « ${contentType || 'non précisé'} » qui n'est pas du JSON : sans doute une page web (page de connexion d'un proxy, page d'erreur) plutôt que l'API.`,
    next: [
      "Vérifiez que l'hôte est bien celui de la passerelle indiqué dans votre compte APIM.",
      'Si votre réseau passe par un proxy, essayez la commande curl ou PowerShell depuis un poste qui a accès à la passerelle.',
    ],
  };
}

/** Failures of POST /token, in OAuth 2.0 terms. */
export function explainTokenFailure(status: number, body: unknown): Explanation {
  // Stryker disable next-line ConditionalExpression: equivalent for `typeof body === 'object'` → true, a truthy text, number or true has no error property.
  const error = body && typeof body === 'object' ? (body as Record<string, unknown>).error : undefined;
  if (status === 401 || error === 'invalid_client') {
    return {
      title: 'Identifiants refusés',
      text: "La passerelle refuse l'identifiant ou le secret client.",
      next: ['Recopiez-les depuis votre compte APIM, sans espace avant ni après.'],
    };
  }
  if (error === 'invalid_scope') {
    return {
      title: 'Scope refusé',
      text: "L'application n'est abonnée à aucun des scopes demandés.",
      next: ['Vérifiez les abonnements de votre application dans le compte APIM.'],
    };
  }
  return {
    title: `Jeton refusé (${status})`,
    text: serverMessageOf(body) ?? "La passerelle n'a pas délivré de jeton.",
    next: ["Vérifiez l'hôte et les identifiants."],
  };
}
