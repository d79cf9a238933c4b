import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { bundleQueryOptions } from '../data/bundle-query';
import { DEFAULT_BUNDLE_URL } from '../data/load-bundle';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PageSkeleton } from './page-skeleton';
import { RouteError } from './route-error';

/** Starts the bundle download alongside the route's chunk instead of after it. */
function prefetchBundle(queryClient: QueryClient, request: Request): null {
  const data = new URL(request.url).searchParams.get('data')?.trim();
  void queryClient.prefetchQuery(bundleQueryOptions(data ? data : DEFAULT_BUNDLE_URL));
  return null;
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
              lazy: () => import('../features/overview/overview-page').then((m) => ({ Component: m.OverviewPage })),
            },
            {
              path: 'fighters',
              lazy: () => import('../features/fighters/fighters-page').then((m) => ({ Component: m.FightersPage })),
            },
            {
              path: 'timeline',
              lazy: () => import('../features/timeline/timeline-page').then((m) => ({ Component: m.TimelinePage })),
            },
            {
              path: 'countermeasures',
              lazy: () =>
                import('../features/countermeasures/countermeasures-page').then((m) => ({
                  Component: m.CountermeasuresPage,
                })),
            },
            {
              // The same view with one measure's detail open, so a detail can be linked.
              path: 'countermeasures/:measureId',
              lazy: () =>
                import('../features/countermeasures/countermeasures-page').then((m) => ({
                  Component: m.CountermeasuresPage,
                })),
            },
            {
              path: 'sources',
              lazy: () => import('../features/sources/sources-page').then((m) => ({ Component: m.SourcesPage })),
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
      lazy: () => import('../features/present/present-page').then((m) => ({ Component: m.PresentPage })),
    },
    {
      path: '/embed/:chartId',
      HydrateFallback: PageSkeleton,
      errorElement: <RouteError />,
      loader,
      lazy: () => import('../features/embed/embed-page').then((m) => ({ Component: m.EmbedPage })),
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
