// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completeCantineDossier } from '../../../../../test/fixtures/dossiers';
import { emptySection } from '../../../../domain/dossier/new-dossier';
import { SCOPE_GROUPS } from '../../../../domain/catalogue/scopes';
import { errorOf, renderStep, submitAndReadSummary } from '../../../../../test/ui/render-app';

const freshData = () => {
  const d = completeCantineDossier();
  return { ...d, data: emptySection('data'), visitedSteps: [] };
};
/** The step, once every group of data is drawn (the last ones come just after the first). */
async function renderDataStep(dossier: ReturnType<typeof freshData>) {
  const rendered = await renderStep('donnees', dossier);
  await screen.findByRole('group', { name: SCOPE_GROUPS.at(-1)!.label });
  return rendered;
}
const scopeBox = (group: string, label: string | RegExp) => within(screen.getByRole('group', { name: group })).getByLabelText(label);

describe('data step', () => {
  it('ticks exactly the minimum on first opening, each with what it is needed for', async () => {
    await renderDataStep(freshData());
    const ticked = screen.getAllByRole('checkbox', { checked: true }).map((c) => c.getAttribute('value'));
    expect(ticked).toEqual(['dgfip_annee_n_moins_2', 'dgfip_nbpart', 'dgfip_rfr']);
    expect(scopeBox('Agrégats fiscaux', 'Revenu fiscal de référence')).toHaveAccessibleDescription(/Nécessaire pour : calculer le quotient familial/);
  });

  it('asks a justification for a datum beyond the minimum', async () => {
    const { user } = await renderDataStep(freshData());
    await user.click(scopeBox('Situation du foyer fiscal', 'Parent isolé (case T)'));
    const justification = screen.getByLabelText('Pourquoi « Parent isolé (case T) » est-elle strictement nécessaire ?');
    const messages = await submitAndReadSummary(user);
    expect(messages).toEqual([expect.stringContaining('Justifiez « Parent isolé (case T) »')]);
    await user.type(justification, 'La grille prévoit un tarif réduit pour les familles monoparentales.');
    expect(errorOf(justification)).toBeNull();
  });

  it('says what breaks when a needed datum is unticked', async () => {
    const { user } = await renderDataStep(freshData());
    const parts = scopeBox('Situation du foyer fiscal', 'Nombre de parts');
    await user.click(parts);
    await submitAndReadSummary(user);
    expect(errorOf(parts)).toMatch(/^Sans « Nombre de parts », impossible de diviser le revenu/);
  });

  it('shows DataPass’s rules inline and keeps the LEP for banks', async () => {
    const { user } = await renderDataStep(freshData());
    expect(scopeBox('Éligibilité Livret d’Épargne Populaire - établissements bancaires uniquement', 'Indicateur d’éligibilité au LEP')).toBeDisabled();
    const fallback = scopeBox('Années sur lesquelles porte votre demande', /si la dernière année de revenu est indisponible/);
    await user.click(fallback);
    await submitAndReadSummary(user);
    expect(errorOf(fallback)).toContain("L'année « N-1 ou N-2 » ne peut pas être demandée avec l'année N-2");
  });

  it('quotes, beside our message, the sentence DataPass shows for the same rule', async () => {
    const { user } = await renderDataStep(freshData());
    const fallback = scopeBox('Années sur lesquelles porte votre demande', /si la dernière année de revenu est indisponible/);
    await user.click(fallback);
    await submitAndReadSummary(user);
    // In the error block the checkbox is described by: read with it by a screen reader.
    expect(errorOf(fallback)).toContain(
      "DataPass affiche alors : “Les données sont invalides : Vous ne pouvez pas sélectionner la donnée 'Avant-dernière année de revenu, si la dernière année de revenu est indisponible' avec d'autres années de revenus”",
    );
    expect(fallback).toHaveAccessibleDescription(/DataPass affiche alors : “Les données sont invalides : Vous ne pouvez pas sélectionner/);
  });

  it('heads the years with the "no year" rule and DataPass’s wording for it', async () => {
    const { user } = await renderDataStep(freshData());
    const years = screen.getByRole('group', { name: 'Années sur lesquelles porte votre demande' });
    await user.click(scopeBox('Années sur lesquelles porte votre demande', 'Avant-dernière année de revenu (N-2)'));
    await submitAndReadSummary(user);
    expect(errorOf(years)).toBe(
      'Cochez au moins une année de revenus : N-1, N-2, N-3 ou « N-1 ou N-2 ». DataPass affiche alors : “Les données sont invalides : Vous devez cocher au moins une année de revenus souhaitée avant de continuer”',
    );
  });

  it('says the expression de besoin’s file becomes mandatory, in DataPass’s words', async () => {
    const { user } = await renderDataStep(freshData());
    const box = screen.getByLabelText("J'ai une expression de besoin spécifique, déjà partagée avec la DGFiP, à joindre à la demande");
    expect(box).toHaveAccessibleDescription(/DataPass exige le fichier/);
    await user.click(box);
    expect(await screen.findByText(/sans lui, DataPass affiche “Document de l'expression de besoin spécifique doit être rempli\(e\)”/)).toBeInTheDocument();
  });

  it('asks which boxes of the dependants’ detail, and warns about the expression de besoin', async () => {
    const { user } = await renderDataStep(freshData());
    await user.click(scopeBox('Situation du foyer fiscal', /^Détail des personnes à charge et rattachées/));
    const boxes = screen.getByRole('group', { name: 'Cases du détail des personnes à charge dont vous avez besoin' });
    expect(within(boxes).getAllByRole('checkbox')).toHaveLength(7);
    expect(
      screen.getByText(
        /^Conseil de l'outil, que DataPass ne vérifie pas : le « Détail des personnes à charge et rattachées » exige une expression de besoin spécifique/,
      ),
    ).toBeInTheDocument();
    const messages = await submitAndReadSummary(user);
    expect(messages).toContain(
      "Conseil de l'outil, que DataPass ne vérifie pas : choisissez les cases dont vous avez besoin (F, G, H, I, R, J, N) : l'expression de besoin spécifique doit les nommer.",
    );
  });

  it('goes back to exactly the minimum in one click', async () => {
    const { user } = await renderDataStep(freshData());
    await user.click(scopeBox('Adresse', 'Adresse déclarée au 1er Janvier'));
    await user.click(screen.getByRole('button', { name: 'Revenir exactement au minimum' }));
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(3);
  });
});
