import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import { createAppRouter } from '../../src/app/router';
import type { Dossier } from '../../src/domain/dossier/model';
import { writeDossier } from '../../src/features/storage/local-store';
import { stepById, type StepId } from '../../src/domain/steps';

/**
 * Renders the real app (routes, storage, steps) at one step of a stored dossier, the way a
 * user arriving there would see it.
 */
export async function renderStep(step: StepId, dossier: Dossier) {
  writeDossier(dossier);
  const router = createAppRouter(createMemoryHistory({ initialEntries: [`/dossiers/${encodeURIComponent(dossier.id)}/${step}`] }));
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1, name: stepById(step).title });
  return { user, router, ...view };
}

export async function renderHome() {
  const router = createAppRouter(createMemoryHistory({ initialEntries: ['/'] }));
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1 });
  return { user, router, ...view };
}

/** Clicks "Continuer" and returns the error summary's messages. */
export async function submitAndReadSummary(user: ReturnType<typeof userEvent.setup>): Promise<string[]> {
  await user.click(screen.getByRole('button', { name: /^Continuer/ }));
  const summary = await screen.findByRole('alert');
  return [...summary.querySelectorAll('li')].map((li) => li.textContent);
}

/** The error message tied to a field by aria-describedby. */
export function errorOf(field: HTMLElement): string | null {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-erreur'));
  return ids.map((id) => document.getElementById(id)?.textContent.replace(/^Erreur : /, '') ?? '').join(' ') || null;
}
