import { useEffect, useState } from 'react';

/**
 * Registers the service worker that keeps the app usable offline, and tells the user when a
 * newer version has been downloaded: it is applied only when they choose to, since reloading
 * in the middle of typing is never welcome (though nothing typed would be lost).
 */
type RegisterSW = (options: { onNeedRefresh: () => void; onOfflineReady: () => void }) => (reload?: boolean) => Promise<void>;

/** Resolves once the page has loaded and the browser is idle. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 10_000 }) : setTimeout(resolve, 3_000));
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
}

/**
 * The real registration, once the first page is loaded and the browser idle: downloading the
 * whole app for offline use must not compete with the first screen on a slow network.
 */
async function registerServiceWorker(): Promise<RegisterSW | null> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return null;
  await whenIdle();
  return (await import('virtual:pwa-register')).registerSW;
}

export function UpdateNotice({ register = registerServiceWorker }: { register?: () => Promise<RegisterSW | null> }) {
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);

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

  if (update) {
    return (
      <div className="update-notice" role="status">
        <p>Une nouvelle version de l'outil est disponible. Vos dossiers sont conservés.</p>
        <button type="button" className="button button--primary button--small" onClick={() => void update(true)}>
          Passer à la nouvelle version
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="update-notice" role="status">
        <p>L'outil est prêt à fonctionner hors connexion.</p>
        <button type="button" className="button button--secondary button--small" onClick={() => setOfflineReady(false)}>
          Fermer<span className="visually-hidden"> ce message</span>
        </button>
      </div>
    );
  }
  return null;
}
