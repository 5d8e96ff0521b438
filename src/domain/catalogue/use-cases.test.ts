import { describe, expect, it } from 'vitest';
import { USE_CASES } from './use-cases';

describe('the default recipients of each use case', () => {
  it('name the requests in French, « de » elided before a vowel', () => {
    expect(Object.fromEntries(USE_CASES.map((useCase) => [useCase.id, useCase.defaultRecipients]))).toMatchObject({
      cantine: 'Agents instructeurs des demandes de restauration scolaire',
      periscolaire: 'Agents instructeurs des demandes d’inscription aux activités périscolaires et extrascolaires',
      creche: 'Agents instructeurs des demandes de place en crèche',
      'aides-sociales': 'Agents instructeurs des demandes d’aides sociales facultatives',
    });
  });
});
