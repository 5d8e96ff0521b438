/**
 * DataPass's own scenarios and model specs for API Impôt particulier, replayed one by one against
 * the tool's rules. Each test is named after the DataPass scenario or spec context it replays.
 * Source: etalab/data_pass, commit c3a17f12:
 * - spec/models/authorization_request/api_impot_particulier_spec.rb
 * - features/habilitations/dgfip/api_impot_particulier/gestion_des_scopes.feature
 * - features/habilitations/dgfip/api_impot_particulier/sandbox_gestion_des_scopes.feature
 * The rules themselves: app/models/concerns/dgfip_extensions/api_impot_particulier_scopes.rb,
 * app/models/concerns/authorization_extensions/volumetrie.rb, safety_certification.rb,
 * dgfip_extensions/api_impot_particulier_modalities.rb; the wordings: config/locales/activerecord.fr.yml.
 *
 * DataPass's spec builds an "éditeur" production request; so does the tool's complete cantine
 * dossier (software "editeur-valide"), on which each context changes only what it sets.
 */
import { describe, expect, it } from 'vitest';
import { completeCantineDossier, TODAY } from '../../../test/fixtures/dossiers';
import type { Dossier } from '../dossier/model';
import { buildDataPassSheet } from '../datapass-sheet';
import { sectionWarnings, validateSection } from '../validation/validate';
import { DATAPASS_SPECIFIC_REQUIREMENTS_DOCUMENT_WORDING, scopeRuleViolations, type ScopeRuleViolation } from './scope-rules';
import type { ScopeKey } from './scopes';

/** No campaign typed yet: no year is judged against it. */
const NO_CAMPAIGN = { start: '', end: '' };

/** DataPass's rules only: the tool's advice (who may ask for the LEP) is not DataPass's. */
function datapassErrors(scopes: ScopeKey[], specificRequirements = false): ScopeRuleViolation[] {
  return scopeRuleViolations(scopes, { hasSpecificRequirements: specificRequirements, organisationType: 'commune', campaign: NO_CAMPAIGN }).filter(
    (v) => v.origin === 'datapass',
  );
}
const wordings = (scopes: ScopeKey[], specificRequirements = false) =>
  datapassErrors(scopes, specificRequirements).map((v) => (v.origin === 'datapass' ? v.datapassWording : ''));
const valid = (scopes: ScopeKey[], specificRequirements = false) => datapassErrors(scopes, specificRequirements).length === 0;

const dataIssues = (scopes: ScopeKey[], hasSpecificRequirements = false) => {
  const d = completeCantineDossier();
  return validateSection('data', { ...d, data: { ...d.data, scopes, hasSpecificRequirements } }, TODAY).filter((i) => i.path[0] === 'rules');
};

const YEARS_WORDING = 'Les données sont invalides : Vous devez cocher au moins une année de revenus souhaitée avant de continuer';
const FALLBACK_WORDING =
  "Les données sont invalides : Vous ne pouvez pas sélectionner la donnée 'Avant-dernière année de revenu, si la dernière année de revenu est indisponible' avec d'autres années de revenus";
const LEP_WORDING =
  'Les données sont invalides : La donnée d’indicateur d’éligibilité au LEP ne peut être demandée que seule. Veuillez décocher cette case, ou décocher toutes les autres si vous souhaitez vérifier l’éligibilité au LEP.';

