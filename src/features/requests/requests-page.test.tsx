// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import { createAppRouter } from '../../app/router';
import type { Dossier } from '../../domain/dossier/model';
import { readRaw, writeDossier } from '../storage';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';

async function renderRequests(dossier: Dossier) {
  writeDossier(dossier);
  const router = createAppRouter(createMemoryHistory({ initialEntries: [`/dossiers/${dossier.id}/demandes`] }));
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1, name: 'Vos demandes DataPass' });
  return user;
}

const stored = (id: string) => JSON.parse(readRaw(id)!) as Dossier;

describe('"Vos demandes DataPass"', () => {
  it('lists the requests in filing order, each with its prerequisites and its prefilled link', async () => {
    const d = completeCantineDossier();
    await renderRequests({
      ...d,
      organisation: { ...d.organisation, software: 'interne', stage: 'bac-a-sable', accessMode: 'france-connect', hasFranceConnectHabilitation: 'non' },
      method: { ...d.method, id: 'qf-caf' },
    });
    const titles = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent)
      .filter((t) => /^\d\. /.test(t));
    expect(titles.slice(0, 4)).toEqual([
      '1. FranceConnect',
      '2. API Impôt particulier – bac à sable',
      '3. API Impôt particulier – production',
      '4. API Particulier – quotient familial CAF',
    ]);
    const production = screen.getByRole('region', { name: '3. API Impôt particulier – production' });
    expect(within(production).queryByRole('link', { name: /Ouvrir le formulaire DataPass prérempli/ })).not.toBeInTheDocument();
    expect(within(production).getAllByText(/Démarrer ma demande d’habilitation en production/)[0]).toBeInTheDocument();
    const qf = screen.getByRole('region', { name: '4. API Particulier – quotient familial CAF' });
    const link = within(qf).getByRole('link', { name: /Ouvrir le formulaire DataPass prérempli/ });
    expect(new URL(link.getAttribute('href')!).searchParams.getAll('scopes[]')).toEqual(['cnaf_quotient_familial']);
  });

  it('keeps what the user records in the dossier, and says in French what is not a DataPass number', async () => {
    const d = completeCantineDossier();
    const user = await renderRequests(d);
    const number = screen.getByRole('textbox', { name: 'Numéro de la demande' });
    await user.type(number, '12 34X');
    await user.tab();
    expect(await screen.findByText(/s’écrit « D » suivi de chiffres/)).toBeInTheDocument();
    // Kept as typed, never lost.
    expect(stored(d.id).datapassRequests['impot-editeur']?.number).toBe('12 34X');
    await user.clear(number);
    await user.type(number, 'D1234');
    expect(screen.queryByText(/s’écrit « D » suivi de chiffres/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'État sur DataPass' }), 'validee');
    expect(stored(d.id).datapassRequests['impot-editeur']).toEqual({ number: 'D1234', filedOn: '', state: 'validee' });
    await user.clear(number);
    await user.selectOptions(screen.getByRole('combobox', { name: 'État sur DataPass' }), '');
    expect(stored(d.id).datapassRequests).toEqual({});
  });
});
