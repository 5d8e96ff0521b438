// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCOPE_GROUPS } from '../domain/catalogue/scopes';
import { newDossier } from '../domain/dossier/new-dossier';
import { readDossierText } from '../domain/dossier/read-dossier';
import { STEPS, type StepId } from '../domain/steps';
import { renderStep } from '../../test/ui/render-app';

/**
 * Ids are unique on every page, and every id a field points to for its description exists: a
 * duplicated hint id made a screen reader read the question's hint ("DataPass appelle cela la
 * modalité d'accès") as the help of its first choice.
 */
function duplicateIds(): string[] {
  const counts = new Map<string, number>();
  for (const element of document.querySelectorAll('[id]')) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
}

function danglingReferences(): string[] {
  return [...document.querySelectorAll('[aria-describedby], [aria-labelledby], label[for]')].flatMap((element) =>
    [element.getAttribute('aria-describedby'), element.getAttribute('aria-labelledby'), element.getAttribute('for')]
      .flatMap((ids) => (ids ?? '').split(' '))
      .filter((id) => id !== '' && !document.getElementById(id)),
  );
}

const read = readDossierText(readFileSync(join(process.cwd(), 'examples', 'cantine-commune-tranches-qf.json'), 'utf8'));
if (!read.ok) throw new Error(read.message);
const cantine = read.dossier;

async function expectUniqueIds(step: StepId, dossier: typeof cantine, withErrors: boolean) {
  const { user } = await renderStep(step, dossier);
  if (step === 'donnees') await screen.findByRole('group', { name: SCOPE_GROUPS.at(-1)!.label });
  const next = screen.queryByRole('button', { name: /^Continuer/ });
  if (withErrors && next) {
    await user.click(next);
    await screen.findByRole('alert');
  }
  expect(duplicateIds(), `${step}${withErrors ? ' avec erreurs' : ''}`).toEqual([]);
  expect(danglingReferences(), `${step}${withErrors ? ' avec erreurs' : ''}`).toEqual([]);
  cleanup();
  localStorage.clear();
}

describe('unique ids', () => {
  it('gives a choice its own help, not its question’s', async () => {
    await renderStep('organisation', cantine);
    const franceConnect = screen.getByRole('radio', { name: 'Avec FranceConnect' });
    expect(franceConnect).toHaveAccessibleDescription(/^L'usager se connecte avec FranceConnect/);
    expect(screen.getByRole('group', { name: 'Comment les usagers seront-ils identifiés ?' })).toHaveAccessibleDescription(
      "DataPass appelle cela la modalité d'accès.",
    );
  });

  it.each(STEPS.map((s) => s.id))('%s of the cantine example', async (step) => {
    await expectUniqueIds(step, cantine, false);
  });

  it.each(STEPS.filter((s) => s.section).map((s) => s.id))('%s of an empty dossier, with its errors', async (step) => {
    const empty = newDossier('vide', 'Dossier vide');
    // A production request on FranceConnect: every conditional question of every step shows.
    await expectUniqueIds(step, { ...empty, organisation: { ...empty.organisation, software: 'editeur-valide', accessMode: 'france-connect' } }, true);
  });
});
