import { z } from '../zod';
import { ORGANISATION_TYPES } from '../catalogue/organisations';
import { SOFTWARE_OPTIONS, ACCESS_MODES } from '../catalogue/software';
import { USE_CASE_IDS } from '../catalogue/use-cases';
import { METHOD_IDS } from '../catalogue/methods';
import { SCOPE_KEYS } from '../catalogue/scopes';
import { DEPENDANT_BOX_LETTERS } from '../catalogue/dependant-boxes';
import { STEP_IDS } from '../steps';
import { CALLS_PER_MINUTE } from '../catalogue/volumetry';
import { LONG_TEXT_MAX, MAX_KEPT_REVIEWS, MAX_TRANCHES, MAX_VENDOR_SECURITY_DOCUMENTS, SHORT_TEXT_MAX } from './limits';
import { CURRENT_SCHEMA_VERSION, DOSSIER_FORMAT } from './format';
import { reviewSchema } from '../review/review-model';
import { isIsoDate } from '../dates';
import { REQUEST_KEYS, REQUEST_STATES } from '../datapass/request-tracking';
import { INCOMPLETE_DATE_MESSAGE, tooManyMessage } from '../french-errors';

/**
 * The shape of a dossier: what it may contain, not whether it is complete or right. A dossier
 * in progress is valid here; whether each step is finished is the business of `validation/`.
 * Numbers the user types are kept as typed (strings, French decimal comma allowed) so that a
 * half-typed amount is never lost; `parse-number.ts` reads them.
 */

const shortText = z.string().max(SHORT_TEXT_MAX);
const longText = z.string().max(LONG_TEXT_MAX);
/**
 * An <input type="date"> value, or empty. A year under 1000 is a year still being typed
 * ("0202-05-15" on the way to 2027): it is not kept, so that no later reading trips on it.
 */
const dateText = z.union([z.literal(''), z.iso.date().refine(isIsoDate, { error: INCOMPLETE_DATE_MESSAGE })], { error: INCOMPLETE_DATE_MESSAGE });
/** A choice not made yet is the empty string, as in an HTML form. */
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.literal(''), z.enum(values)]);
const ids = <T extends readonly { id: string }[]>(items: T) => items.map((i) => i.id) as unknown as [T[number]['id'], ...T[number]['id'][]];

export const organisationSectionSchema = z.object({
  type: choice(ORGANISATION_TYPES),
  name: shortText,
  siret: shortText,
  /** For an éditeur: the administration it acts for. */
  onBehalfOf: shortText,
  software: choice(ids(SOFTWARE_OPTIONS)),
  softwareVendorName: shortText,
  softwareConfirmed: z.boolean(),
  /** Which DataPass request this dossier prepares, when the path has two stages. */
  stage: choice(['bac-a-sable', 'production']),
  accessMode: choice(ids(ACCESS_MODES)),
  hasFranceConnectHabilitation: choice(['oui', 'non']),
});

export const useCaseSectionSchema = z.object({
  id: choice(USE_CASE_IDS),
  projectName: shortText,
  description: longText,
  yearlyVolume: shortText,
});

export const trancheSchema = z.object({
  upTo: shortText,
  price: shortText,
});

export const methodSectionSchema = z.object({
  id: choice(METHOD_IDS),
  incomeBasis: z.enum(['rfr', 'rbg']),
  qfPeriod: z.enum(['annuel', 'mensuel']),
  tranches: z
    .array(trancheSchema)
    .max(MAX_TRANCHES, {
      error: (issue) =>
        tooManyMessage(
          // Stryker disable next-line ArithmeticOperator: zod checks the length of a list only, so the input is always a list and the fallback never used.
          Array.isArray(issue.input) ? issue.input.length : MAX_TRANCHES + 1,
          MAX_TRANCHES,
          // Stryker disable next-line StringLiteral: the singular would show only for a maximum of one, and the maximum is 50.
          'tranche',
          'tranches',
        ),
    })
    .describe('Grille de tranches : limite haute du QF (vide pour la dernière) et tarif, tels que saisis.'),
  effortMode: z.enum(['plancher-plafond', 'lineaire']),
  rate: shortText,
  floor: shortText,
  ceiling: shortText,
  qfMin: shortText,
  priceMin: shortText,
  qfMax: shortText,
  priceMax: shortText,
  resourcesFloor: shortText,
  resourcesCeiling: shortText,
  threshold: shortText,
  thresholdBasis: z.enum(['revenu', 'qf']),
  territory: shortText,
  checksResidence: z.boolean(),
  campaignStart: dateText,
  campaignEnd: dateText,
});

