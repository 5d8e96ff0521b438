// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { emptySection } from '../../../../domain/dossier/new-dossier';
import { errorOf, renderStep, submitAndReadSummary } from '../../../../../test/ui/render-app';

describe('people step', () => {
  it('validates each contact’s e-mail and phone with examples', async () => {
    const d = completeCantineDossier();
    const { user } = await renderStep('personnes', d);
    const dpd = screen.getByRole('group', { name: 'Délégué à la protection des données (DPD)' });
    const email = within(dpd).getByLabelText('Adresse e-mail');
    const phone = within(dpd).getByLabelText('Téléphone');
    await user.clear(email);
    await user.type(email, 'dpd@agglo');
    await user.clear(phone);
    await user.type(phone, '12 34');
    expect(await submitAndReadSummary(user)).toHaveLength(2);
    expect(errorOf(email)).toContain('prenom.nom@mairie-exemple.fr');
    expect(errorOf(phone)).toContain('01 23 45 67 89');
  });

  it('gives every field an autocomplete hint, scoped per person', async () => {
    const d = completeCantineDossier();
    await renderStep('personnes', { ...d, people: emptySection('people') });
    const demandeur = screen.getByRole('group', { name: 'Demandeur' });
    expect(within(demandeur).getByLabelText('Adresse e-mail')).toHaveAttribute('autocomplete', 'email');
    const dpd = screen.getByRole('group', { name: 'Délégué à la protection des données (DPD)' });
    expect(within(dpd).getByLabelText('Prénom')).toHaveAttribute('autocomplete', 'section-dpd given-name');
  });

  it('flags a DPD who is also the data controller, at the top of the step and beside the field, with a link to it', async () => {
    const d = completeCantineDossier();
    const { user } = await renderStep('personnes', { ...d, people: { ...d.people, dpd: { ...d.people.responsableTraitement } } });
    const summary = await screen.findByText(/Sur cette étape : 1 point à revoir/);
    const notice = summary.closest('.notice') ?? summary.parentElement!;
    expect(within(notice as HTMLElement).getByText(/semble être aussi le responsable de traitement/)).toBeInTheDocument();
    const familyName = document.getElementById('champ-dpd-familyName')!;
    expect(familyName).toHaveAccessibleDescription(/semble être aussi le responsable de traitement/);
    await user.click(within(notice as HTMLElement).getByRole('link', { name: 'Corriger ici' }));
    expect(familyName).toHaveFocus();
  });
});
