import type { UseCaseId } from '../catalogue/use-cases';
import type { BlockId } from './blocks';

/**
 * DataPass's 21 forms for API Impôt particulier, as config/authorization_request_forms/
 * api_impot_particulier.yml defines them (etalab/data_pass at c3a17f12; forms.test.ts compares
 * them with the fixture extracted from that file). Seven families, each in three stages.
 */
export type FormStage = 'bac-a-sable' | 'production' | 'editeur';

export interface DataPassForm {
  uid: string;
  name: string;
  family: FamilyId;
  stage: FormStage;
  /** Production forms open only from the validated sandbox request. */
  startableByApplicant: boolean;
  previousFormUid: string | null;
  /** DataPass's `use_case`, as it writes it (absent from some production forms). */
  dataPassUseCase: string | null;
  /** Sandbox steps shown read-only in a production request. */
  staticBlocks: readonly BlockId[];
  steps: readonly BlockId[];
  /** DataPass's `initialize_with`: what the form types in for the applicant. */
  prefills: Prefills | null;
}

export interface Prefills {
  intitule: string;
  description: string;
  destinataire_donnees_caractere_personnel: string;
  cadre_juridique_nature: string;
}

const SANDBOX_STEPS: readonly BlockId[] = ['basic_infos', 'legal', 'modalities', 'scopes', 'personal_data', 'contacts'];
const PRODUCTION_STEPS: readonly BlockId[] = ['operational_acceptance', 'safety_certification', 'volumetrie'];
const EDITOR_STEPS: readonly BlockId[] = [...SANDBOX_STEPS, 'safety_certification', 'volumetrie'];

const CADRE_JURIDIQUE = `- Règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016, relatif à la protection des personnes physiques à l’égard du traitement des données à caractère personnel et à la libre circulation de ces données (RGPD)
- Les articles L. 114-8 et suivants du code des relations entre le public et l’administration (CRPA)
- Délibération de la collectivité (ou autre fondement juridique)
`;

interface Family {
  id: FamilyId;
  name: string;
  /** DataPass's `use_case` on the sandbox and éditeur forms, and whether the production form repeats it. */
  useCase: string | null;
  productionHasUseCase: boolean;
  prefills: Prefills | null;
}

const family = (
  id: FamilyId,
  name: string,
  useCase: string,
  productionHasUseCase: boolean,
  intitule: string,
  description: string,
  destinataire: string,
): Family => ({
  id,
  name,
  useCase,
  productionHasUseCase,
  prefills: {
    intitule,
    description: `${description}\n(A compléter par le demandeur)\n`,
    destinataire_donnees_caractere_personnel: destinataire,
    cadre_juridique_nature: CADRE_JURIDIQUE,
  },
});

export const FAMILY_IDS = [
  'libre',
  'cantine-scolaire',
  'place-creche',
  'activites-periscolaires',
  'stationnement-residentiel',
  'aides-sociales-facultatives',
  'carte-transport',
] as const;
export type FamilyId = (typeof FAMILY_IDS)[number];

