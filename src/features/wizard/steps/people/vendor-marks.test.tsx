// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { dossierFromModel, modelFromDossier } from '../../../../domain/vendor';
import { renderStep } from '../../../../../test/ui/render-app';

const cantine = completeCantineDossier();
const started = dossierFromModel(modelFromDossier(cantine, { vendorName: 'Logiciels Famille SA', methods: [], now: new Date('2026-11-20T09:00:00Z') }), {
  id: 'depuis-modele',
  now: new Date('2026-11-21T09:00:00Z'),
});

describe('the answers a vendor’s model gave, on the step that asks them', () => {
  it('are marked « Fourni par votre éditeur », in text tied to the field; a changed one says what the vendor gave and that it will see it', async () => {
    const { user } = await renderStep('personnes', started);
    const technical = screen.getByRole('group', { name: 'Responsable technique' });
    const email = within(technical).getByLabelText('Adresse e-mail');
    expect(email).toHaveAccessibleDescription('Fourni par votre éditeur');
    // The collectivité's own people carry no mark.
    const dpd = screen.getByRole('group', { name: 'Délégué à la protection des données (DPD)' });
    expect(within(dpd).getByLabelText('Adresse e-mail')).not.toHaveAttribute('aria-describedby');

    await user.clear(email);
    await user.type(email, 'dsi@saint-exemple.fr');
    expect(email).toHaveAccessibleDescription(
      `Modifié par vous Votre éditeur avait indiqué « ${cantine.people.contactTechnique.email} ». La synthèse et la liste de contrôle (PDF) signalent ce changement : rien n'est envoyé, transmettez-lui la liste de contrôle.`,
    );
    expect(within(technical).getByLabelText('Téléphone')).toHaveAccessibleDescription('Fourni par votre éditeur');
  });

  it('a dossier started blank shows no mark', async () => {
    await renderStep('personnes', cantine);
    expect(screen.queryByText('Fourni par votre éditeur')).toBeNull();
  });
});
