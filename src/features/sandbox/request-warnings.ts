import { resourceById } from '../../domain/api/resources';
import { formatFrenchDate, type IsoDate } from '../../domain/dates';
import { SPI_PATTERN, UUID_PATTERN, YEAR_PATTERN } from '../../domain/sandbox/formats';
import { coveredYears, type Habilitation } from '../../domain/sandbox/habilitation';
import { HOUSEHOLDS } from '../../domain/sandbox/households';
import { LOCAL_DEFAULT_QUOTA } from '../../domain/sandbox/local-sandbox';
import { latestIncomeYear } from '../../domain/years';
import { LOCAL_TELESERVICE_ID, readQuota, readSimulatedDate, type RequestValues } from './request-values';

/** The income years the fictional households have notices for. */
const FICTIONAL_YEARS = HOUSEHOLDS.flatMap((h) => Object.keys(h.years).map(Number));
const FIRST_FICTIONAL_YEAR = Math.min(...FICTIONAL_YEARS);
const LAST_FICTIONAL_YEAR = Math.max(...FICTIONAL_YEARS);

/**
 * Advice beside the fields, before sending: what the API will answer to what is typed. Nothing
 * here blocks a call, since seeing the API's error is the point of a sandbox.
 */
export function requestWarnings(v: RequestValues, habilitation: Habilitation, day: IsoDate): Map<string, string[]> {
  const warnings = new Map<string, string[]>();
  const warn = (field: keyof RequestValues, message: string) => warnings.set(field, [...(warnings.get(field) ?? []), message]);
  const local = v.target === 'local';
  const resource = resourceById(v.resourceId);

  // What the local sandbox does meanwhile with a value it cannot use: said at once, as it is typed.
  if (local && readSimulatedDate(v.simulatedDate) === null) {
    warn('simulatedDate', `Tant que la date n'est pas complète, le bac à sable local simule la date du jour, le ${formatFrenchDate(day)}.`);
  } else if (local) {
    const latest = latestIncomeYear(day);
    const first = FIRST_FICTIONAL_YEAR;
    const last = LAST_FICTIONAL_YEAR;
    if (latest > last + 1 || latest < first) {
      warn(
        'simulatedDate',
        `À cette date, la dernière année disponible serait ${latest} ; les foyers fictifs n'ont de revenus que de ${first} à ${last} : le bac à sable répondra 410 (code 4101).`,
      );
    }
  }
  if (local && readQuota(v.callsPerMinute) === null) {
    warn('callsPerMinute', `Tant que ce nombre n'est pas valable, le bac à sable local applique ${LOCAL_DEFAULT_QUOTA} appels par minute.`);
  }
  if (local && !habilitation.resources.includes(resource.id)) {
    warn('resourceId', `Votre dossier n'ouvre pas cette ressource : le bac à sable répondra 403 (scope ${resource.tokenScope} absent du jeton).`);
  }
  if (local && !habilitation.modes.includes(v.mode)) warn('mode', "Votre dossier prévoit l'autre mode d'accès : le bac à sable répondra 403.");
  const spi = v.spi.trim();
  if (v.mode === 'spi' && spi !== '' && !SPI_PATTERN.test(spi)) {
    warn(
      'spi',
      SPI_PATTERN.test(spi.replace(/\s/g, ''))
        ? "Retirez les espaces : l'API attend les 13 chiffres accolés, sinon elle répondra 400 (code 4001)."
        : "Ce numéro ne compte pas exactement 13 chiffres : l'API répondra 400 (code 4001). Vous pouvez l'envoyer tel quel pour voir cette erreur.",
    );
  }
  if (resource.takesYear && v.year.trim() !== '') {
    if (!YEAR_PATTERN.test(v.year)) {
      warn('year', "L'année s'écrit avec quatre chiffres : l'API répondra 400 (code 4002).");
    } else {
      const year = Number(v.year);
      const when = local ? `Au ${formatFrenchDate(day)} (date simulée)` : "Aujourd'hui";
      if (year > latestIncomeYear(day)) warn('year', `${when}, les revenus ${year} ne sont pas encore taxés : l'API répondra 410 (code 4101).`);
      const covered = coveredYears(habilitation, day);
      if (!covered.includes(year)) {
        warn(
          'year',
          `${when}, votre habilitation couvre ${covered.length > 0 ? `les revenus ${covered.join(' et ')}` : 'aucune année'} : la réponse serait entièrement retenue.`,
        );
      }
    }
  }
  const token = local ? v.localToken : v.token;
  if (token.trim() === '') warn(local ? 'localToken' : 'token', 'Sans jeton, la passerelle répondra 401.');
  if (v.correlationId.trim() !== '' && !UUID_PATTERN.test(v.correlationId.trim())) warn('correlationId', "Ce n'est pas un UUID : l'API répondra 400.");
  if (v.teleserviceId.trim() === '') warn('teleserviceId', "La DGFiP demande d'envoyer l'ID_Teleservice qu'elle a attribué à votre cas d'usage.");
  else if (!local && v.teleserviceId === LOCAL_TELESERVICE_ID)
    warn('teleserviceId', "C'est l'identifiant fictif du bac à sable local : remplacez-le par celui que la DGFiP vous a attribué.");
  return warnings;
}
