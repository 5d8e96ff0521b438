// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { errorOf, renderStep, submitAndReadSummary } from '../../../../../test/ui/render-app';

const modesGroup = () => screen.getByRole('group', { name: "Comment les usagers sont-ils informés de l'échange ?" });
const modes = () => within(modesGroup());
const FC_CONSENT = /^Consentement de l'usager sur l'écran de FranceConnect/;
const PRIOR_INFORMATION = /^Information de l'usager avant l'échange/;

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
    // A field without an error is judged when the user leaves it, not while it is typed.
    expect(errorOf(months)).toBeNull();
    await user.tab();
    expect(errorOf(months)).toContain('nombre entier de mois');
  });

  it('does not offer FranceConnect consent with the numéro fiscal', async () => {
    await renderStep('traitement', completeCantineDossier());
    expect(modes().queryByLabelText(FC_CONSENT)).toBeNull();
    expect(modes().getByLabelText(PRIOR_INFORMATION)).toBeChecked();
  });

  it('keeps a stored FranceConnect consent in view, with its error, until it is changed', async () => {
    const dossier = completeCantineDossier();
    const { user } = await renderStep('traitement', { ...dossier, gdpr: { ...dossier.gdpr, informationMode: 'consentement-franceconnect' } });
    const consent = modes().getByLabelText(FC_CONSENT);
    expect(consent).toBeChecked();
    await waitFor(() => expect(errorOf(modesGroup())).toMatch(/^Avec le numéro fiscal, il n'y a pas d'écran de consentement/));
    await user.click(modes().getByLabelText(PRIOR_INFORMATION));
    await waitFor(() => expect(errorOf(modesGroup())).toBeNull());
    // Still in view while the page is open: a choice does not vanish under the pointer.
    expect(modes().getByLabelText(FC_CONSENT)).not.toBeChecked();
  });

  it('offers both modes with FranceConnect, and refuses prior information there', async () => {
    const dossier = completeCantineDossier();
    const { user } = await renderStep('traitement', {
      ...dossier,
      organisation: { ...dossier.organisation, accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' },
    });
    expect(modes().getByLabelText(FC_CONSENT)).not.toBeChecked();
    const messages = await submitAndReadSummary(user);
    expect(messages).toEqual([expect.stringContaining("Avec FranceConnect, l'usager consent sur l'écran de FranceConnect")]);
    expect(errorOf(modesGroup())).toMatch(/^Avec FranceConnect/);
    await user.click(modes().getByLabelText(FC_CONSENT));
    await waitFor(() => expect(errorOf(modesGroup())).toBeNull());
  });
});
