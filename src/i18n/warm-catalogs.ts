// French and Arabic messages are not in the service worker's precache (every English
// reader would download them); the worker keeps them once fetched (vite.config.ts,
// runtimeCaching "catalogs"). So that every view then works offline in the reader's
// language, a page in French or Arabic fetches all of that language's areas once the
// worker controls it, and fetches again, through the worker, the ones loaded before.
import { loadAllAreas } from './i18n';
import type { Locale } from './locales';

export async function warmCatalogs(locale: Locale, nav: Navigator = navigator): Promise<void> {
  const sw = nav.serviceWorker as ServiceWorkerContainer | undefined;
  if (sw && !sw.controller) {
    await new Promise<void>((resolve) => sw.addEventListener('controllerchange', () => resolve(), { once: true }));
  }
  await loadAllAreas(locale);
  if (!sw) return;
  const loadedEarlier = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/assets\/i18n-(fr|ar)-/.test(url));
  await Promise.all(loadedEarlier.map((url) => fetch(url).catch(() => undefined)));
}
