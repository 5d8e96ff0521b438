// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { newDossier } from '../../../../domain/dossier/new-dossier';
import type { Dossier } from '../../../../domain/dossier/model';
import { errorOf, renderStep, submitAndReadSummary } from '../../../../../test/ui/render-app';

const stored = () => JSON.parse(localStorage.getItem('habilitation-impot-particulier/dossier/d1')!) as Dossier;

describe('use-case step', () => {
  it("prefills DataPass's project name, description and recipients for the chosen use case", async () => {
    const { user } = await renderStep('cas-d-usage', newDossier('d1', 'Test'));
    await user.click(screen.getByLabelText('Places en crèche'));
    expect(screen.getByLabelText('Nom du projet')).toHaveValue('Dites-le-nous une fois – Places en crèche');
    expect(screen.getByText('Place en crèche', { selector: 'strong' })).toBeInTheDocument();
    expect(stored().gdpr.recipients).toBe('Agents instructeurs des demandes de place en crèche');
  });

  it('never overwrites what the user wrote when the use case changes', async () => {
    const { user } = await renderStep('cas-d-usage', newDossier('d1', 'Test'));
    await user.click(screen.getByLabelText('Cantine scolaire'));
    const name = screen.getByLabelText('Nom du projet');
    await user.clear(name);
    await user.type(name, 'Tarifs de la cantine');
    await user.click(screen.getByLabelText('Activités périscolaires et extrascolaires'));
    expect(name).toHaveValue('Tarifs de la cantine');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Description de la démarche').value).toContain('activités périscolaires');
  });

  it('asks to replace the "(A compléter par le demandeur)" mention', async () => {
    const { user } = await renderStep('cas-d-usage', newDossier('d1', 'Test'));
    await user.click(screen.getByLabelText('Cantine scolaire'));
    const messages = await submitAndReadSummary(user);
    expect(messages).toEqual(['Complétez la description et retirez la mention « (A compléter par le demandeur) ».']);
    expect(errorOf(screen.getByLabelText('Description de la démarche'))).toContain('(A compléter par le demandeur)');
  });

  it('wants a precise description for another use', async () => {
    const { user } = await renderStep('cas-d-usage', newDossier('d1', 'Test'));
    await user.click(screen.getByLabelText('Autre usage'));
    await user.type(screen.getByLabelText('Nom du projet'), 'Aide au permis');
    await user.type(screen.getByLabelText('Description de la démarche'), 'Aide au permis de conduire des jeunes.');
    const messages = await submitAndReadSummary(user);
    expect(messages[0]).toContain('au moins 300 caractères (vous en avez 38)');
  });
});
