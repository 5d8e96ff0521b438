// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { emptySection } from '../../../../domain/dossier/new-dossier';
import { renderStep, submitAndReadSummary } from '../../../../../test/ui/render-app';

describe('legal step', () => {
  it('names the deliberating body and rejects a deliberation that does not list the data', async () => {
    const d = completeCantineDossier();
    const { user } = await renderStep('cadre-juridique', { ...d, legal: emptySection('legal') });
    expect(screen.getByRole('group', { name: 'Délibération du conseil municipal' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('Une délibération tarifaire existe déjà'));
    await user.type(screen.getByLabelText('Date de la délibération'), '2026-03-10');
    await user.type(screen.getByLabelText('Numéro'), '2026-12');
    await user.click(within(screen.getByRole('group', { name: /cite-t-elle chaque donnée/ })).getByLabelText('Non'));
    const messages = await submitAndReadSummary(user);
    expect(messages).toEqual([expect.stringContaining('Les instructeurs rejettent une délibération qui ne dit pas quelles données')]);
  });

  it('asks for the session date of a deliberation to adopt, and for the legal text of another use', async () => {
    const d = completeCantineDossier();
    const { user } = await renderStep('cadre-juridique', { ...d, useCase: { ...d.useCase, id: 'autre' }, legal: emptySection('legal') });
    await user.click(screen.getByLabelText('Une délibération est à adopter'));
    const messages = await submitAndReadSummary(user);
    expect(messages).toEqual([
      'Indiquez la date de la séance prévue pour adopter la délibération.',
      'Précisez la nature et les références du texte qui vous autorise à accéder à ces données.',
      "Indiquez si l'usage reste dans le cadre de l'article L. 114-8 du CRPA.",
    ]);
  });
});
