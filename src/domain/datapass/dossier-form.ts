import { dataPassPath } from '../catalogue/software';
import type { Dossier } from '../dossier/model';
import { FAMILY_OF_USE_CASE, formOf, type DataPassForm } from './forms';

/**
 * The DataPass form this dossier prepares, following the organisation's path: a vendor that has
 * finished the sandbox → the "avec Éditeur" form; otherwise the sandbox form, then the production
 * form, which DataPass opens only from the validated sandbox request. Null while the use case,
 * the software or the stage is not chosen.
 */
export function dossierForm(d: Dossier): DataPassForm | null {
  if (!d.useCase.id || !d.organisation.software) return null;
  const familyId = FAMILY_OF_USE_CASE[d.useCase.id];
  if (dataPassPath(d.organisation.software) === 'avec-editeur') return formOf(familyId, 'editeur');
  if (d.organisation.stage === 'production') return formOf(familyId, 'production');
  if (d.organisation.stage === 'bac-a-sable') return formOf(familyId, 'bac-a-sable');
  return null;
}
