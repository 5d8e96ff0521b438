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
    expect(screen.getByText('1 chose à faire avant de déposer la demande')).toBeInTheDocument();
    const item = screen.getByText('Délégué à la protection des données (DPD)', { selector: '.checklist-label' }).closest('li')!;
    expect(within(item).getByText(/Indiquez le numéro de téléphone du délégué/)).toBeInTheDocument();
    await user.click(within(item).getByRole('link', { name: /Compléter/ }));
    const phone = await screen.findByRole('textbox', { name: 'Téléphone', description: /Indiquez le numéro de téléphone du délégué/ });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(phone).toHaveFocus();
  });

  it('says "presque prêt" of a point to review, and "prêt" once it is kept with a real reason', async () => {
    const d = completeCantineDossier();
    const { user } = await renderStep('synthese', { ...d, gdpr: { ...d.gdpr, dpia: 'en-cours' } });
    expect(screen.getByText('Presque prêt : 1 point à revoir')).toBeInTheDocument();
    expect(screen.queryByText('Votre dossier est prêt')).not.toBeInTheDocument();
    const item = screen.getByText("L'analyse d'impact (AIPD) est réalisée, ou son absence justifiée", { selector: '.checklist-label' }).closest('li')!;
    expect(within(item).getByText('À revoir')).toBeInTheDocument();
    await user.click(within(item).getByText('Maintenir ce point tel quel, en expliquant pourquoi'));
    const reason = within(item).getByRole('textbox', { name: 'Pourquoi le maintenir ?' });
    await user.type(reason, 'Parce que');
    await user.click(within(item).getByRole('button', { name: 'Maintenir ce point' }));
    expect(within(item).getByText(/au moins 20 caractères \(vous en avez 9\)/)).toBeInTheDocument();
    expect(reason).toHaveValue('Parce que');
    await user.type(reason, ' le DPD a validé le calendrier de l’analyse.');
    await user.click(within(item).getByRole('button', { name: 'Maintenir ce point' }));
    expect(await screen.findByText('Votre dossier est prêt')).toBeInTheDocument();
    expect(within(item).getByText('Maintenu')).toBeInTheDocument();
    expect(within(item).getByText(/le DPD a validé le calendrier/)).toBeInTheDocument();
  });

  it('reports DataPass rule violations', async () => {
    const d = completeCantineDossier();
    await renderStep('synthese', { ...d, data: { ...d.data, scopes: [...d.data.scopes, 'dgfip_annee_n_moins_2_si_indispo_n_moins_1'] } });
    expect(screen.getByText("Les données cochées ne passeraient pas DataPass en l'état")).toBeInTheDocument();
  });
});
