import { useEffect, useState } from 'react';
import { whenIdle } from './when-idle';

/**
 * Registers the service worker that keeps the app usable offline, and tells the user when a
 * newer version has been downloaded: it is applied only when they choose to, since reloading
 * in the middle of typing is never welcome (though nothing typed would be lost).
 */
type RegisterSW = (options: { onNeedRefresh: () => void; onOfflineReady: () => void }) => (reload?: boolean) => Promise<void>;

/**
 * The real registration, once the first page is loaded and the browser idle: downloading the
 * whole app for offline use must not compete with the first screen on a slow network.
 */
async function registerServiceWorker(): Promise<RegisterSW | null> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return null;
  await whenIdle();
  return (await import('virtual:pwa-register')).registerSW;
}

/** How long the "ready offline" news stays: long enough to read, paused while pointed at or focused. */
export const OFFLINE_NOTICE_MS = 20_000;

/**
 * The news takes its place in the page, under the header, instead of floating over it: on a
 * phone a floating box covered the step's main button. Its live region is always there, empty
 * when there is nothing to say, so that screen readers hear the message when it arrives (a live
 * region inserted with its text already in it is often not read).
 */
export function UpdateNotice({
  register = registerServiceWorker,
  offlineNoticeMs = OFFLINE_NOTICE_MS,
}: {
  register?: () => Promise<RegisterSW | null>;
  offlineNoticeMs?: number;
}) {
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void register().then((registerSW) => {
      if (cancelled || !registerSW) return;
      const updateSW = registerSW({
        onNeedRefresh: () => setUpdate(() => updateSW),
        onOfflineReady: () => setOfflineReady(true),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [register]);

  // "Ready offline" asks nothing of the user, so it leaves on its own, but never while someone
  // is reading it with the pointer or is on its button. A new version waits for the user's choice.
  const leaving = offlineReady && !update && !hovered && !focused;
  useEffect(() => {
    if (!leaving) return;
    const timer = setTimeout(() => setOfflineReady(false), offlineNoticeMs);
    return () => clearTimeout(timer);
  }, [leaving, offlineNoticeMs]);

  const shown = update ? 'update' : offlineReady ? 'offline' : null;
  return (
    <div
      className={shown ? 'update-notice' : undefined}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      {/* A status region (polite and atomic, as role="status" would be) without the role: pages
          keep their own role="status" for their own news, and tests find theirs alone. */}
      <p className="update-notice-message" aria-live="polite" aria-atomic="true">
        {shown === 'update'
          ? "Une nouvelle version de l'outil est disponible. Vos dossiers sont conservés."
          : shown === 'offline'
            ? "L'outil est prêt à fonctionner hors connexion."
            : ''}
      </p>
      {shown === 'update' && update && (
        <button type="button" className="button button--primary button--small" onClick={() => void update(true)}>
          Passer à la nouvelle version
        </button>
      )}
      {shown === 'offline' && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setOfflineReady(false);
            setFocused(false);
            // The button goes away with the message: the reader carries on from the page's content,
            // where it is, without a jump.
            document.getElementById('contenu')?.focus({ preventScroll: true });
          }}
        >
          Fermer<span className="visually-hidden"> ce message</span>
        </button>
      )}
    </div>
  );
}