export const dataSectionSchema = z.object({
  /** False until the step has been opened once and the minimum pre-ticked. */
  initialised: z.boolean(),
  scopes: z.array(z.enum(SCOPE_KEYS)).max(SCOPE_KEYS.length).describe('Clés DataPass des données cochées.'),
  justifications: z.partialRecord(z.enum(SCOPE_KEYS), longText).describe('Justification écrite de chaque donnée au-delà du minimum, par clé DataPass.'),
  dependantBoxes: z.array(z.enum(DEPENDANT_BOX_LETTERS as [string, ...string[]])).max(DEPENDANT_BOX_LETTERS.length),
  dependantBoxesJustification: longText,
  hasSpecificRequirements: z.boolean(),
});

export const legalSectionSchema = z.object({
  deliberationStatus: choice(['existante', 'a-adopter']),
  deliberationDate: dateText,
  deliberationNumber: shortText,
  deliberationUrl: shortText,
  deliberationListsData: choice(['oui', 'non']),
  plannedSessionDate: dateText,
  /** "Autre usage" only: the text that allows the organisation to access the data. */
  otherLegalBasis: longText,
  otherWithinCrpa: choice(['oui', 'non']),
});

export const gdprSectionSchema = z.object({
  recipients: longText,
  retentionMonths: shortText.describe('Durée de conservation en mois, telle que saisie.'),
  retentionJustification: longText,
  informationMode: choice(['consentement-franceconnect', 'information-prealable']),
  informationWhere: longText,
  alternativeOffered: z.boolean(),
  noDataRule: choice(['tarif-maximum', 'examen-sur-pieces', 'autre']),
  noDataRuleOther: longText,
  dpia: choice(['realisee', 'en-cours', 'non-necessaire']),
  dpiaDate: dateText,
  dpiaReason: longText,
  inRegister: z.boolean(),
  dpdInformed: z.boolean(),
});

export const personSchema = z.object({
  familyName: shortText,
  givenName: shortText,
  jobTitle: shortText,
  email: shortText,
  phone: shortText,
});

export const peopleSectionSchema = z.object({
  demandeur: personSchema.extend({ hasProConnect: choice(['oui', 'non']) }),
  responsableTraitement: personSchema,
  dpd: personSchema,
  contactTechnique: personSchema.extend({ side: choice(['interne', 'editeur']) }),
  technicalExtraEmail: shortText,
  employerCertificateDemandeur: z.boolean(),
  employerCertificateTechnique: z.boolean(),
  designationDemandeur: z.boolean(),
});

export const securitySectionSchema = z.object({
  mode: choice(['homologation', 'questionnaire']),
  authorityName: shortText,
  authorityFunction: shortText,
  beginDate: dateText,
  endDate: dateText,
  callsPerMinute: z.enum(CALLS_PER_MINUTE),
  volumetryJustification: longText,
  plannedProductionDate: dateText,
  acceptanceDone: z.boolean(),
});

/** A dossier's answers: the eight sections, without the tool's own bookkeeping. */
export const dossierContentSchema = z.object({
  organisation: organisationSectionSchema,
  useCase: useCaseSectionSchema,
  method: methodSectionSchema,
  data: dataSectionSchema,
  legal: legalSectionSchema,
  gdpr: gdprSectionSchema,
  people: peopleSectionSchema,
  security: securitySectionSchema,
});

const hash = z.string().regex(/^[0-9a-f]{64}$/);

