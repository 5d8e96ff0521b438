import { ADVICE_PREFIX } from '../catalogue/scope-rules';
import { DEPENDANTS_DETAIL_SCOPE } from '../catalogue/scopes';
import type { Dossier } from '../dossier/model';
import { needsDeliberation } from '../validation/legal-rules';
import type { Finding } from './finding';

/**
 * What must be done outside the tool before filing, although every answer is given: the form
 * cannot refuse "non" to "le demandeur a-t-il un compte ProConnect ?", yet DataPass will not
 * open without it.
 */
export function pendingFindings(d: Dossier): Finding[] {
  const found: Finding[] = [];
  const add = (key: string, section: Finding['place']['section'], path: Finding['place']['path'], message: string) =>
    found.push({ key, kind: 'pending', place: { section, path }, message, related: [] });

  if (!d.data.initialised) {
    add('donnees-a-ouvrir', 'data', ['scopes'], "Ouvrez l'étape « Les données » pour vérifier les données cochées.");
  }
  if (d.people.demandeur.hasProConnect === 'non') {
    add('proconnect', 'people', ['demandeur', 'hasProConnect'], 'Créez le compte ProConnect du demandeur : DataPass ne s’ouvre qu’avec lui.');
  }
  if (needsDeliberation(d) && d.legal.deliberationStatus === 'a-adopter') {
    add(
      'deliberation-a-adopter',
      'legal',
      ['plannedSessionDate'],
      'Faites adopter la délibération (le projet de délibération est généré à partir de ce dossier), puis indiquez sa date et son numéro : DataPass demande la délibération ou son adresse web.',
    );
  }
  if (d.data.scopes.includes(DEPENDANTS_DETAIL_SCOPE) && !d.data.hasSpecificRequirements) {
    add(
      'expression-besoin',
      'data',
      ['hasSpecificRequirements'],
      `${ADVICE_PREFIX}envoyez l'expression de besoin à dtnum.donnees.demande-acces@dgfip.finances.gouv.fr, puis cochez « J'ai une expression de besoin spécifique » à l'étape « Les données ».`,
    );
  }
  return found;
}
