import { z } from '../../domain/zod';
import { resourceById, type ResourceId } from '../../domain/api/resources';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import { CALLS_PER_MINUTE } from '../../domain/catalogue/volumetry';
import { INCOMPLETE_DATE_MESSAGE } from '../../domain/french-errors';
import type { Dossier } from '../../domain/dossier/model';
import { must } from '../../domain/must';
import { uuidV4 } from '../../domain/sandbox/formats';
import { coveredYears, type Habilitation } from '../../domain/sandbox/habilitation';
import { HOUSEHOLDS, mainSpi } from '../../domain/sandbox/households';
import { readHost } from '../../domain/sandbox/host';
import { LOCAL_DEFAULT_QUOTA } from '../../domain/sandbox/local-sandbox';
import { isDotSegment, SIMULATED_RESOURCES, type AccessModeId } from '../../domain/sandbox/routes';
import { formatNumber, parseWholeNumber } from '../../domain/validators/number';
import { latestIncomeYear } from '../../domain/years';

/**
 * The request builder's values, as typed (strings), and the checks that block sending. Inputs
 * the API itself would refuse (a 12-digit SPI, a two-digit year) do not block: the builder only
 * warns, so that the user can see the API's own error.
 */
export interface RequestValues {
  target: 'local' | 'real';
  /** The day the local sandbox believes it is, for the taxation calendar. */
  simulatedDate: string;
  callsPerMinute: string;
  host: string;
  useRelay: boolean;
  relayPort: string;
  clientId: string;
  clientSecret: string;
  resourceId: ResourceId;
  mode: AccessModeId;
  spi: string;
  year: string;
  /** Local FranceConnect mode: the fictional household whose user is "connected". */
  fcHouseholdId: string;
  /** Real FranceConnect mode: the user's FranceConnect access token. */
  franceConnectToken: string;
  /** The local sandbox's token (fetched for the user) and the real gateway's, kept apart. */
  localToken: string;
  token: string;
  correlationId: string;
  teleserviceId: string;
}

/** A made-up ID_Teleservice: the real one is given by the DGFiP for each use case. */
export const LOCAL_TELESERVICE_ID = 'TELESERVICE-FICTIF-001';
export const DEFAULT_RELAY_PORT = '8787';

/**
 * What the fields hold, read for use: null when a value cannot be used as it is (a date typed
 * halfway, "1e308" calls a minute, a port of 99999). The page then says so beside the field and
 * carries on with a default, never with the odd value.
 */
export function readSimulatedDate(text: string): IsoDate | null {
  return isIsoDate(text) ? text : null;
}

/** The largest volumetry DataPass offers: a simulated quota above it would test nothing real. */
export const MAX_SIMULATED_QUOTA = Math.max(...CALLS_PER_MINUTE.map(Number));

export function readQuota(text: string): number | null {
  const n = parseWholeNumber(text);
  return n !== null && n >= 1 && n <= MAX_SIMULATED_QUOTA ? n : null;
}

const PORT = /^\d{1,5}$/;

export function readPort(text: string): number | null {
  const port = Number(text.trim());
  return PORT.test(text.trim()) && port >= 1 && port <= 65535 ? port : null;
}

/** The simulated day, or today while the field holds no whole date. */
export function simulatedDay(values: Pick<RequestValues, 'simulatedDate'>, today: IsoDate): IsoDate {
  return readSimulatedDate(values.simulatedDate) ?? today;
}

export function quotaOf(values: Pick<RequestValues, 'callsPerMinute'>): number {
  return readQuota(values.callsPerMinute) ?? LOCAL_DEFAULT_QUOTA;
}

/** The first year the habilitation covers that is already taxed, else the latest taxed one. */
export function suggestedYear(habilitation: Habilitation, day: IsoDate): number {
  const latest = latestIncomeYear(day);
  return coveredYears(habilitation, day).find((y) => y <= latest) ?? latest;
}

