import { describe, expect, it } from 'vitest';
import fixture from '../../../test/fixtures/datapass/api-impot-particulier-forms.json';
import { DATAPASS_COMMIT } from './blocks';
import { DATAPASS_FORMS, formOf, visibleSteps, type FamilyId } from './forms';

describe('DataPass forms for API Impôt particulier', () => {
  it('were read from the DataPass commit the fixture was extracted from', () => {
    expect(fixture.commit).toBe(DATAPASS_COMMIT);
  });

  it('are the 21 forms of api_impot_particulier.yml, uid, name, stage, steps and prefills verbatim', () => {
    const ours = DATAPASS_FORMS.map((f) => ({
      uid: f.uid,
      name: f.name,
      public: f.stage !== 'production',
      startableByApplicant: f.startableByApplicant,
      useCase: f.dataPassUseCase,
      authorizationRequest: f.stage === 'bac-a-sable' ? 'APIImpotParticulierSandbox' : 'APIImpotParticulier',
      previousFormUid: f.previousFormUid,
      staticBlocks: f.staticBlocks,
      steps: f.steps,
      prefills: f.prefills ?? {},
    }));
    expect(ours).toEqual(fixture.forms);
  });

  it('let the applicant start every form but the production ones', () => {
    for (const form of DATAPASS_FORMS) expect(form.startableByApplicant).toBe(form.stage !== 'production');
  });
});

describe('finding a DataPass form', () => {
  it('finds the form of a family at a stage', () => {
    expect(formOf('cantine-scolaire', 'editeur').uid).toBe('api-impot-particulier-cantine-scolaire-editeur');
  });

  it('refuses a family DataPass has no form for, naming it', () => {
    expect(() => formOf('inconnue' as FamilyId, 'production')).toThrow('No DataPass form inconnue/production');
  });
});

describe('the steps a DataPass form shows', () => {
  it('are, for a production form, the sandbox steps read-only first, then its own', () => {
    expect(visibleSteps(formOf('cantine-scolaire', 'production'))).toEqual([
      'basic_infos',
      'legal',
      'modalities',
      'scopes',
      'personal_data',
      'contacts',
      'operational_acceptance',
      'safety_certification',
      'volumetrie',
    ]);
  });
});
