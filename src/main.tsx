import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { takeOverPrerendered } from './app/prerender-takeover';
import { applyStoredTheme } from './app/theme';
import { activateLocale } from './i18n/i18n';
import { localeFromPath } from './i18n/locales';
import { rememberedLocale, rememberedRedirect } from './i18n/remembered';
import { LocaleContext } from './i18n/use-t';
import './app/styles.css';

applyStoredTheme();
const redirect = rememberedRedirect(location.pathname, location.search, location.hash, rememberedLocale());
if (redirect) location.replace(redirect);
else void start();

async function start() {
  const locale = localeFromPath(location.pathname);
  // English is already active; French and Arabic wait for their catalog (one small chunk).
  await activateLocale(locale);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html lacks #root');
  const root = createRoot(takeOverPrerendered(container));
  const app = (
    <StrictMode>
      <LocaleContext.Provider value={locale}>
        <App locale={locale} />
      </LocaleContext.Provider>
    </StrictMode>
  );
  // Behind a static first screen the live view renders off the page, so nothing waits on it:
  // render it as a transition, which React splits into short tasks that leave the page responsive.
  if (document.querySelector('[data-prerendered]')) startTransition(() => root.render(app));
  else root.render(app);

  // A French or Arabic reader's every view works offline once the page has been opened (src/i18n/warm-catalogs.ts).
  if (locale !== 'en') void import('./i18n/warm-catalogs').then(({ warmCatalogs }) => warmCatalogs(locale)).catch(() => undefined);

  // workbox-window is not needed for the first paint: fetched after it, in its own chunk.
  void import('./app/pwa/register-service-worker').then(({ registerServiceWorker }) => registerServiceWorker());
}
