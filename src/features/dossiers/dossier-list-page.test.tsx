// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { writeDossier, listDossiers } from '../storage';
import { renderHome } from '../../../test/ui/render-app';

describe('the dossier list', () => {
  it('creates a dossier and opens its first step', async () => {
    const { user } = await renderHome();
    expect(screen.getByText("Aucun dossier pour l'instant.")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Commencer une nouvelle demande' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeInTheDocument();
    expect(listDossiers()).toHaveLength(1);
  });

  it('renames, duplicates, and deletes only after confirmation', async () => {
    writeDossier(completeCantineDossier());
    const { user } = await renderHome();
    await user.click(screen.getByRole('button', { name: /^Renommer/ }));
    const title = screen.getByLabelText('Nouveau nom du dossier');
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Enregistrer le nom' }));
    expect(screen.getByText('Donnez un nom au dossier.')).toBeInTheDocument();
    await user.type(title, 'Cantine 2027');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le nom' }));
    expect(await screen.findByRole('link', { name: 'Cantine 2027' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Dupliquer/ }));
    expect(await screen.findByRole('link', { name: 'Copie de Cantine 2027' })).toBeInTheDocument();

    const card = screen.getByRole('link', { name: 'Copie de Cantine 2027' }).closest('li')!;
    await user.click(within(card).getByRole('button', { name: /^Supprimer/ }));
    expect(within(card).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(within(card).getByRole('button', { name: 'Annuler' }));
    expect(listDossiers()).toHaveLength(2);
    await user.click(within(card).getByRole('button', { name: /^Supprimer/ }));
    await user.click(within(card).getByRole('button', { name: 'Supprimer définitivement' }));
    expect(listDossiers().map((d) => d.title)).toEqual(['Cantine 2027']);
    await user.click(screen.getByRole('button', { name: 'Annuler la suppression' }));
    expect(
      listDossiers()
        .map((d) => d.title)
        .sort(),
    ).toEqual(['Cantine 2027', 'Copie de Cantine 2027']);
    expect(screen.getByText('Le dossier « Copie de Cantine 2027 » est rétabli.')).toBeInTheDocument();
  });
});