describe('api_impot_particulier_spec.rb — scopes validation', () => {
  describe('at least one mandatory year is selected', () => {
    it('with revenue year scope selected: valid', () => {
      expect(valid(['dgfip_annee_n_moins_1'])).toBe(true);
    });

    it('without any revenue years scope selected: invalid, with the years wording', () => {
      expect(wordings(['dgfip_rfr'])).toEqual([YEARS_WORDING]);
      // The tool reports it on the data step, at the path the page shows it by.
      expect(dataIssues(['dgfip_rfr']).map((i) => i.path.join('.'))).toContain('rules.au-moins-une-annee');
    });
  });

  describe('validation of exclusive revenue years scope combination', () => {
    it('with valid exclusive years scope combination: valid', () => {
      expect(valid(['dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_3'])).toBe(true);
    });

    it('with invalid exclusive revenue years scope combination: invalid, with its wording', () => {
      expect(wordings(['dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_2_si_indispo_n_moins_1'])).toEqual([FALLBACK_WORDING]);
    });
  });

  describe('validation with incompatible scopes', () => {
    it('with an incompatible scopes combination: invalid', () => {
      const [first] = wordings(['dgfip_annee_n_moins_1', 'dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_indiIFI']);
      expect(first).toContain('Des données incompatibles entre elles ont été cochées');
    });

    it('with valid scopes combination from specials scopes: valid', () => {
      expect(valid(['dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_annee_n_moins_2_si_indispo_n_moins_1'])).toBe(true);
    });

    it('with invalid complex scopes combination from special scopes and incompatible scopes: invalid', () => {
      // dgfip_RevDecl_Cat1_Tspr is a "revenus catégoriels" datum DataPass hides since 2025, absent from the catalogue: passed as is.
      const errors = wordings([
        'dgfip_annee_n_moins_2_si_indispo_n_moins_1',
        'dgfip_annee_df_au_3112_si_deces_ctb_mp',
        'dgfip_indiIFI',
        'dgfip_RevDecl_Cat1_Tspr' as ScopeKey,
      ]);
      // One error for the whole combination, as DataPass's scopes_compatibility adds one.
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/Des données incompatibles entre elles ont été cochées./);
    });

    it('with valid incompatible scopes combination with at least one simple revenue years scope: valid', () => {
      expect(valid(['dgfip_annee_n_moins_1', 'dgfip_indiIFI'])).toBe(true);
    });
  });

  describe('specific requirements with no scopes', () => {
    it('when specific requirements is selected and no document attached: no scope rule, the file is asked for', () => {
      expect(valid([], true)).toBe(true);
      expect(dataIssues([], true)).toEqual([]);
      // DataPass's error is on the file, which only DataPass receives: the tool says it becomes mandatory, in DataPass's words.
      const d = completeCantineDossier();
      const withFile = { ...d, data: { ...d.data, scopes: [], hasSpecificRequirements: true } };
      expect(
        sectionWarnings('data', withFile, TODAY)
          .map((w) => w.message)
          .join('\n'),
      ).toContain(`“${DATAPASS_SPECIFIC_REQUIREMENTS_DOCUMENT_WORDING}”`);
      expect(DATAPASS_SPECIFIC_REQUIREMENTS_DOCUMENT_WORDING).toBe("Document de l'expression de besoin spécifique doit être rempli(e)");
      expect(
        buildDataPassSheet(withFile)
          .flatMap((s) => s.fields)
          .map((f) => f.key),
      ).toContain('specific_requirements_document');
    });

    it('with specific requirements is selected with a document attached and no scope selected: valid', () => {
      expect(valid([], true)).toBe(true);
    });
  });

  describe('LEP (lep_scope_exclusivity, validate_scopes_without_lep?)', () => {
    it('the LEP alone: valid, no year needed', () => {
      expect(valid(['dgfip_IndLep'])).toBe(true);
    });

    it('the LEP with another datum: invalid, with the LEP wording only', () => {
      expect(wordings(['dgfip_IndLep', 'dgfip_rfr'])).toEqual([LEP_WORDING]);
      // With the LEP, DataPass skips the year and compatibility rules.
      expect(
        wordings(['dgfip_IndLep', 'dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_annee_n_moins_1']),
      ).toEqual([LEP_WORDING]);
    });

    it('the LEP with specific requirements and other data: no scope error', () => {
      expect(valid(['dgfip_IndLep', 'dgfip_annee_n_moins_1', 'dgfip_indiIFI'], true)).toBe(true);
    });
  });
});

describe('api_impot_particulier_spec.rb — specific requirements with scopes', () => {
  it('when specific requirement is not selected: valid', () => {
    expect(valid(['dgfip_annee_n_moins_2'], false)).toBe(true);
  });

  it('when specific requirement is selected (with or without its document): no scope error', () => {
    expect(valid(['dgfip_annee_n_moins_2'], true)).toBe(true);
  });
});

