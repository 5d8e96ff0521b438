// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { DossierProvider, useDossier } from './dossier-context';
import { ChangedElsewhereWarning } from './changed-elsewhere-warning';
import { KEY_PREFIX, readRaw, writeDossier } from './local-store';
import type { Dossier } from '../../domain/dossier/model';

function TitleEditor() {
  const { dossier, update } = useDossier();
  return <input aria-label="Titre" value={dossier.title} onChange={(e) => update((d) => ({ ...d, title: e.target.value }))} />;
}

function setUp() {
  const dossier = completeCantineDossier();
  writeDossier(dossier);
  render(
    <DossierProvider initial={dossier}>
      <ChangedElsewhereWarning onExport={() => {}} />
      <TitleEditor />
    </DossierProvider>,
  );
  return dossier;
}

/** What the browser sends this page when another tab writes the dossier. */
function saveFromAnotherTab(id: string, text: string) {
  const key = KEY_PREFIX + id;
  const oldValue = localStorage.getItem(key);
  localStorage.setItem(key, text);
  act(() => void window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: text })));
}

async function typeTitle(title: string) {
  const user = userEvent.setup();
  await user.clear(screen.getByLabelText('Titre'));
  await user.type(screen.getByLabelText('Titre'), title);
}

describe('a dossier open in two tabs', () => {
  it('saves every change while no other tab has written', async () => {
    const dossier = setUp();
    await typeTitle('Cantine 2027');
    expect((JSON.parse(readRaw(dossier.id)!) as Dossier).title).toBe('Cantine 2027');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stops saving once another tab has saved, says so, and keeps what was typed on the page', async () => {
    const dossier = setUp();
    const elsewhere = JSON.stringify({ ...dossier, title: "Saisi dans l'autre onglet" });
    saveFromAnotherTab(dossier.id, elsewhere);
    expect(screen.getByRole('alert')).toHaveTextContent("Ce dossier vient d'être modifié dans un autre onglet ou une autre fenêtre");

    await typeTitle('Saisi ici');
    expect(screen.getByLabelText('Titre')).toHaveValue('Saisi ici');
    expect(readRaw(dossier.id)).toBe(elsewhere);
  });

  it('ignores writes to other dossiers', () => {
    const dossier = setUp();
    saveFromAnotherTab('un-autre-dossier', JSON.stringify({ ...dossier, id: 'un-autre-dossier' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
