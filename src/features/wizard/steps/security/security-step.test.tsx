// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { errorOf, renderStep, submitAndReadSummary } from '../../../../../test/ui/render-app';

describe('security step', () => {
  it('wants the end of the homologation after its beginning', async () => {
    const { user } = await renderStep('securite', completeCantineDossier());
    const end = screen.getByLabelText("Date de fin de l'homologation");
    await user.clear(end);
    await user.type(end, '2026-01-01');
    await submitAndReadSummary(user);
    expect(errorOf(end)).toBe('La date de fin doit être après la date de début.');
  });

  it('asks a justification above 50 calls per minute', async () => {
    const { user } = await renderStep('securite', completeCantineDossier());
    await user.selectOptions(screen.getByLabelText("Nombre maximal d'appels par minute"), '200');
    const messages = await submitAndReadSummary(user);
    expect(messages).toEqual([expect.stringContaining('Au-delà de 50 appels par minute')]);
  });

  it('asks for the recette only in a production request without éditeur', async () => {
    const d = completeCantineDossier();
    expect(screen.queryByLabelText(/recette fonctionnelle/)).toBeNull();
    await renderStep('securite', { ...d, organisation: { ...d.organisation, software: 'interne', stage: 'production' } });
    expect(screen.getByLabelText("J'atteste avoir réalisé une recette fonctionnelle et qualifié mon téléservice.")).not.toBeChecked();
  });
});
