// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import type { Dossier } from '../../domain/dossier/model';
import { listDossiers, writeDossier, writeRaw } from '../storage';
import { renderHome } from '../../../test/ui/render-app';

const ODD_IDS = ['__test__', 'a/b', '#ancre', '100%', 'deux mots', 'é'.repeat(200)];

function storeCorrupt(id: string, title: string, change: (d: Dossier) => void) {
  const d = structuredClone({ ...completeCantineDossier(), id, title });
  change(d);
  writeRaw(id, JSON.stringify(d));
}

describe('stored dossiers, whatever they hold', () => {
  it('lists, opens and deletes a dossier whatever its id', async () => {
    for (const id of ODD_IDS) writeDossier({ ...completeCantineDossier(), id, title: `Dossier ${id.slice(0, 12)}` });
    const { user } = await renderHome();
    expect(
      listDossiers()
        .map((d) => d.id)
        .sort(),
    ).toEqual([...ODD_IDS].sort());
    for (const id of ODD_IDS) {
      await user.click(await screen.findByRole('link', { name: `Dossier ${id.slice(0, 12)}` }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeInTheDocument();
      expect(screen.getByText(`Dossier ${id.slice(0, 12)}`, { selector: '.wizard-title' })).toBeInTheDocument();
      await user.click(screen.getAllByRole('link', { name: /Habilitation|Revenir|accueil/i })[0]!);
      const card = (await screen.findByRole('link', { name: `Dossier ${id.slice(0, 12)}` })).closest('li')!;
      await user.click(within(card).getByRole('button', { name: /^Supprimer/ }));
      await user.click(within(card).getByRole('button', { name: 'Supprimer définitivement' }));
      expect(listDossiers().some((d) => d.id === id)).toBe(false);
    }
  }, 120_000);

  it('lists every other dossier when one holds a wrong date, a wrong type, an unknown key or no JSON at all', async () => {
    writeDossier({ ...completeCantineDossier(), id: 'sain', title: 'Dossier sain' });
    storeCorrupt('date', 'Date abîmée', (d) => (d.updatedAt = 'pas une date'));
    storeCorrupt('type', 'x', (d) => {
      d.title = 42 as unknown as string;
      d.organisation = 'texte' as unknown as Dossier['organisation'];
    });
    storeCorrupt('cle', 'Clé inconnue', (d) => ((d as Dossier & { inconnue: unknown }).inconnue = { a: 1 }));
    writeRaw('tronque', '{"format": "habilitation-impot-particulier/dossier", "title": "Tronq');
    await renderHome();
    for (const title of ['Dossier sain', 'Date abîmée', 'Dossier sans titre', 'Clé inconnue', 'Dossier illisible']) {
      expect(await screen.findByRole('link', { name: title })).toBeInTheDocument();
    }
  });

  it('opens a dossier that does not load on its repair page, where a value is corrected or dropped', async () => {
    storeCorrupt('abime', 'Cantine abîmée', (d) => {
      d.organisation.name = 'N'.repeat(305);
      d.method.campaignStart = '20271-05-15';
    });
    const { user } = await renderHome();
    await user.click(await screen.findByRole('link', { name: 'Cantine abîmée' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ce dossier doit être réparé pour s’ouvrir' })).toBeInTheDocument();
    const name = screen.getByRole('group', { name: /Organisation et parcours ›/ });
    expect(within(name).getByText('300 caractères au plus : 5 de trop.')).toBeInTheDocument();
    await user.clear(within(name).getByRole('textbox'));
    await user.type(within(name).getByRole('textbox'), 'Commune de Saint-Exemple');
    const campaign = screen.getByRole('group', { name: /Méthode de calcul et calendrier ›/ });
    await user.click(within(campaign).getByRole('radio', { name: /Retirer la valeur/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le dossier réparé et l’ouvrir' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeInTheDocument();
    const stored = JSON.parse(localStorage.getItem('habilitation-impot-particulier/dossier/abime')!) as Dossier;
    expect(stored.organisation.name).toBe('Commune de Saint-Exemple');
    expect(stored.method.campaignStart).toBe('');
    expect(stored.method.tranches).toEqual(completeCantineDossier().method.tranches);
  }, 60_000);
});

describe('importing a dossier file with unreadable values', () => {
  it('says why it is refused, and offers to keep it and repair it', async () => {
    const { user } = await renderHome();
    const damaged = {
      ...completeCantineDossier(),
      id: 'importe',
      title: 'Cantine importée',
      useCase: { ...completeCantineDossier().useCase, description: 'D'.repeat(10_001) },
    };
    const file = new File([JSON.stringify(damaged)], 'cantine.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Importer un fichier (.json)'), file);
    expect(await screen.findByText(/Ce dossier est abîmé ou incomplet/)).toBeInTheDocument();
    expect(listDossiers()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Importer quand même, pour réparer les valeurs illisibles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ce dossier doit être réparé pour s’ouvrir' })).toBeInTheDocument();
    expect(screen.getByText('10 000 caractères au plus : 1 de trop.')).toBeInTheDocument();
  }, 30_000);
});
