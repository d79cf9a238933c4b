import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { vi } from 'vitest';
import type { Bundle } from '../data/schema';
import { DEFAULT_LOCALE, localePrefix, type Locale } from '../i18n/locales';
import { LocaleContext } from '../i18n/use-t';
import { fixtureBundle } from './fixture-bundle';

type FetchAnswer = { status?: number; body?: string; json?: unknown } | Error;

/** Replaces fetch: every request gets the answer for its URL (default: the fixture bundle). */
export function stubFetch(answers: Record<string, FetchAnswer> = {}, fallback: Bundle = fixtureBundle()) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://localhost/').pathname;
    const answer = answers[path] ?? answers[url] ?? { json: fallback };
    if (answer instanceof Error) throw answer;
    const body = answer.body ?? JSON.stringify(answer.json);
    return new Response(body, { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

interface RenderOptions {
  /**
   * The page's language, as src/main.tsx sets it: the router's basename is /fr or /ar,
   * so `url` includes it ("/fr/timeline"). Activate its catalog first:
   * `await activateLocale('fr', null)`.
   */
  locale?: Locale;
}

/** Renders routes at a URL with a fresh QueryClient that never retries. */
export function renderRoutes(
  createRoutes: (queryClient: QueryClient) => RouteObject[],
  url: string,
  { locale = DEFAULT_LOCALE }: RenderOptions = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const basename = localePrefix(locale);
  const router = createMemoryRouter(createRoutes(queryClient), {
    initialEntries: [url],
    ...(basename ? { basename } : {}),
  });
  const utils = render(
    <LocaleContext.Provider value={locale}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </LocaleContext.Provider>,
  );
  return { ...utils, router, queryClient };
}