export const dossierReviewSchema = z.object({
  /** Versions sent to the DPO, with what they contained, to show what changed since. */
  sent: z.array(z.object({ version: z.number().int().min(1), sentAt: z.iso.datetime(), hash, snapshot: dossierContentSchema })).max(100),
  /** Reviews received from the DPO, with the comments the project lead has marked resolved. */
  received: z.array(reviewSchema.extend({ hash, importedAt: z.iso.datetime(), resolved: z.array(z.string().max(100)).max(100) })).max(100),
});

/**
 * Points "à revoir" the user keeps, each with the reason the instructor will read. The message
 * is the one the point had when it was kept: if the facts change, the point opens again.
 */
export const keptReviewsSchema = z
  .record(z.string().max(SHORT_TEXT_MAX), z.object({ reason: longText, message: longText }))
  .refine((kept) => Object.keys(kept).length <= MAX_KEPT_REVIEWS, {
    error: (issue) =>
      tooManyMessage(
        Object.keys(issue.input as object).length,
        MAX_KEPT_REVIEWS,
        // Stryker disable next-line StringLiteral: the singular would show only for a maximum of one, and the maximum is 200.
        'point maintenu',
        'points maintenus',
      ),
  });

/** What the user records of each DataPass request of the project, once it exists on DataPass. */
export const datapassRequestsSchema = z.partialRecord(
  z.enum(REQUEST_KEYS),
  z.object({
    /** As typed: the page checks it is a DataPass number ("D12345") and says so beside the field. */
    number: shortText,
    filedOn: dateText,
    state: choice(REQUEST_STATES),
  }),
);

/**
 * What a software vendor (éditeur) answers once for every collectivité it serves: its software
 * and the DataPass path, its technical contact, the volumetry, and what its portal tells users.
 * Each part is optional: a vendor gives only what it knows. The shapes are the sections' own, so
 * that a provided value is always one the step accepts.
 */
export const vendorProvidedSchema = z.object({
  organisation: z
    .object({
      // A vendor's model never says "développement interne": that is the collectivité's own software.
      software: z.enum(['editeur-valide', 'editeur-en-cours']),
      softwareVendorName: shortText,
      stage: organisationSectionSchema.shape.stage,
      accessMode: organisationSectionSchema.shape.accessMode,
    })
    .partial(),
  people: z
    .object({
      contactTechnique: peopleSectionSchema.shape.contactTechnique.partial(),
      technicalExtraEmail: shortText,
    })
    .partial(),
  security: securitySectionSchema.pick({ callsPerMinute: true, volumetryJustification: true }).partial(),
  gdpr: gdprSectionSchema.pick({ informationMode: true, informationWhere: true }).partial(),
});

/** A calculation method the vendor's software supports, with the data it needs for it. */
export const vendorMethodSchema = z.object({
  id: z.enum(METHOD_IDS),
  scopes: z.array(z.enum(SCOPE_KEYS)).max(SCOPE_KEYS.length).describe('Clés DataPass des données dont le logiciel a besoin pour cette méthode.'),
});

const vendorMethodsSchema = z
  .array(vendorMethodSchema)
  .max(METHOD_IDS.length)
  .refine((methods) => new Set(methods.map((m) => m.id)).size === methods.length, { error: 'Une même méthode de calcul figure deux fois.' });

/** The vendor's answers, as a model gives them: kept in a dossier started from that model. */
export const vendorPartsSchema = z.object({
  vendorName: shortText.min(1, { error: "Le nom de l'éditeur manque." }),
  provided: vendorProvidedSchema.describe("Réponses fournies par l'éditeur, section par section, comme dans le dossier."),
  methods: vendorMethodsSchema.describe('Méthodes de calcul que le logiciel prend en charge, chacune avec les données dont il a besoin.'),
  securityDocuments: z
    .array(shortText.min(1, { error: 'Le titre du document manque.' }))
    .max(MAX_VENDOR_SECURITY_DOCUMENTS, {
      error: (issue) =>
        tooManyMessage(
          // Stryker disable next-line ArithmeticOperator: zod checks the length of a list only, so the input is always a list and the fallback never used.
          Array.isArray(issue.input) ? issue.input.length : MAX_VENDOR_SECURITY_DOCUMENTS + 1,
          MAX_VENDOR_SECURITY_DOCUMENTS,
          // Stryker disable next-line StringLiteral: the singular would show only for a maximum of one, and the maximum is 20.
          'document',
          'documents',
        ),
    })
    .describe("Titres des documents de sécurité de l'hébergement que l'éditeur fournit."),
});

