import { Workbox } from 'workbox-window';
import { updateStore, type UpdateStore } from './update-store';

/** Long-open tabs (a dashboard on a second screen) still hear of new versions and bundles. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the generated service worker (production builds only) and turns
 * a waiting new version into an offer in the update store. Nothing reloads
 * until the reader accepts; then the new worker takes over and the same URL,
 * which holds the view state, is reloaded.
 */
export function registerServiceWorker({
  store = updateStore,
  reload = () => window.location.reload(),
}: { store?: UpdateStore; reload?: () => void } = {}): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  let registration: ServiceWorkerRegistration | undefined;

  const activateWaiting = () => {
    // Another tab may have activated it already: then only this page is old.
    if (!registration?.waiting) {
      reload();
      return;
    }
    wb.addEventListener('controlling', reload);
    wb.messageSkipWaiting();
  };
  wb.addEventListener('waiting', () => store.offer(activateWaiting));

  const checkForUpdate = () => {
    if (navigator.onLine && document.visibilityState === 'visible')
      void registration?.update().catch(() => {});
  };
  void wb
    .register()
    .then((reg) => {
      registration = reg;
      window.setInterval(checkForUpdate, UPDATE_CHECK_MS);
      window.addEventListener('online', checkForUpdate);
    })
    // Private windows and some browsers refuse workers; the app still works online.
    .catch((error: unknown) =>
      console.warn('Service worker not registered: offline use is unavailable.', error),
    );
}
