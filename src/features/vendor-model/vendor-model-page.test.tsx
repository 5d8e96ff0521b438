// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import { createAppRouter } from '../../app/router';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { readVendorModel } from '../../domain/vendor';
import { downloadFile, writeDossier } from '../storage';

vi.mock('../storage', async (importOriginal) => ({ ...(await importOriginal<typeof import('../storage')>()), downloadFile: vi.fn() }));

const downloads = () => vi.mocked(downloadFile).mock.calls;

async function renderVendorPage() {
  const router = createAppRouter(createMemoryHistory({ initialEntries: ['/editeur'] }));
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1, name: 'Espace éditeur : le modèle de vos collectivités' });
  return { user };
}

beforeEach(() => vi.mocked(downloadFile).mockClear());

describe('the vendor’s space', () => {
  it('exports the model of a chosen dossier, with the methods ticked and their data, the vendor’s name and its security documents', async () => {
    const cantine = completeCantineDossier();
    writeDossier(cantine);
    const { user } = await renderVendorPage();
    await user.selectOptions(screen.getByLabelText('Le dossier où vous avez rempli vos réponses'), cantine.id);

    const preview = screen.getByRole('region', { name: 'Ce que votre modèle fournira à chaque collectivité' });
    expect(within(preview).getByText('Responsable technique › Adresse e-mail').nextElementSibling).toHaveTextContent(cantine.people.contactTechnique.email);
    expect(screen.getByLabelText('Nom de votre société (éditeur)')).toHaveValue('Logiciels Famille SA');
    // The dossier's own method comes ticked, with the data it needs.
    expect(screen.getByLabelText('Tranches de quotient familial')).toBeChecked();
    await user.click(screen.getByLabelText("Taux d'effort / taux de participation individualisé (TPI)"));
    const effort = screen.getByRole('group', { name: /Données dont votre logiciel a besoin pour « Taux d'effort/ });
    expect(within(effort).getByLabelText('Revenu fiscal de référence')).toBeChecked();
    await user.click(within(effort).getByText(/D'autres données/));
    await user.click(within(effort).getByLabelText(/Situation de famille/));
    await user.type(screen.getByLabelText('Documents de sécurité de votre hébergement (facultatif)'), 'Homologation de la plateforme{Enter}{Enter}PSSI 2026');
    await user.click(screen.getByRole('button', { name: 'Télécharger le modèle (.json)' }));

    expect(downloads()).toHaveLength(1);
    const [filename, content] = downloads()[0]!;
    expect(filename).toBe('modele-editeur-logiciels-famille-sa.json');
    const read = readVendorModel(content as string);
    if (!read.ok) throw new Error(read.message);
    expect(read.model.methods).toEqual([
      { id: 'tranches-qf', scopes: ['dgfip_nbpart', 'dgfip_rfr'] },
      { id: 'taux-effort', scopes: expect.arrayContaining(['dgfip_nbpart', 'dgfip_rfr', 'dgfip_sitfam']) as string[] },
    ]);
    expect(read.model.securityDocuments).toEqual(['Homologation de la plateforme', 'PSSI 2026']);
    expect(read.model.provided.people.contactTechnique?.email).toBe(cantine.people.contactTechnique.email);
    expect(screen.getByText(/Votre modèle est téléchargé/)).toBeInTheDocument();
  });

  it('downloads nothing without a name or a method, and says so beside each field', async () => {
    writeDossier(completeCantineDossier());
    const { user } = await renderVendorPage();
    await user.selectOptions(screen.getByLabelText('Le dossier où vous avez rempli vos réponses'), 'dossier-cantine');
    await user.clear(screen.getByLabelText('Nom de votre société (éditeur)'));
    await user.click(screen.getByLabelText('Tranches de quotient familial'));
    await user.click(screen.getByRole('button', { name: 'Télécharger le modèle (.json)' }));
    expect(downloads()).toHaveLength(0);
    expect(screen.getByLabelText('Nom de votre société (éditeur)')).toHaveAccessibleDescription(/Le nom de l'éditeur manque\./);
    expect(screen.getByRole('group', { name: 'Méthodes de calcul que votre logiciel sait appliquer' })).toHaveAccessibleDescription(
      /Cochez au moins une méthode de calcul/,
    );
  });

  it('with no dossier yet, says how to begin; and leads to the batch of collectivités', async () => {
    await renderVendorPage();
    expect(screen.getByText(/Aucun dossier dans ce navigateur/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Préparer un lot de collectivités' })).toHaveAttribute('href', '/editeur/lot');
  });
});
