import type { StepId } from '../domain/steps';

/** The route of each step; file names under src/routes/dossiers/$dossierId/ match. */
export const STEP_PATHS = {
  organisation: '/dossiers/$dossierId/organisation',
  'cas-d-usage': '/dossiers/$dossierId/cas-d-usage',
  methode: '/dossiers/$dossierId/methode',
  donnees: '/dossiers/$dossierId/donnees',
  'cadre-juridique': '/dossiers/$dossierId/cadre-juridique',
  traitement: '/dossiers/$dossierId/traitement',
  personnes: '/dossiers/$dossierId/personnes',
  securite: '/dossiers/$dossierId/securite',
  synthese: '/dossiers/$dossierId/synthese',
} as const satisfies Record<StepId, string>;
