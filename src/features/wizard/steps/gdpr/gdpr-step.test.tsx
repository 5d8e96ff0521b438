// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { errorOf, renderStep, submitAndReadSummary } from '../../../../../test/ui/render-app';

describe('personal-data step', () => {
  it('asks a justification for retention over 36 months, beside the field', async () => {
    const { user } = await renderStep('traitement', completeCantineDossier());
    const months = screen.getByLabelText('Durée de conservation des données (en mois)');
    await user.clear(months);
    await user.type(months, '48');
    const justification = screen.getByLabelText('Justification de la durée de conservation');
    await submitAndReadSummary(user);
    expect(errorOf(justification)).toContain('Au-delà de 36 mois');
    await user.clear(months);
    await user.type(months, 'deux ans');
    expect(errorOf(months)).toContain('nombre entier de mois');
  });

  it('refuses an information mode that does not fit the access mode', async () => {
    const { user } = await renderStep('traitement', completeCantineDossier());
    await user.click(screen.getByLabelText(/^Consentement de l'usager sur l'écran de FranceConnect/));
    const messages = await submitAndReadSummary(user);
    expect(messages).toEqual([expect.stringContaining("Avec le numéro fiscal, il n'y a pas d'écran de consentement")]);
  });
});
