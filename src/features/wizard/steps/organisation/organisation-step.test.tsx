// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { newDossier } from '../../../../domain/dossier/new-dossier';
import type { Dossier } from '../../../../domain/dossier/model';
import { SOFTWARE_OPTIONS } from '../../../../domain/catalogue/software';
import { errorOf, renderStep, submitAndReadSummary } from '../../../../../test/ui/render-app';

describe('organisation step', () => {
  it('lists what is missing when Continuer is pressed on an empty step', async () => {
    const { user } = await renderStep('organisation', newDossier('d1', 'Test'));
    expect(await submitAndReadSummary(user)).toEqual([
      'Choisissez le type de votre organisation.',
      'Indiquez le nom de votre organisation.',
      'Indiquez le numéro SIRET de votre organisation (14 chiffres).',
      "Indiquez qui développe le logiciel qui appellera l'API.",
      "Choisissez la modalité d'accès aux données.",
    ]);
    // The title is set by an effect, which may run just after the summary shows.
    await waitFor(() => expect(document.title).toMatch(/^Erreur – Étape 1 sur 9 – Organisation et parcours/));
  });

  it('explains a wrong SIRET beside the field, and clears it once corrected', async () => {
    const { user } = await renderStep('organisation', newDossier('d1', 'Test'));
    const siret = screen.getByLabelText('Numéro SIRET');
    await user.type(siret, '21990001200011');
    await submitAndReadSummary(user);
    expect(errorOf(siret)).toContain('clé de contrôle');
    expect(siret).toHaveAttribute('aria-invalid', 'true');
    await user.clear(siret);
    await user.type(siret, '219 900 012 00010');
    expect(errorOf(siret)).toBeNull();
  });

  it('asks to tick the connection box in the box’s own words, whatever the software', async () => {
    const { user } = await renderStep('organisation', newDossier('d1', 'Test'));
    for (const option of SOFTWARE_OPTIONS) {
      await user.click(screen.getByLabelText(option.label));
      await submitAndReadSummary(user);
      const box = screen.getByRole('checkbox', { name: option.confirmation });
      expect(errorOf(box)).toBe(
        `Cochez « ${option.confirmation.replace(/\.$/, '')} » une fois que c’est le cas : la DGFiP l’attend avant le dépôt de la demande.`,
      );
    }
  });

  it('tells eligibility and the DataPass path as soon as they are known', async () => {
    const { user } = await renderStep('organisation', newDossier('d1', 'Test'));
    await user.selectOptions(screen.getByLabelText("Type d'organisation"), 'autre-prive');
    expect(screen.getByText(/ne sont pas éligibles/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText("Type d'organisation"), 'ccas');
    expect(screen.getByText(/Votre organisation est éligible/)).toBeInTheDocument();

    await user.click(screen.getByLabelText("Un éditeur de logiciel qui n'a pas encore réalisé les développements"));
    expect(screen.getByText("Votre parcours : Bac à sable d'abord, puis production")).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Quelle demande préparez-vous maintenant ?' })).toBeInTheDocument();

    await user.click(screen.getByLabelText('Avec FranceConnect'));
    await user.click(screen.getByRole('group', { name: /habilitation FranceConnect validée/ }).querySelector('input[value="non"]')!);
    await submitAndReadSummary(user);
    expect(screen.getAllByText(/demandez d'abord l'habilitation FranceConnect/).length).toBeGreaterThan(0);
  });

  it('saves every keystroke in the browser', async () => {
    const { user } = await renderStep('organisation', newDossier('d1', 'Test'));
    await user.type(screen.getByLabelText("Nom de l'organisation"), 'Commune de Test');
    const stored = JSON.parse(localStorage.getItem('habilitation-impot-particulier/dossier/d1')!) as Dossier;
    expect(stored.organisation.name).toBe('Commune de Test');
    expect(stored.visitedSteps).toEqual(['organisation']);
  });
});
