// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { newDossier } from '../../../../domain/dossier/new-dossier';
import { errorOf, renderStep, submitAndReadSummary } from '../../../../../test/ui/render-app';

describe('method step', () => {
  it('offers the use case’s usual methods first', async () => {
    const d = newDossier('d1', 'Test');
    await renderStep('methode', { ...d, useCase: { ...d.useCase, id: 'creche' } });
    const radios = screen.getAllByRole('radio', { name: /habituelle pour ce cas d'usage/ });
    expect(radios[0]).toHaveAccessibleName(/^Barème CNAF des crèches/);
  });

  it('starts a tranche grid with three rows and checks its bounds and prices', async () => {
    const { user } = await renderStep('methode', newDossier('d1', 'Test'));
    await user.click(screen.getByLabelText('Tranches de quotient familial'));
    expect(screen.getAllByRole('row')).toHaveLength(4);
    await user.type(screen.getByLabelText('Limite haute du QF de la tranche 1'), '900');
    await user.type(screen.getByLabelText('Limite haute du QF de la tranche 2'), '500');
    await user.type(screen.getByLabelText('Tarif de la tranche 1'), 'un euro');
    const messages = await submitAndReadSummary(user);
    expect(messages).toContain('Saisissez le tarif de la tranche 1 en chiffres, avec une virgule pour les décimales (par exemple 2,60).');
    expect(errorOf(screen.getByLabelText('Limite haute du QF de la tranche 2'))).toBe(
      'La limite de la tranche 2 doit être supérieure à celle de la tranche 1.',
    );
  });

  it('shows a worked example from the parameters typed', async () => {
    const { user } = await renderStep('methode', newDossier('d1', 'Test'));
    await user.click(screen.getByLabelText(/^Taux d'effort/));
    await user.type(screen.getByLabelText('Taux (en % du QF)'), '0,36');
    await user.type(screen.getByLabelText('Tarif plancher'), '2,60');
    await user.type(screen.getByLabelText('Tarif plafond'), '4,50');
    expect(screen.getByRole('status').textContent.replace(/\s/g, ' ')).toContain('Tarif : 3,00 €');
  });

  it('advises the income year from the campaign dates', async () => {
    const { user } = await renderStep('methode', completeCantineDossier());
    expect(screen.getByText('Année conseillée : Avant-dernière année de revenu (N-2)')).toBeInTheDocument();
    const end = screen.getByLabelText('Fin');
    await user.clear(end);
    await user.type(end, '2027-09-15');
    expect(screen.getByText(/Année conseillée : Avant-dernière année de revenu, si la dernière/)).toBeInTheDocument();
  });
});
