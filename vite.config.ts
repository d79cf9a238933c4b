/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { LOCAL_PREVIEW_HEADERS } from './security-headers.ts';
import { prerender } from './scripts/prerender.mjs';
import { compileCatalogs } from './scripts/vite-plugin-catalogs.ts';

/** The chunks of PowerPoint export's libraries (file-name prefixes in assets/). */
const PPTX_CHUNKS = ['pptxgen.es', 'jszip.min'];

const APP_NAME = 'Morocco & ISIS: foreign fighters and counter-terrorism';
// The header colour of each theme (styles.css --header-bg), so the browser's
// title bar continues the header instead of cutting across it.
const THEME_LIGHT = '#0b3d5c';
const THEME_DARK = '#0d2535';

/** theme-color per colour scheme and the iOS home-screen icon, which the manifest cannot express. */
function pwaHeadTags(): Plugin {
  return {
    name: 'pwa-head-tags',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: THEME_LIGHT },
      },
      {
        tag: 'meta',
        attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: THEME_DARK },
      },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon-180.png' } },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    // ICU catalogs compiled at build: the app ships Lingui's interpolator, not a parser.
    compileCatalogs(),
    pwaHeadTags(),
    // Static HTML for each main route, written before the PWA plugin lists the precache.
    prerender(),
    VitePWA({
      strategies: 'generateSW',
      // A new version waits until the reader accepts it (src/app/pwa/update-prompt.tsx):
      // the view state lives in the URL, but a silent reload would still lose scroll and focus.
      registerType: 'prompt',
      // src/app/pwa/register-service-worker.ts registers with workbox-window itself.
      injectRegister: false,
      // In `vite` dev a service worker would serve stale modules; only builds get one.
      devOptions: { enabled: false },
      // globPatterns below already lists every public file; these would only duplicate entries.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        name: APP_NAME,
        short_name: 'Morocco & ISIS',
        description:
          'Cited analyst dashboard on Moroccan ISIS foreign fighters, terrorist-cell dismantlings since 2014 and counter-terrorism measures. Works offline once installed.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_LIGHT,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole app offline: shell, every route's lazy chunk, icons and the
        // data bundle with its schema. No fonts: the app uses system fonts.
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json,txt}'],
        // The README screenshot is never shown by the app.
        // The fallback chart images (images/) are for other sites and decks, not for the app.
        // PowerPoint's code (pptxgenjs and its JSZip, about 125 KB gzip) would take a fifth of the
        // offline download for a feature few readers use: it is cached the first time it is used (below).
        // The French and Arabic static pages (fr/, ar/) are first-paint copies, about 400 KB for readers of
        // one other language each: offline, those addresses get the shell (navigateFallback), which renders
        // them from the precached code and catalogs.
        globIgnores: [
          '**/screenshot.png',
          '**/*.map',
          'images/**',
          'fr.html',
          'ar.html',
          'fr/**',
          'ar/**',
          // French and Arabic messages (about 29 and 32 KB): cached when a page in that language first
          // opens, every area at once (src/main.tsx), not downloaded by every English reader.
          'assets/i18n-fr-*.js',
          'assets/i18n-ar-*.js',
          ...PPTX_CHUNKS.map((name) => `assets/${name}-*.js`),
        ],
        // The bundle is data, not code: let it grow past workbox's 2 MiB default, up to the
        // 20 MiB the app itself accepts (MAX_BUNDLE_BYTES); pwa.spec.ts fails if it drops out.
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        // Deep links (/fighters?…, /countermeasures/:id, /embed/…) are client routes: answer them with the shell.
        // Prerendered routes without a query (/fighters) match their precached /fighters.html first
        // (workbox's cleanURLs); the overview's static copy in index.html hides itself elsewhere.
        navigateFallback: 'index.html',
        // Files under /data/ and /images/ are opened directly; never answer them with the shell.
        navigateFallbackDenylist: [/^\/data\//, /^\/images\//],
        // Take control on first install so the first visit is already offline-ready;
        // updates still wait for the reader (skipWaiting stays false).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // /data/bundle.json is precached, not given a StaleWhileRevalidate route:
        // - the precache route is registered first, so a runtime route for the
        //   same URL would never run;
        // - its revision (a content hash) is in sw.js, so a new bundle changes
        //   sw.js, which the browser re-checks on every navigation (and the app
        //   hourly): the new bundle is downloaded in the background and arrives
        //   together with the code that was built against it, when the reader
        //   accepts the update. Old code never meets a newer bundle format.
        runtimeCaching: [
          {
            // The French and Arabic catalogs, left out of the precache: kept once fetched, so a reader of
            // that language who opened it once has every view's words offline.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/assets\/i18n-(fr|ar)-/.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'catalogs',
              expiration: { maxEntries: 60, purgeOnQuotaError: true },
              // Kept by a plain fetch, asked for by import() (which sends Origin): hosts answer with Vary: Origin.
              matchOptions: { ignoreVary: true },
            },
          },
          {
            // PowerPoint export's code, left out of the precache: kept once fetched, so a deck can be made offline after that.
            // Workbox copies this function's source into sw.js, so it names the chunks itself (PPTX_CHUNKS).
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/assets\/(pptxgen\.es|jszip\.min)-/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'export-code', expiration: { maxEntries: 8, purgeOnQuotaError: true } },
          },
          {
            // Other bundles opened with ?data= (same or other origin; the app asks
            // for them with Accept: application/json): fresh when online, the last
            // copy offline, so a shared link keeps working on the train.
            urlPattern: ({ request, url, sameOrigin }) =>
              request.destination === '' &&
              (request.headers.get('accept') ?? '').includes('application/json') &&
              !(sameOrigin && url.pathname === '/data/bundle.json'),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'data-bundles',
              // A slow network should not hold the page longer than the cached copy would.
              networkTimeoutSeconds: 10,
              // Bounded: a reader may try many URLs; keep the last few for a month.
              expiration: { maxEntries: 10, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true },
              // Never keep an error page or a redirect as if it were the bundle.
              cacheableResponse: { statuses: [0, 200] },
              plugins: [
                {
                  // Keep only what the app would accept (MAX_BUNDLE_BYTES, 20 MiB): a refused
                  // 50 MB file must not sit in the cache. Hosts often gzip JSON without a length,
                  // so count the decoded bytes of a copy and give up past the limit.
                  cacheWillUpdate: async ({ response }) => {
                    const limit = 20 * 1024 * 1024;
                    if (Number(response.headers.get('content-length')) > limit) return null;
                    const reader = response.clone().body?.getReader();
                    if (!reader) return response;
                    let total = 0;
                    for (;;) {
                      const { done, value } = await reader.read();
                      if (done) return response;
                      total += value.byteLength;
                      if (total > limit) {
                        await reader.cancel();
                        return null;
                      }
                    }
                  },
                },
              ],
            },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Catalog chunks named by language and area (i18n-fr-timeline-<hash>.js), so the size report
        // can say what each language adds and which area a route fetches.
        chunkFileNames: (chunk) => {
          const catalog = /[\\/]i18n[\\/]catalogs[\\/]([a-z]{2})[\\/]([a-z-]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return catalog ? `assets/i18n-${catalog[1]}-${catalog[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          groups: [
            // Recharts with its d3 and redux dependencies is ~125 KB gzip: one
            // shared chunk that only the lazily loaded chart modules import, so
            // text and headline numbers never wait for it.
            {
              name: 'recharts',
              test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|@reduxjs|redux|reselect|immer|use-sync-external-store|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|clsx|react-redux)[\\/]/,
              priority: 10,
            },
            {
              // The CSV encoder and the text-safety rules it uses, in one chunk: the chart frame and the
              // data package (Sources, on click) share them, and apart they were two small chunks per route.
              name: 'csv',
              test: /src[\\/]lib[\\/](csv|safe-text)\.ts$/,
              priority: 5,
            },
            {
              // Above recharts, so React is not pulled into the chart chunk as one of its dependencies.
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: false,
    // A production host's headers (README, Hosting), plus plain-http bundles from localhost for authors.
    headers: LOCAL_PREVIEW_HEADERS,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    // Views render through their lazy routes; on a busy 2-core machine a first render took over 5 s.
    testTimeout: 20_000,
    css: false,
  },
});
