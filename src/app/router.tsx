import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { bundleQueryOptions, bundleUrlFromParams } from '../data/bundle-query';
import { AREAS, loadAreas, type Area } from '../i18n/i18n';
import { DEFAULT_LOCALE, localePrefix, stripLocale, type Locale } from '../i18n/locales';
import { CHARTS } from './chart-registry';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PageSkeleton } from './page-skeleton';
import { RouteError } from './route-error';

/** Starts the bundle download alongside the route's chunk instead of after it. */
function prefetchBundle(queryClient: QueryClient, request: Request): null {
  void queryClient.prefetchQuery(bundleQueryOptions(bundleUrlFromParams(new URL(request.url).searchParams)));
  return null;
}

/** A view's code together with its words: the area's catalog loads beside the chunk, not after it. */
function withAreas<M>(code: Promise<M>, areas: readonly Area[]): Promise<M> {
  return Promise.all([code, loadAreas(areas)]).then(([module]) => module);
}

const AREA_OF_VIEW: Record<string, Area> = {
  '/fighters': 'fighters',
  '/timeline': 'timeline',
  '/countermeasures': 'countermeasures',
};

/** The catalog areas an embed shows: its view's, or every view's for the list of charts. */
function embedAreas(chartId: string | undefined): readonly Area[] {
  const chart = CHARTS.find((c) => c.id === chartId);
  const area = chart ? AREA_OF_VIEW[chart.view] : undefined;
  return area ? ['present-embed', area] : AREAS;
}

// Each view's code, imported by its route and, ahead of time, by preloadRouteFor.
const pages = {
  overview: () => withAreas(import('../features/overview/overview-page'), ['overview']).then((m) => ({ Component: m.OverviewPage })),
  fighters: () => withAreas(import('../features/fighters/fighters-page'), ['fighters']).then((m) => ({ Component: m.FightersPage })),
  timeline: () => withAreas(import('../features/timeline/timeline-page'), ['timeline']).then((m) => ({ Component: m.TimelinePage })),
  countermeasures: () =>
    withAreas(import('../features/countermeasures/countermeasures-page'), ['countermeasures']).then((m) => ({
      Component: m.CountermeasuresPage,
    })),
  sources: () => withAreas(import('../features/sources/sources-page'), ['sources']).then((m) => ({ Component: m.SourcesPage })),
  ownData: () => withAreas(import('../features/own-data/own-data-page'), ['own-data', 'timeline', 'countermeasures']).then((m) => ({ Component: m.OwnDataPage })),
};

const PAGE_BY_PATH: Record<string, keyof typeof pages> = {
  '/': 'overview',
  '/fighters': 'fighters',
  '/timeline': 'timeline',
  '/countermeasures': 'countermeasures',
  '/sources': 'sources',
  '/data': 'ownData',
};

/**
 * Fetches a view's code when the reader shows intent to open it (pointer over,
 * focus on or touch of a link to it), so the navigation itself does not wait
 * for the network. Charts stay behind their own lazy imports. Returns the
 * listener's cleanup.
 */
let listening = false;

function preloadLikelyRoutes(doc: Document = document): () => void {
  // One listener per page, however often the router is created (StrictMode, tests).
  if (listening && doc === document) return () => {};
  if (doc === document) listening = true;
  const requested = new Set<string>();
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
    const path = stripLocale(link.pathname.replace(/\/+$/, '') || '/');
    const page = PAGE_BY_PATH[path] ?? (path.startsWith('/countermeasures/') ? 'countermeasures' : undefined);
    if (!page || requested.has(page)) return;
    requested.add(page);
    // A failed preload is retried by the navigation itself, which shows the route error.
    void pages[page]().catch(() => requested.delete(page));
  };
  const events = ['pointerover', 'focusin', 'touchstart'] as const;
  for (const type of events) doc.addEventListener(type, onIntent, { passive: true, capture: true });
  return () => {
    for (const type of events) doc.removeEventListener(type, onIntent, { capture: true });
    if (doc === document) listening = false;
  };
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const loader = ({ request }: { request: Request }) => prefetchBundle(queryClient, request);
  return [
    {
      path: '/',
      Component: Layout,
      HydrateFallback: PageSkeleton,
      errorElement: <RouteError />,
      loader,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              lazy: pages.overview,
            },
            {
              path: 'fighters',
              lazy: pages.fighters,
            },
            {
              path: 'timeline',
              lazy: pages.timeline,
            },
            {
              path: 'countermeasures',
              lazy: pages.countermeasures,
            },
            {
              // The same view with one measure's detail open, so a detail can be linked.
              path: 'countermeasures/:measureId',
              lazy: pages.countermeasures,
            },
            {
              path: 'sources',
              lazy: pages.sources,
            },
            {
              // Bundles from the reader's own disk, kept in this browser (issue 17).
              path: 'data',
              lazy: pages.ownData,
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
    {
      path: '/present',
      HydrateFallback: PageSkeleton,
      errorElement: <RouteError />,
      loader,
      lazy: () =>
        withAreas(import('../features/present/present-page'), AREAS).then(({ PresentPage }) => ({
          Component: () => <PresentPage charts={CHARTS} />,
        })),
    },
    {
      // /embed and /embed/ with no id list the charts that can be embedded.
      path: '/embed',
      HydrateFallback: PageSkeleton,
      errorElement: <RouteError />,
      loader,
      lazy: () =>
        withAreas(import('../features/embed/embed-page'), AREAS).then(({ EmbedPage }) => ({
          Component: () => <EmbedPage charts={CHARTS} />,
        })),
    },
    {
      path: '/embed/:chartId',
      HydrateFallback: PageSkeleton,
      errorElement: <RouteError />,
      // An embed needs the words of its own view only (a page of articles may hold several embeds).
      loader: async ({ request, params }) => {
        await loadAreas(embedAreas(params.chartId));
        return prefetchBundle(queryClient, request);
      },
      lazy: () =>
        withAreas(import('../features/embed/embed-page'), ['present-embed']).then(({ EmbedPage }) => ({
          Component: () => <EmbedPage charts={CHARTS} />,
        })),
    },
  ];
}

/**
 * One router per page language: French and Arabic pages live under /fr and /ar
 * (the basename), so every route, embed and /present slide exists in each language
 * and links inside the app keep the page's language without naming it.
 */
export function createAppRouter(queryClient: QueryClient, locale: Locale = DEFAULT_LOCALE) {
  const basename = localePrefix(locale);
  const router = createBrowserRouter(createRoutes(queryClient), basename ? { basename } : undefined);
  preloadLikelyRoutes();
  return router;
}
