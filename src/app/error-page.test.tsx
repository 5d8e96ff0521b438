// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import { completeCantineDossier } from '../../test/fixtures/dossiers';
import { writeDossier } from '../features/storage/local-store';
import { createAppRouter } from './router';

// A page that breaks while it is drawn, whatever the cause: here the synthesis's summary.
vi.mock('../domain/summary', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../domain/summary')>()),
  summariseDossier: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'trim')");
  },
}));

const open = (path: string) => render(<RouterProvider router={createAppRouter(createMemoryHistory({ initialEntries: [path] }))} />);

describe('when a page breaks', () => {
  it('says so in French, offers the dossier as stored and the way home, never the router’s English page', async () => {
    writeDossier(completeCantineDossier());
    open('/dossiers/dossier-cantine/synthese');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cette page n’a pas pu s’afficher' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exporter ce dossier tel quel (.json)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Revenir à l’accueil' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Something went wrong/i);
  }, 30_000);

  it('an address that leads nowhere gets the French "not found" page', async () => {
    open('/nulle-part/ici');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
  }, 30_000);
});
