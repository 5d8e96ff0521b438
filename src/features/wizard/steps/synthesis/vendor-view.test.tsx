// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { dossierFromModel, modelFromDossier } from '../../../../domain/vendor';
import type { Dossier } from '../../../../domain/dossier/model';
import { renderStep } from '../../../../../test/ui/render-app';

const cantine = completeCantineDossier();
const model = modelFromDossier(cantine, {
  vendorName: 'Logiciels Famille SA',
  methods: [{ id: 'tranches-qf', scopes: ['dgfip_nbpart', 'dgfip_rfr'] }],
  securityDocuments: ['Homologation de la plateforme (2026)'],
  now: new Date('2026-11-20T09:00:00Z'),
});
/** The collectivité's own answers are the cantine's; the vendor's come from the model. */
const fromModel = (): Dossier => ({ ...cantine, id: 'depuis-modele', vendor: dossierFromModel(model, { id: 'x', now: new Date() }).vendor });

describe('the synthesis of a dossier started from its vendor’s model', () => {
  it('lists each vendor answer changed, with the vendor’s value and the dossier’s, and a link to the field', async () => {
    const d = fromModel();
    const { user } = await renderStep('synthese', {
      ...d,
      security: {
        ...d.security,
        callsPerMinute: '200',
        volumetryJustification: "Pics d'inscription à la rentrée scolaire : toutes les familles de la commune s'inscrivent en deux semaines.",
      },
    });
    const section = screen.getByRole('region', { name: 'Le modèle de votre éditeur' });
    expect(within(section).getByText(/exporté le 20 novembre 2026/)).toBeInTheDocument();
    expect(within(section).getByText('Vous avez modifié une réponse fournie par votre éditeur.', { exact: false })).toBeInTheDocument();
    const row = within(section).getByText("Nombre maximal d'appels par minute").closest('.answers-row') as HTMLElement;
    expect(row).toHaveTextContent('Fourni par votre éditeur : 50 appels par minute');
    expect(row).toHaveTextContent('Dans votre dossier : 200 appels par minute');
    expect(within(section).getByRole('listitem')).toHaveTextContent('Homologation de la plateforme (2026)');
    // Information for the vendor, not an obstacle: the dossier stays ready.
    expect(screen.getByText('Votre dossier est prêt')).toBeInTheDocument();
    await user.click(within(row).getByRole('link', { name: /Modifier/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sécurité et volumétrie' })).toBeInTheDocument();
  });

  it('for a method the software does not list, says what the software supports, not what the vendor "provided"', async () => {
    const d = fromModel();
    await renderStep('synthese', { ...d, method: { ...d.method, id: 'qf-fiscal' } });
    const row = within(screen.getByRole('region', { name: 'Le modèle de votre éditeur' }))
      .getByText("Comment le tarif ou l'éligibilité est-il déterminé ?")
      .closest('.answers-row') as HTMLElement;
    expect(row).toHaveTextContent('Méthodes prises en charge par le logiciel de votre éditeur : Tranches de quotient familial');
    expect(row).toHaveTextContent('Dans votre dossier : Quotient familial fiscal');
    expect(row).not.toHaveTextContent('Fourni par votre éditeur');
  });

  it('says the day the vendor exported its model as it was in France, even just after midnight', async () => {
    // 00:20 in Paris on 3 December: still 2 December in UTC.
    vi.setSystemTime(new Date('2026-12-03T00:20:00+01:00'));
    const exported = modelFromDossier(cantine, { vendorName: 'Logiciels Famille SA', methods: model.methods, now: new Date() });
    await renderStep('synthese', { ...cantine, id: 'minuit', vendor: dossierFromModel(exported, { id: 'x', now: new Date() }).vendor });
    expect(within(screen.getByRole('region', { name: 'Le modèle de votre éditeur' })).getByText(/exporté le 3 décembre 2026\./)).toBeInTheDocument();
  });

  it('says when nothing was changed, and is absent for a dossier started blank', async () => {
    const { unmount } = await renderStep('synthese', fromModel());
    expect(screen.getByText("Aucune des réponses fournies par votre éditeur n'a été modifiée.")).toBeInTheDocument();
    unmount();
    await renderStep('synthese', cantine);
    expect(screen.queryByRole('region', { name: 'Le modèle de votre éditeur' })).toBeNull();
  });
});
