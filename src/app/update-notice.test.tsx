// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateNotice } from './update-notice';

describe('the update notice', () => {
  it('offers the new version when one is waiting, and applies it only on request', async () => {
    const updateSW = vi.fn(async () => {});
    let callbacks: { onNeedRefresh: () => void; onOfflineReady: () => void } | undefined;
    const register = async () => (options: typeof callbacks & object) => {
      callbacks = options;
      return updateSW;
    };
    render(<UpdateNotice register={register} />);
    await vi.waitFor(() => expect(callbacks).toBeDefined());
    callbacks!.onOfflineReady();
    expect(await screen.findByText("L'outil est prêt à fonctionner hors connexion.")).toBeInTheDocument();
    callbacks!.onNeedRefresh();
    expect(await screen.findByText(/Une nouvelle version de l'outil est disponible/)).toBeInTheDocument();
    expect(updateSW).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Passer à la nouvelle version' }));
    expect(updateSW).toHaveBeenCalledWith(true);
  });
});
