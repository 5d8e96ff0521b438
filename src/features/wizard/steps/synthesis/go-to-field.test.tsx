// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { renderStep } from '../../../../../test/ui/render-app';
import { focusFieldOnArrival } from '../../pending-focus';

/** The synthesis's links land on the field to change, each datum of the data step included. */
describe('links to a field', () => {
  it('"Modifier" on a datum lands on its checkbox, drawn after the page’s first groups', async () => {
    const { user } = await renderStep('synthese', completeCantineDossier());
    await user.click(screen.getByRole('link', { name: /^Modifier ?: Revenu fiscal de référence$/ }));
    const box = await screen.findByRole('checkbox', { name: 'Revenu fiscal de référence' });
    await waitFor(() => expect(box).toHaveFocus());
  });

  it('"Modifier" on a justified datum lands on its checkbox, its justification just below', async () => {
    const d = completeCantineDossier();
    const data = {
      ...d.data,
      scopes: [...d.data.scopes, 'dgfip_pariso' as const],
      justifications: { dgfip_pariso: 'La grille prévoit un tarif réduit pour les familles monoparentales.' },
    };
    const { user } = await renderStep('synthese', { ...d, data });
    await user.click(screen.getByRole('link', { name: /^Modifier ?: Parent isolé \(case T\)$/ }));
    const box = await screen.findByRole('checkbox', { name: 'Parent isolé (case T)' });
    await waitFor(() => expect(box).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Pourquoi « Parent isolé (case T) » est-elle strictement nécessaire ?' })).toBeInTheDocument();
  });

  it('lands on the heading, not at the top of the page, when the field is not on the step', async () => {
    focusFieldOnArrival('organisation', 'champ-inconnu');
    await renderStep('organisation', completeCantineDossier());
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Organisation et parcours' })).toHaveFocus(), { timeout: 5000 });
  });

  it('forgets a request for another step', async () => {
    focusFieldOnArrival('personnes', 'champ-dpd-email');
    await renderStep('organisation', completeCantineDossier());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement?.id ?? '').not.toBe('champ-dpd-email');
  });
});
