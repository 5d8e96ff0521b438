// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateNotice } from './update-notice';

type Callbacks = { onNeedRefresh: () => void; onOfflineReady: () => void };

/** A fake registration that hands the test the service worker's callbacks. */
function fakeRegister(updateSW = vi.fn(async () => {})) {
  const seen: { callbacks?: Callbacks } = {};
  const register = () =>
    Promise.resolve((options: Callbacks) => {
      seen.callbacks = options;
      return updateSW;
    });
  return { register, seen, updateSW };
}

/** The notice's live region, there even when empty. */
const region = () => document.querySelector('.update-notice-message')!;

afterEach(() => {
  vi.useRealTimers();
});

describe('the update notice', () => {
  it('offers the new version when one is waiting, and applies it only on request', async () => {
    const { register, seen, updateSW } = fakeRegister();
    render(<UpdateNotice register={register} />);
    await vi.waitFor(() => expect(seen.callbacks).toBeDefined());
    seen.callbacks!.onOfflineReady();
    expect(await screen.findByText("L'outil est prêt à fonctionner hors connexion.")).toBeInTheDocument();
    seen.callbacks!.onNeedRefresh();
    expect(await screen.findByText(/Une nouvelle version de l'outil est disponible/)).toBeInTheDocument();
    expect(updateSW).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Passer à la nouvelle version' }));
    expect(updateSW).toHaveBeenCalledWith(true);
  });

  it('speaks through a live region that is there before the message arrives', async () => {
    const { register, seen } = fakeRegister();
    render(<UpdateNotice register={register} />);
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live).toHaveAttribute('aria-atomic', 'true');
    expect(live).toBeEmptyDOMElement();
    await vi.waitFor(() => expect(seen.callbacks).toBeDefined());
    act(() => seen.callbacks!.onOfflineReady());
    expect(live).toHaveTextContent("L'outil est prêt à fonctionner hors connexion.");
  });

  it('lets "ready offline" leave on its own, but not while the pointer or the focus is on it', async () => {
    const { register, seen } = fakeRegister();
    render(<UpdateNotice register={register} offlineNoticeMs={1_000} />);
    await vi.waitFor(() => expect(seen.callbacks).toBeDefined());
    vi.useFakeTimers();
    act(() => seen.callbacks!.onOfflineReady());
    const close = screen.getByRole('button', { name: /^Fermer/ });
    const box = close.parentElement!;

    fireEvent.mouseEnter(box);
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(region()).toHaveTextContent('prêt à fonctionner hors connexion');
    fireEvent.mouseLeave(box);
    act(() => close.focus());
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(region()).toHaveTextContent('prêt à fonctionner hors connexion');

    act(() => close.blur());
    act(() => {
      vi.advanceTimersByTime(999);
    });
    expect(region()).toHaveTextContent('prêt à fonctionner hors connexion');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(region()).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('keeps a waiting new version until the user chooses', async () => {
    const { register, seen } = fakeRegister();
    render(<UpdateNotice register={register} offlineNoticeMs={1_000} />);
    await vi.waitFor(() => expect(seen.callbacks).toBeDefined());
    vi.useFakeTimers();
    act(() => seen.callbacks!.onNeedRefresh());
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('button', { name: 'Passer à la nouvelle version' })).toBeInTheDocument();
  });
});
