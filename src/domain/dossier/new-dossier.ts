import { deepEqual } from '../deep-equal';
import { CURRENT_SCHEMA_VERSION, DOSSIER_FORMAT } from './format';
import type { Dossier, Person, SectionKey, SectionOf } from './model';

const person = (): Person => ({ familyName: '', givenName: '', jobTitle: '', email: '', phone: '' });

/** Each section as it is before the user has answered anything. */
export function emptySection<K extends SectionKey>(key: K): SectionOf<K> {
  const sections: { [S in SectionKey]: () => SectionOf<S> } = {
    organisation: () => ({
      type: '',
      name: '',
      siret: '',
      onBehalfOf: '',
      software: '',
      softwareVendorName: '',
      softwareConfirmed: false,
      stage: '',
      accessMode: '',
      hasFranceConnectHabilitation: '',
    }),
    useCase: () => ({ id: '', projectName: '', description: '', yearlyVolume: '' }),
    method: () => ({
      id: '',
      incomeBasis: 'rfr',
      qfPeriod: 'mensuel',
      tranches: [],
      effortMode: 'plancher-plafond',
      rate: '',
      floor: '',
      ceiling: '',
      qfMin: '',
      priceMin: '',
      qfMax: '',
      priceMax: '',
      resourcesFloor: '',
      resourcesCeiling: '',
      threshold: '',
      thresholdBasis: 'revenu',
      territory: '',
      checksResidence: false,
      campaignStart: '',
      campaignEnd: '',
    }),
    data: () => ({
      initialised: false,
      scopes: [],
      justifications: {},
      dependantBoxes: [],
      dependantBoxesJustification: '',
      hasSpecificRequirements: false,
    }),
    legal: () => ({
      deliberationStatus: '',
      deliberationDate: '',
      deliberationNumber: '',
      deliberationUrl: '',
      deliberationListsData: '',
      plannedSessionDate: '',
      otherLegalBasis: '',
      otherWithinCrpa: '',
    }),
    gdpr: () => ({
      recipients: '',
      retentionMonths: '',
      retentionJustification: '',
      informationMode: '',
      informationWhere: '',
      alternativeOffered: false,
      noDataRule: '',
      noDataRuleOther: '',
      dpia: '',
      dpiaDate: '',
      dpiaReason: '',
      inRegister: false,
      dpdInformed: false,
    }),
    people: () => ({
      demandeur: { ...person(), hasProConnect: '' },
      responsableTraitement: person(),
      dpd: person(),
      contactTechnique: { ...person(), side: '' },
      technicalExtraEmail: '',
      employerCertificateDemandeur: false,
      employerCertificateTechnique: false,
      designationDemandeur: false,
    }),
    security: () => ({
      mode: '',
      authorityName: '',
      authorityFunction: '',
      beginDate: '',
      endDate: '',
      callsPerMinute: '50',
      volumetryJustification: '',
      plannedProductionDate: '',
      acceptanceDone: false,
    }),
  };
  return sections[key]();
}

export function newDossier(id: string, title: string, now: Date = new Date()): Dossier {
  const stamp = now.toISOString();
  return {
    format: DOSSIER_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    title,
    createdAt: stamp,
    updatedAt: stamp,
    visitedSteps: [],
    version: 1,
    review: { sent: [], received: [] },
    keptReviews: {},
    datapassRequests: {},
    vendor: null,
    organisation: emptySection('organisation'),
    useCase: emptySection('useCase'),
    method: emptySection('method'),
    data: emptySection('data'),
    legal: emptySection('legal'),
    gdpr: emptySection('gdpr'),
    people: emptySection('people'),
    security: emptySection('security'),
  };
}

/** True while a section still holds exactly its initial answers. */
export function isPristine<K extends SectionKey>(key: K, section: SectionOf<K>): boolean {
  return deepEqual(section, emptySection(key));
}
