// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { completeCantineDossier, reviewedCantineDossier } from '../../../test/fixtures/dossiers';
import { renderStep } from '../../../test/ui/render-app';
import { newReview, reviewFile, reviewRequest } from '../../domain/review/review-files';
import { KEY_PREFIX } from '../storage/local-store';

const file = (content: unknown) => new File([JSON.stringify(content)], 'avis.json', { type: 'application/json' });

describe('importing a review on the synthesis', () => {
  it('refuses what is not a review of this dossier, and changes nothing', async () => {
    const dossier = reviewedCantineDossier();
    const { user } = await renderStep('synthese', dossier);
    const stored = () => localStorage.getItem(KEY_PREFIX + dossier.id);
    const before = stored();
    const input = screen.getByLabelText("Importer l'avis du DPD (.json)");
    const status = () => document.querySelector('.review-panel [role="status"]')!.textContent;

    await user.upload(input, file(completeCantineDossier()));
    await waitFor(() => expect(status()).toContain("Ce fichier est un dossier, pas l'avis d'un DPD."));

    const other = { ...completeCantineDossier(), id: 'autre-dossier', title: 'Crèches' };
    await user.upload(input, file(reviewFile(newReview(reviewRequest(other, new Date())))));
    await waitFor(() => expect(status()).toContain('autre dossier (« Crèches »)'));

    const future = { ...newReview(reviewRequest(dossier, new Date())), dossierVersion: 9 };
    await user.upload(input, file(reviewFile(future)));
    await waitFor(() => expect(status()).toContain("version 9 du dossier, que ce navigateur n'a pas envoyée"));

    expect(stored()).toBe(before);
    expect(screen.getByText('Avis favorable avec réserves')).toBeInTheDocument();
  });

  it('shows the opinion, the open remarks and what changed since the reviewed version', async () => {
    await renderStep('synthese', reviewedCantineDossier());
    expect(screen.getByText('Remarques : 2 à traiter sur 2')).toBeInTheDocument();
    expect(screen.getByText('Le dossier a changé depuis la version 1 examinée par le DPD')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Durée de conservation/ })).toHaveTextContent('24 mois');
  });
});
