import { useEffect, useState } from 'react';

/**
 * Registers the service worker that keeps the app usable offline, and tells the user when a
 * newer version has been downloaded: it is applied only when they choose to, since reloading
 * in the middle of typing is never welcome (though nothing typed would be lost).
 */
type RegisterSW = (options: { onNeedRefresh: () => void; onOfflineReady: () => void }) => (reload?: boolean) => Promise<void>;

/** The real registration, loaded after the first page, which does not need it to work. */
async function registerServiceWorker(): Promise<RegisterSW | null> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return null;
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