describe('gestion_des_scopes.feature', () => {
  it('Je soumets une demande d’habilitation sans scopes d’années de revenue cochés.', () => {
    expect(wordings(['dgfip_sitfam'])).toEqual([YEARS_WORDING]);
  });

  it('Je soumets une demande d’habilitation avec 2 scopes d’annéees de revenue cochés incompatible.', () => {
    expect(wordings(['dgfip_annee_n_moins_1', 'dgfip_annee_n_moins_2_si_indispo_n_moins_1'])).toEqual([FALLBACK_WORDING]);
  });

  it('Je soumets une demande d’habilitation avec 2 scopes incompatibles.', () => {
    const [first] = wordings(['dgfip_annee_n_moins_1', 'dgfip_annee_df_au_3112_si_deces_ctb_mp', 'dgfip_indiIFI']);
    expect(first).toContain('Les données sont invalides : Des données incompatibles entre elles ont été cochées');
  });

  it('Je soumets une demande d’habilitation sans scopes mais je joins un fichier d’expression de besoin spécifique. (also sandbox_gestion_des_scopes.feature)', () => {
    expect(valid([], true)).toBe(true);
  });

  it('Je soumets une demande d’habilitation avec un scope en cochant le fichier de besoins spécifiques mais en oubliant de joindre le fichier.', () => {
    // No scope error; the missing file is DataPass's, and the data step names it in DataPass's words.
    expect(valid(['dgfip_annee_n_moins_1'], true)).toBe(true);
    const d = completeCantineDossier();
    const ticked = { ...d, data: { ...d.data, scopes: ['dgfip_annee_n_moins_1' as const], hasSpecificRequirements: true } };
    expect(sectionWarnings('data', ticked, TODAY).some((w) => w.message.includes(DATAPASS_SPECIFIC_REQUIREMENTS_DOCUMENT_WORDING))).toBe(true);
  });
});

describe('api_impot_particulier_spec.rb — volumetrie validation (volumetrie.rb)', () => {
  const withVolumetry = (callsPerMinute: Dossier['security']['callsPerMinute'], volumetryJustification: string) => {
    const d = completeCantineDossier();
    return validateSection('security', { ...d, security: { ...d.security, callsPerMinute, volumetryJustification } }, TODAY).filter(
      (i) => i.path[0] === 'volumetryJustification',
    );
  };

  it('with minimum volumetrie and no justification: valid', () => {
    expect(withVolumetry('50', '')).toEqual([]);
  });

  it('with high volumetrie and a justification: valid', () => {
    // DataPass asks only for presence; the tool wants 20 characters at least (its advice to be
    // understood), which DataPass's example, 'A good justification', just reaches.
    expect(withVolumetry('200', 'A good justification')).toEqual([]);
  });

  it('with high volumetrie and no justification: invalid', () => {
    expect(withVolumetry('200', '')).toEqual([expect.objectContaining({ kind: 'missing' })]);
  });
});

describe('api_impot_particulier_spec.rb — safety certification valitation (safety_certification.rb)', () => {
  // DataPass's contexts use yesterday and tomorrow.
  const dates = (beginDate: string, endDate: string) => {
    const d = completeCantineDossier();
    return validateSection('security', { ...d, security: { ...d.security, beginDate, endDate } }, TODAY);
  };

  it('with coherent dates: valid', () => {
    expect(dates('2026-11-25', '2026-11-27')).toEqual([]);
  });

  it('with incoherent dates: invalid', () => {
    expect(dates('2026-11-27', '2026-11-25').map((i) => i.path.join('.'))).toContain('endDate');
  });

  it('with equal dates: invalid, as DataPass’s comparison is greater_than', () => {
    expect(dates('2026-11-25', '2026-11-25').map((i) => i.path.join('.'))).toContain('endDate');
  });
});

describe('api_impot_particulier_spec.rb — modalities validation (api_impot_particulier_modalities.rb)', () => {
  const withAccess = (organisation: Partial<Dossier['organisation']>) => {
    const d = completeCantineDossier();
    return validateSection('organisation', { ...d, organisation: { ...d.organisation, ...organisation } }, TODAY);
  };

  it('with no value / with empty value: invalid', () => {
    expect(withAccess({ accessMode: '' }).map((i) => i.path.join('.'))).toContain('accessMode');
  });

  it('with bad value: invalid', () => {
    expect(withAccess({ accessMode: 'bad_value' as Dossier['organisation']['accessMode'] }).map((i) => i.path.join('.'))).toContain('accessMode');
  });

  it('with good value (with_spi): valid', () => {
    expect(withAccess({ accessMode: 'spi' })).toEqual([]);
  });

  it('with franceconnect, without any franceconnect authorization id: invalid', () => {
    // DataPass wants the id of a validated FranceConnect habilitation of the same organisation;
    // the tool cannot see DataPass's habilitations, so it asks whether there is one.
    expect(withAccess({ accessMode: 'france-connect', hasFranceConnectHabilitation: 'non' }).map((i) => i.path.join('.'))).toEqual([
      'hasFranceConnectHabilitation',
    ]);
    expect(withAccess({ accessMode: 'france-connect', hasFranceConnectHabilitation: '' }).map((i) => i.path.join('.'))).toEqual([
      'hasFranceConnectHabilitation',
    ]);
  });

  it('with a validated franceconnect authorization id from the same organization: valid', () => {
    expect(withAccess({ accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' })).toEqual([]);
  });
});