/** Where a dossier started from a vendor's model came from, to show what the collectivité changed. */
export const vendorProvenanceSchema = vendorPartsSchema.extend({
  modelExportedAt: z.iso.datetime().describe('Date à laquelle le modèle a été exporté.'),
});

export const dossierSchema = z.object({
  format: z.literal(DOSSIER_FORMAT).describe('Identifie un dossier de cet outil.'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION).describe('Version du format ; les versions antérieures sont migrées à la lecture.'),
  id: z.string().min(1).max(256),
  title: shortText,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  visitedSteps: z.array(z.enum(STEP_IDS)).max(STEP_IDS.length).describe("Étapes déjà ouvertes et modifiées par l'utilisateur."),
  version: z.number().int().min(1).describe('Version du dossier : elle augmente à chaque avis du DPD reçu sur la version en cours.'),
  review: dossierReviewSchema.describe('Versions envoyées au délégué à la protection des données et avis reçus.'),
  keptReviews: keptReviewsSchema.describe('Points « à revoir » maintenus, chacun avec sa raison, par clé de point.'),
  datapassRequests: datapassRequestsSchema.describe('Suivi des demandes DataPass du projet : numéro, date de dépôt et état de chacune.'),
  vendor: vendorProvenanceSchema
    .nullable()
    .describe("Le modèle de l'éditeur dont le dossier est parti, avec les réponses qu'il fournissait ; null pour un dossier commencé sans modèle."),
  organisation: organisationSectionSchema.describe('Étape 1 – Organisation et parcours.'),
  useCase: useCaseSectionSchema.describe("Étape 2 – Cas d'usage."),
  method: methodSectionSchema.describe('Étape 3 – Méthode de calcul et calendrier.'),
  data: dataSectionSchema.describe('Étape 4 – Les données (clés de scopes DataPass).'),
  legal: legalSectionSchema.describe('Étape 5 – Cadre juridique.'),
  gdpr: gdprSectionSchema.describe('Étape 6 – Traitement des données personnelles.'),
  people: peopleSectionSchema.describe('Étape 7 – Personnes impliquées.'),
  security: securitySectionSchema.describe('Étape 8 – Sécurité et volumétrie.'),
});

export type Dossier = z.infer<typeof dossierSchema>;
export type DossierReview = Dossier['review'];
export type KeptReviews = Dossier['keptReviews'];
export type DataPassRequests = Dossier['datapassRequests'];
export type VendorProvenance = NonNullable<Dossier['vendor']>;
export type VendorProvided = z.infer<typeof vendorProvidedSchema>;
export type VendorMethod = z.infer<typeof vendorMethodSchema>;
export type VendorParts = z.infer<typeof vendorPartsSchema>;
export type ReceivedReview = DossierReview['received'][number];
export type OrganisationSection = Dossier['organisation'];
export type UseCaseSection = Dossier['useCase'];
export type MethodSection = Dossier['method'];
export type Tranche = z.infer<typeof trancheSchema>;
export type DataSection = Dossier['data'];
export type LegalSection = Dossier['legal'];
export type GdprSection = Dossier['gdpr'];
export type PeopleSection = Dossier['people'];
export type Person = z.infer<typeof personSchema>;
export type SecuritySection = Dossier['security'];

/** The dossier keys that hold a wizard section. */
export const SECTION_KEYS = ['organisation', 'useCase', 'method', 'data', 'legal', 'gdpr', 'people', 'security'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type SectionOf<K extends SectionKey> = Dossier[K];
