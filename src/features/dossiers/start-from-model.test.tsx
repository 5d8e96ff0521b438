// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { modelFromDossier, serializeVendorModel } from '../../domain/vendor';
import { listDossiers, readRaw, writeDossier } from '../storage';
import { renderHome } from '../../../test/ui/render-app';

const model = modelFromDossier(completeCantineDossier(), {
  vendorName: 'Logiciels Famille SA',
  methods: [{ id: 'tranches-qf', scopes: ['dgfip_nbpart', 'dgfip_rfr'] }],
  now: new Date('2026-11-20T09:00:00Z'),
});
const file = (text: string, name = 'modele.json') => new File([text], name, { type: 'application/json' });
const LABEL = 'Commencer à partir du modèle de votre éditeur (.json)';

describe('starting a dossier from the vendor’s model, on the home page', () => {
  it('creates the dossier with the vendor’s answers and opens its first step, the software marked as the vendor’s', async () => {
    const { user } = await renderHome();
    await user.upload(screen.getByLabelText(LABEL), file(serializeVendorModel(model)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeInTheDocument();
    const [entry] = listDossiers();
    expect(listDossiers()).toHaveLength(1);
    const stored = JSON.parse(readRaw(entry!.id)!) as { vendor: { vendorName: string }; organisation: { software: string } };
    expect(stored.vendor.vendorName).toBe('Logiciels Famille SA');
    expect(stored.organisation.software).toBe('editeur-valide');
    const software = screen.getByRole('group', { name: "Qui développe le logiciel qui appellera l'API ?" });
    expect(software).toHaveAccessibleDescription(/Fourni par votre éditeur/);
  });

  it('refuses a bad file with a French message beside the control, and changes nothing', async () => {
    writeDossier(completeCantineDossier());
    const before = readRaw('dossier-cantine');
    const { user } = await renderHome();
    const input = screen.getByLabelText(LABEL);
    await user.upload(input, file('{ pas du json'));
    expect(await screen.findByRole('alert')).toHaveTextContent("Ce fichier n'est pas un modèle d'éditeur : son contenu n'est pas du JSON lisible.");
    expect(input).toHaveAccessibleDescription(/n'est pas du JSON lisible/);
    await user.upload(input, file(JSON.stringify(completeCantineDossier())));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce fichier est un dossier, pas un modèle');
    expect(listDossiers()).toHaveLength(1);
    expect(readRaw('dossier-cantine')).toBe(before);
  });

  it('the dossier import, given a model, says where it goes', async () => {
    const { user } = await renderHome();
    await user.upload(screen.getByLabelText('Importer un fichier (.json)'), file(serializeVendorModel(model)));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce fichier est le modèle de votre éditeur, pas un dossier');
    expect(listDossiers()).toHaveLength(0);
  });
});
