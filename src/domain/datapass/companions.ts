import type { Dossier } from '../dossier/model';
import { legalFrameworkText } from './legal-text';
import { DATAPASS_ORIGIN } from './prefill-link';

/**
 * The other DataPass requests a project may need beside API Impôt particulier, in filing order
 * (etalab/data_pass at c3a17f12: config/authorization_request_forms/france_connect.yml and
 * api_particulier.yml). Their links carry only attributes every one of these request classes
 * declares (BasicInfos, PersonalData, CadreJuridique, add_scopes), never a contact.
 */
export interface CompanionRequest {
  uid: string;
  name: string;
  why: string;
  url: string;
}

const COMPANIONS = {
  franceConnect: { uid: 'france-connect', name: 'Demande libre' },
  qfCaf: { uid: 'api-particulier-tarification-municipale-enfance', name: 'Tarification sociale des services municipaux à l’enfance' },
  eaje: { uid: 'api-particulier-tarification-eaje', name: 'Tarification sociale des services municipaux à la petite enfance' },
} as const;

function link(d: Dossier, uid: string, scopes: readonly string[] = []): string {
  const t = (v: string) => (v.trim() === '' ? null : v.trim());
  const values: [string, string | null][] = [
    ['intitule', t(d.useCase.projectName)],
    ['description', t(d.useCase.description)],
    ['cadre_juridique_nature', legalFrameworkText(d)],
    ['cadre_juridique_url', t(d.legal.deliberationUrl)],
    ['destinataire_donnees_caractere_personnel', t(d.gdpr.recipients)],
    ['duree_conservation_donnees_caractere_personnel', t(d.gdpr.retentionMonths)],
  ];
  const e = (v: string) => encodeURIComponent(v).replace(/['()!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const query = [
    ...values.flatMap(([k, v]) => (v === null ? [] : [`${k}=${e(v)}`])),
    ...scopes.map((s) => `scopes[]=${e(s)}`),
  ].join('&');
  return `${DATAPASS_ORIGIN}/formulaires/${uid}/demande/nouveau${query ? `?${query}` : ''}`;
}

export function companionRequests(d: Dossier): CompanionRequest[] {
  const out: CompanionRequest[] = [];
  if (d.organisation.accessMode === 'france-connect' && d.organisation.hasFranceConnectHabilitation !== 'oui') {
    out.push({
      ...COMPANIONS.franceConnect,
      why: "Habilitation FranceConnect, à faire valider avant de choisir « Avec FranceConnect » dans la demande API Impôt particulier.",
      url: link(d, COMPANIONS.franceConnect.uid),
    });
  }
  if (d.method.id === 'qf-caf') {
    out.push({
      ...COMPANIONS.qfCaf,
      why: 'API Particulier, pour lire le quotient familial de la CAF ou de la MSA : la seule donnée « Quotient familial CAF & MSA » (cnaf_quotient_familial) suffit à votre méthode.',
      url: link(d, COMPANIONS.qfCaf.uid, ['cnaf_quotient_familial']),
    });
  }
  if (d.useCase.id === 'creche') {
    out.push({
      ...COMPANIONS.eaje,
      why: 'API Particulier, pour la participation familiale des familles allocataires dans les établissements d’accueil du jeune enfant ; ses données sont fixées par le formulaire.',
      url: link(d, COMPANIONS.eaje.uid),
    });
  }
  return out;
}