const FAMILIES: readonly Family[] = [
  { id: 'libre', name: 'Demande libre', useCase: null, productionHasUseCase: false, prefills: null },
  family(
    'cantine-scolaire',
    'Cantine scolaire',
    'cantine_scolaire',
    false,
    'Dites-le-nous une fois – Cantine scolaire',
    'Simplification de la souscription à la cantine scolaire pour les usagers par l’utilisation des données fiscales fournies par la DGFiP afin de déterminer les tarifs applicables.',
    'Agents instructeurs des demandes de souscription à la cantine scolaire',
  ),
  family(
    'place-creche',
    'Place en crèche',
    'place_creche',
    true,
    'Dites-le nous une fois - Place en crèche',
    'Simplification des demandes de place en crèche pour les usagers par l’utilisation des données fiscales fournies par la DGFiP.',
    'Agents instructeurs des demandes de place en crèche',
  ),
  family(
    'activites-periscolaires',
    'Activités périscolaires et assimilés',
    'activites_periscolaires',
    true,
    'Dites-le-nous une fois – Activités périscolaires et assimilés',
    'Simplification de la souscription aux activités périscolaires pour les usagers par l’utilisation des données fiscales fournies par la DGFiP afin de déterminer les tarifs applicables.',
    'Agents instructeurs des demandes de souscription aux activités périscolaires',
  ),
  family(
    'stationnement-residentiel',
    'Stationnement résidentiel',
    'stationnement_residentiel',
    true,
    'Dites-le nous une fois - Stationnement Résidentiel',
    'Simplification des demandes de carte de stationnement résidentiel pour les usagers par l’utilisation des données fiscales fournies par la DGFiP.',
    'Agents instructeurs des demandes de carte de stationnement résidentiel',
  ),
  family(
    'aides-sociales-facultatives',
    'Aides sociales facultatives',
    // Sic: DataPass files this family under the associations' use case.
    'subventions_associations',
    false,
    'Dites-le-nous une fois – Aides sociales facultatives',
    'Simplification des demandes d’aides sociales facultatives pour les usagers par l’utilisation des données fiscales fournies par la DGFiP pour déterminer l’éligibilité au service.',
    'Agents instructeurs des demandes d’aides sociales facultatives',
  ),
  family(
    'carte-transport',
    'Carte de transport',
    'carte_transport',
    false,
    'Dites-le-nous une fois – Carte de transport',
    'Simplification de la souscription à la carte de transport pour les usagers par l’utilisation des données fiscales fournies par la DGFiP pour déterminer le tarif applicable.',
    'Agents instructeurs des demandes de carte de transport',
  ),
];

function formsOf(fam: Family): DataPassForm[] {
  const base = fam.id === 'libre' ? 'api-impot-particulier' : `api-impot-particulier-${fam.id}`;
  const sandboxUid = `${base}-sandbox`;
  const libre = fam.id === 'libre';
  return [
    {
      uid: sandboxUid,
      name: `${fam.name} (Bac à sable)`,
      family: fam.id,
      stage: 'bac-a-sable',
      startableByApplicant: true,
      previousFormUid: null,
      dataPassUseCase: fam.useCase,
      staticBlocks: [],
      steps: SANDBOX_STEPS,
      prefills: fam.prefills,
    },
    {
      uid: `${base}-production`,
      name: libre ? 'Demande libre (Production)' : fam.name,
      family: fam.id,
      stage: 'production',
      startableByApplicant: false,
      previousFormUid: sandboxUid,
      dataPassUseCase: fam.productionHasUseCase ? fam.useCase : null,
      staticBlocks: SANDBOX_STEPS,
      steps: PRODUCTION_STEPS,
      prefills: null,
    },
    {
      uid: libre ? 'api-impot-particulier-production-editeur' : `${base}-editeur`,
      name: libre ? 'Demande libre avec éditeur' : `${fam.name} (avec Éditeur)`,
      family: fam.id,
      stage: 'editeur',
      startableByApplicant: true,
      previousFormUid: null,
      dataPassUseCase: fam.useCase,
      staticBlocks: [],
      steps: EDITOR_STEPS,
      prefills: fam.prefills,
    },
  ];
}

export const DATAPASS_FORMS: readonly DataPassForm[] = FAMILIES.flatMap(formsOf);

/** The DataPass family that fits each of the tool's use cases ("Demande libre" when none does). */
export const FAMILY_OF_USE_CASE: Record<UseCaseId, FamilyId> = {
  cantine: 'cantine-scolaire',
  periscolaire: 'activites-periscolaires',
  creche: 'place-creche',
  transport: 'carte-transport',
  stationnement: 'stationnement-residentiel',
  'aides-sociales': 'aides-sociales-facultatives',
  bourses: 'libre',
  autre: 'libre',
};

export function formOf(familyId: FamilyId, stage: FormStage): DataPassForm {
  const form = DATAPASS_FORMS.find((x) => x.family === familyId && x.stage === stage);
  if (!form) throw new Error(`No DataPass form ${familyId}/${stage}`);
  return form;
}

/** The steps a form shows, read-only ones first: what the applicant sees in DataPass. */
export function visibleSteps(form: DataPassForm): readonly BlockId[] {
  return [...form.staticBlocks, ...form.steps];
}
