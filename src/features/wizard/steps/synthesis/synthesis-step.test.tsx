// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { renderStep } from '../../../../../test/ui/render-app';

describe('synthesis step', () => {
  it('says the dossier is ready when nothing is missing', async () => {
    await renderStep('synthese', completeCantineDossier());
    expect(screen.getByText('Votre dossier est prêt')).toBeInTheDocument();
    expect(screen.getByText(/Les 3 données cochées respectent les règles de DataPass/)).toBeInTheDocument();
  });

  it('leads from a missing item to the field to complete', async () => {
    const d = completeCantineDossier();
    const { user } = await renderStep('synthese', { ...d, people: { ...d.people, dpd: { ...d.people.dpd, phone: '' } } });
    expect(screen.getByText('1 élément à compléter avant de déposer la demande')).toBeInTheDocument();
    const item = screen.getByText('Délégué à la protection des données (DPD)', { selector: '.checklist-label' }).closest('li')!;
    expect(within(item).getByText(/Indiquez le numéro de téléphone du délégué/)).toBeInTheDocument();
    await user.click(within(item).getByRole('link', { name: /Compléter/ }));
    const phone = await screen.findByRole('textbox', { name: 'Téléphone', description: /Indiquez le numéro de téléphone du délégué/ });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(phone).toHaveFocus();
  });

  it('reports DataPass rule violations', async () => {
    const d = completeCantineDossier();
    await renderStep('synthese', { ...d, data: { ...d.data, scopes: [...d.data.scopes, 'dgfip_annee_n_moins_2_si_indispo_n_moins_1'] } });
    expect(screen.getByText("Les données cochées ne passeraient pas DataPass en l'état")).toBeInTheDocument();
  });
});
