// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { errorOf, renderStep } from '../../../test/ui/render-app';
import { readRaw } from '../storage';

const stored = () => JSON.parse(readRaw('dossier-cantine')!) as ReturnType<typeof completeCantineDossier>;

describe('a value past its limit, as it is typed', () => {
  it('is named beside the field at once, stays on the page, and never replaces the stored dossier', async () => {
    await renderStep('organisation', completeCantineDossier());
    const name = screen.getByLabelText("Nom de l'organisation");
    // A long paste, as a hurried user makes.
    fireEvent.change(name, { target: { value: 'N'.repeat(312) } });
    expect(await screen.findByText('Dernière modification non enregistrée : un champ est à corriger')).toBeInTheDocument();
    expect(errorOf(name)).toBe('300 caractères au plus : 12 de trop.');
    expect(name).toHaveValue('N'.repeat(312));
    expect(stored().organisation.name).toBe('Commune de Saint-Exemple');

    fireEvent.change(name, { target: { value: 'N'.repeat(300) } });
    expect(await screen.findByText('Enregistré automatiquement dans ce navigateur')).toBeInTheDocument();
    expect(errorOf(name)).toBeNull();
    expect(stored().organisation.name).toBe('N'.repeat(300));
  }, 30_000);

  it('a year still being typed is not stored, and the date typed whole is', async () => {
    await renderStep('methode', completeCantineDossier());
    const start = screen.getByLabelText('Début des inscriptions ou des demandes');
    const before = stored().method.campaignStart;
    for (const partial of ['0002-05-15', '0020-05-15', '0202-05-15']) {
      fireEvent.change(start, { target: { value: partial } });
      expect(stored().method.campaignStart).toBe(before);
    }
    expect(errorOf(start)).toMatch(/^Date incomplète/);
    fireEvent.change(start, { target: { value: '2027-05-15' } });
    expect(stored().method.campaignStart).toBe('2027-05-15');
    expect(errorOf(start)).toBeNull();
  }, 30_000);
});
