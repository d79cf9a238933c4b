import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { DEFAULT_BUNDLE_URL, loadBundle } from './load-bundle';
import type { Bundle } from './schema';

/** The one query factory for the bundle: key, fetcher and freshness together. */
export function bundleQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['bundle', url] as const,
    queryFn: ({ signal }) => loadBundle(url, signal),
    // The bundle is a static file: freshness is the service worker's job.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/**
 * The bundle URL in force: `?data=` when given, else the shipped bundle.
 * Returns null for the default so links stay clean.
 */
export function useDataParam(): string | null {
  const [params] = useSearchParams();
  const value = params.get('data');
  return value === null || value.trim() === '' ? null : value.trim();
}

export function useBundleUrl(): string {
  return useDataParam() ?? DEFAULT_BUNDLE_URL;
}

/** A feature's typed slice of the bundle; `select` should be a stable function. */
export function useBundle<T>(select: (bundle: Bundle) => T) {
  const url = useBundleUrl();
  return useQuery({ ...bundleQueryOptions(url), select });
}