export function initialValues(dossier: Dossier, today: IsoDate, habilitation: Habilitation): RequestValues {
  // The campaign's first day shows which years the collectivité will really get.
  const day = readSimulatedDate(dossier.method.campaignStart) ?? today;
  const resource = SIMULATED_RESOURCES.find((r) => habilitation.resources.includes(r.id)) ?? must(SIMULATED_RESOURCES[0], 'a simulated resource');
  const first = HOUSEHOLDS[0];
  return {
    target: 'local',
    simulatedDate: day,
    callsPerMinute: readQuota(dossier.security.callsPerMinute) === null ? String(LOCAL_DEFAULT_QUOTA) : dossier.security.callsPerMinute,
    host: '',
    useRelay: false,
    relayPort: DEFAULT_RELAY_PORT,
    clientId: '',
    clientSecret: '',
    resourceId: resource.id,
    mode: habilitation.modes.includes('spi') ? 'spi' : 'france-connect',
    spi: mainSpi(first),
    year: String(suggestedYear(habilitation, day)),
    fcHouseholdId: first.id,
    franceConnectToken: '',
    localToken: '',
    token: '',
    correlationId: uuidV4(),
    teleserviceId: LOCAL_TELESERVICE_ID,
  };
}

const HEADER_VALUE = /^[\x20-\x7E]*$/;
const dotSegmentMessage = (expected: string) => `Le navigateur retire « . » et « .. » de l'adresse de l'appel, qui partirait ailleurs : saisissez ${expected}.`;
const quotaMessage = () => `Indiquez un nombre entier d'appels par minute, entre 1 et ${formatNumber(MAX_SIMULATED_QUOTA)}.`;

export const requestSchema = z
  .object({
    target: z.enum(['local', 'real']),
    simulatedDate: z.string(),
    callsPerMinute: z.string(),
    host: z.string(),
    useRelay: z.boolean(),
    relayPort: z.string(),
    clientId: z.string(),
    clientSecret: z.string(),
    resourceId: z.string(),
    mode: z.enum(['spi', 'france-connect']),
    spi: z.string(),
    year: z.string(),
    fcHouseholdId: z.string(),
    franceConnectToken: z.string(),
    localToken: z.string(),
    token: z.string(),
    correlationId: z.string(),
    teleserviceId: z.string(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: keyof RequestValues, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.target === 'local') {
      if (v.simulatedDate.trim() === '') issue('simulatedDate', 'Indiquez une date simulée complète (jour, mois et année).');
      else if (readSimulatedDate(v.simulatedDate) === null) issue('simulatedDate', INCOMPLETE_DATE_MESSAGE);
      if (readQuota(v.callsPerMinute) === null) issue('callsPerMinute', quotaMessage());
    } else {
      const host = readHost(v.host);
      if (!host.ok) issue('host', host.message);
      if (v.useRelay && readPort(v.relayPort) === null)
        issue('relayPort', `Indiquez le port du relais, un nombre entre 1 et 65535 (${DEFAULT_RELAY_PORT} par défaut).`);
    }
    if (v.mode === 'spi' && v.spi.trim() === '') issue('spi', 'Indiquez le numéro fiscal (13 chiffres) ou choisissez un foyer fictif.');
    else if (v.mode === 'spi' && isDotSegment(v.spi)) issue('spi', dotSegmentMessage('le numéro fiscal (13 chiffres)'));
    if (v.mode === 'france-connect' && v.target === 'real' && v.franceConnectToken.trim() === '')
      issue('franceConnectToken', "Indiquez le jeton FranceConnect de l'usager.");
    const resource = SIMULATED_RESOURCES.find((r) => r.id === v.resourceId);
    if (!resource) issue('resourceId', 'Choisissez une ressource.');
    else if (resourceById(resource.id).takesYear && v.year.trim() === '') issue('year', "Indiquez l'année des revenus, par exemple 2025.");
    else if (resourceById(resource.id).takesYear && isDotSegment(v.year)) issue('year', dotSegmentMessage("l'année des revenus (4 chiffres)"));
    if (v.correlationId.trim() === '') issue('correlationId', 'Générez un identifiant de corrélation : la DGFiP l’exige à chaque appel.');
    // These values travel in HTTP headers, which admit no accent and no line break.
    const headerFields =
      v.target === 'local' ? (['localToken'] as const) : v.mode === 'france-connect' ? (['token', 'franceConnectToken'] as const) : (['token'] as const);
    for (const field of [...headerFields, 'correlationId', 'teleserviceId'] as const) {
      if (!HEADER_VALUE.test(v[field]))
        issue(field, 'Ce champ part dans un en-tête HTTP : retirez les accents, les retours à la ligne et les caractères spéciaux.');
    }
  });
