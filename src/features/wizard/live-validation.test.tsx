// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { newDossier } from '../../domain/dossier/new-dossier';
import { errorOf, renderStep, submitAndReadSummary } from '../../../test/ui/render-app';

/**
 * Live, honest feedback: an error shown goes as soon as it is fixed, whether "Continuer" or the
 * arrival at an unfinished step showed it; a field without an error is judged when the user
 * leaves it, never while typing; a row just added is not flagged.
 */
describe('live validation', () => {
  it('clears an error shown on arrival as soon as the field is fixed, without Continuer', async () => {
    const d = completeCantineDossier();
    const { user } = await renderStep('organisation', { ...d, organisation: { ...d.organisation, name: '', siret: '123' } });
    const name = screen.getByLabelText("Nom de l'organisation");
    const siret = screen.getByLabelText('Numéro SIRET');
    await waitFor(() => expect(errorOf(name)).toBe('Indiquez le nom de votre organisation.'));
    expect(errorOf(siret)).toMatch(/^Le SIRET compte 14 chiffres/);

    await user.type(name, 'C');
    await waitFor(() => expect(errorOf(name)).toBeNull());
    expect(name).not.toHaveAttribute('aria-invalid');

    // Still wrong while typed: the message follows what is typed, then goes.
    await user.clear(siret);
    await user.type(siret, '2199000120001');
    await waitFor(() => expect(errorOf(siret)).toMatch(/vous avez saisi 13 chiffres/));
    await user.type(siret, '0');
    await waitFor(() => expect(errorOf(siret)).toBeNull());
  });

  it('clears an error when another field fixes it', async () => {
    const d = completeCantineDossier();
    const { user } = await renderStep('securite', { ...d, security: { ...d.security, mode: 'homologation', beginDate: '2026-10-01', endDate: '2026-09-01' } });
    const end = screen.getByLabelText("Date de fin de l'homologation");
    await waitFor(() => expect(errorOf(end)).toBe('La date de fin doit être après la date de début.'));
    const begin = screen.getByLabelText("Date de début de l'homologation");
    await user.clear(begin);
    await user.type(begin, '2026-08-01');
    await waitFor(() => expect(errorOf(end)).toBeNull());
  });

  it('after Continuer, judges a field without an error when it is left, not while it is typed', async () => {
    const { user } = await renderStep('personnes', newDossier('d1', 'Test'));
    await submitAndReadSummary(user);
    const dpd = within(screen.getByRole('group', { name: 'Délégué à la protection des données (DPD)' }));
    const extra = screen.getByLabelText('Adresse e-mail technique générique (facultatif)');
    await user.type(extra, 'informatique@');
    expect(errorOf(extra)).toBeNull();
    await user.tab();
    await waitFor(() => expect(errorOf(extra)).toMatch(/^Adresse technique générique : saisissez une adresse e-mail complète/));

    // A field Continuer found empty is judged at each keystroke: its error changes, then goes.
    const email = dpd.getByLabelText('Adresse e-mail');
    expect(errorOf(email)).toBe("Indiquez l'adresse e-mail du délégué à la protection des données.");
    await user.type(email, 'nadia.petit@');
    await waitFor(() => expect(errorOf(email)).toMatch(/^E-mail du délégué à la protection des données : saisissez une adresse e-mail complète/));
    await user.type(email, 'agglo-exemple.fr');
    await waitFor(() => expect(errorOf(email)).toBeNull());
  });

  it('names the person in a phone error', async () => {
    const d = completeCantineDossier();
    const { user } = await renderStep('personnes', {
      ...d,
      people: { ...d.people, responsableTraitement: { ...d.people.responsableTraitement, phone: '01 23' } },
    });
    const phone = within(screen.getByRole('group', { name: 'Responsable de traitement' })).getByLabelText('Téléphone');
    await waitFor(() => expect(errorOf(phone)).toMatch(/^Téléphone du responsable de traitement : saisissez un numéro à 10 chiffres/));
    await user.type(phone, ' 45 67 89');
    await waitFor(() => expect(errorOf(phone)).toBeNull());
  });

  it('does not flag a tranche just added, before it is left or Continuer is pressed', async () => {
    const { user } = await renderStep('methode', newDossier('d1', 'Test'));
    await user.click(screen.getByLabelText('Tranches de quotient familial'));
    await submitAndReadSummary(user);
    const grid = () => screen.getByRole('table');
    const cellErrors = () => [...grid().querySelectorAll('.field-error')].map((e) => e.textContent);
    expect(cellErrors().length).toBeGreaterThan(0);
    for (const [label, value] of [
      ['Limite haute du QF de la tranche 1', '500'],
      ['Tarif de la tranche 1', '1'],
      ['Limite haute du QF de la tranche 2', '900'],
      ['Tarif de la tranche 2', '2'],
      ['Tarif de la tranche 3', '3'],
    ] as const) {
      await user.type(screen.getByLabelText(label), value);
    }
    await waitFor(() => expect(cellErrors()).toEqual([]));

    await user.click(screen.getByRole('button', { name: 'Ajouter une tranche' }));
    await screen.findByLabelText('Tarif de la tranche 4');
    // Give a re-validation every chance to run: none may flag the new rows.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(cellErrors()).toEqual([]);

    // Focus went to the bound the former last tranche now needs; leaving it empty flags it.
    expect(screen.getByLabelText('Limite haute du QF de la tranche 3')).toHaveFocus();
    await user.click(screen.getByLabelText('Tarif de la tranche 4'));
    await waitFor(() => expect(cellErrors()).toEqual(['Erreur : Indiquez la limite haute du QF de la tranche 3.']));
    await user.tab();
    await waitFor(() =>
      expect(cellErrors()).toEqual(['Erreur : Indiquez la limite haute du QF de la tranche 3.', 'Erreur : Indiquez le tarif de la tranche 4.']),
    );
  });
});
