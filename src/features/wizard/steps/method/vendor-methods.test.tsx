// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { dossierFromModel, modelFromDossier } from '../../../../domain/vendor';
import { readRaw } from '../../../storage';
import type { Dossier } from '../../../../domain/dossier/model';
import { renderStep } from '../../../../../test/ui/render-app';

const cantine = completeCantineDossier();
const vendor = dossierFromModel(
  modelFromDossier(cantine, {
    vendorName: 'Logiciels Famille SA',
    methods: [{ id: 'tranches-qf', scopes: ['dgfip_nbpart', 'dgfip_rfr', 'dgfip_sitfam'] }],
    now: new Date('2026-11-20T09:00:00Z'),
  }),
  { id: 'x', now: new Date('2026-11-20T09:00:00Z') },
).vendor;

describe('the methods and data of a vendor’s model, on the method and data steps', () => {
  it('names the methods the vendor’s software supports, and warns of one it does not', async () => {
    const { user } = await renderStep('methode', { ...cantine, vendor });
    expect(screen.getByLabelText("Tranches de quotient familial (habituelle pour ce cas d'usage, prise en charge par votre éditeur)")).toBeChecked();
    expect(screen.queryByText(/ne cite pas cette méthode/)).toBeNull();
    await user.click(screen.getByLabelText('Quotient familial fiscal (revenu ÷ parts)', { exact: false }));
    expect(await screen.findByText(/Le modèle de Logiciels Famille SA ne cite pas cette méthode/)).toBeInTheDocument();
  });

  it('ticks, the first time the data step opens, the data the software needs for the chosen method beyond the minimum', async () => {
    const fresh: Dossier = { ...cantine, vendor, data: { ...cantine.data, initialised: false, scopes: [] } };
    await renderStep('donnees', fresh);
    expect(await screen.findByText(/indique que son logiciel a besoin, pour votre méthode de calcul/)).toBeInTheDocument();
    const stored = JSON.parse(readRaw(fresh.id)!) as Dossier;
    expect(stored.data.scopes).toEqual(expect.arrayContaining(['dgfip_nbpart', 'dgfip_rfr', 'dgfip_sitfam']));
  });
});
