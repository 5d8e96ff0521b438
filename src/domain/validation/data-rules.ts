import { DEPENDANTS_DETAIL_SCOPE, scopeByKey } from '../catalogue/scopes';
import { ADVICE_PREFIX, DATAPASS_SPECIFIC_REQUIREMENTS_DOCUMENT_WORDING, scopeRuleOptionsOf, scopeRuleViolations } from '../catalogue/scope-rules';
import { compareWithMinimum } from '../minimisation';
import type { DataSection } from '../dossier/model';
import { requireJustification, type IssuePath, type SectionRules, type SectionWarnings } from './core';

/**
 * Paths of the data step's issues: `method` when no method is chosen yet, `rules.<ruleId>` for the scope rules (DataPass's own, or the
 * tool's advice: see scope-rules.ts), `needed.<scope>` for a datum the method needs but which is not ticked, `justifications.<scope>`
 * for an extra datum.
 */
export const dataRules: SectionRules<DataSection, IssuePath<'data'>> = (s, { dossier }, report) => {
  if (!dossier.method.id && dossier.organisation.type !== 'banque') {
    report.missing(['method'], "Choisissez d'abord la méthode de calcul à l'étape 3 : c'est elle qui détermine les données strictement nécessaires.");
  }
  const violations = scopeRuleViolations(s.scopes, scopeRuleOptionsOf(dossier, s.hasSpecificRequirements));
  for (const v of violations) {
    // "No year ticked" is something still to do; the other rules are contradictions.
    if (v.rule === 'au-moins-une-annee') report.missing(['rules', v.rule], v.message);
    else report.invalid(['rules', v.rule], v.message);
  }

  const { missing, extra } = compareWithMinimum(dossier, s.scopes);
  for (const need of missing) {
    report.invalid(
      ['needed', need.scope],
      `Sans « ${scopeByKey(need.scope).shortLabel} », impossible de ${need.purposes[0]} : cochez cette donnée, ou changez de méthode à l'étape 3.`,
    );
  }
  for (const key of extra) {
    requireJustification(
      report,
      s.justifications[key] ?? '',
      ['justifications', key],
      `Justifiez « ${scopeByKey(key).shortLabel} » : votre méthode de calcul ne l'utilise pas, dites pourquoi elle est strictement nécessaire.`,
    );
  }

  if (s.scopes.includes(DEPENDANTS_DETAIL_SCOPE) && s.dependantBoxes.length === 0) {
    report.missing(
      ['dependantBoxes'],
      `${ADVICE_PREFIX}choisissez les cases dont vous avez besoin (F, G, H, I, R, J, N) : l'expression de besoin spécifique doit les nommer.`,
    );
  }
};

export const dataWarnings: SectionWarnings<DataSection> = (s) => {
  const warnings: ReturnType<SectionWarnings<DataSection>> = [];
  if (s.scopes.includes(DEPENDANTS_DETAIL_SCOPE)) {
    warnings.push({
      path: ['dependantBoxes'],
      message:
        // DataPass's label asks for it ("Détail à préciser dans l'expression de besoin spécifique"), but no DataPass rule checks it.
        `${ADVICE_PREFIX}le « Détail des personnes à charge et rattachées » exige une expression de besoin spécifique : envoyez-la à la DGFiP (dtnum.donnees.demande-acces@dgfip.finances.gouv.fr) et joignez-la à la demande DataPass.`,
    });
  }
  if (s.hasSpecificRequirements) {
    warnings.push({
      path: ['hasSpecificRequirements'],
      // specific_requirements skips every scope rule but makes specific_requirements_document mandatory (api_impot_particulier_scopes.rb).
      message: `Avec une expression de besoin spécifique, DataPass ne vérifie plus les règles sur les données cochées (années, combinaisons, LEP seul), et l'outil ne les signale donc plus comme des erreurs ; mais son fichier devient obligatoire : sans lui, DataPass affiche “${DATAPASS_SPECIFIC_REQUIREMENTS_DOCUMENT_WORDING}”.`,
    });
  }
  return warnings;
};
