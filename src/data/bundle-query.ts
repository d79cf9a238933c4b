import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { BundleError, DEFAULT_BUNDLE_URL, loadBundle, parseBundleText } from './load-bundle';
import type { Bundle } from './schema';

/**
 * Bundles kept in this browser (IndexedDB) are named `local:<id>` where other
 * bundles are named by URL, so one query key and one cache serve both.
 */
export const LOCAL_PREFIX = 'local:';

export const localBundleKey = (id: string) => `${LOCAL_PREFIX}${id}`;

/**
 * A bundle kept in this browser, validated again (the format may have changed
 * since it was kept); throws BundleError. The IndexedDB code loads only when a
 * kept bundle is asked for.
 */
async function loadLocalBundle(id: string): Promise<Bundle> {
  const { getLocalBundleText, NOT_STORED } = await import('./load-local-bundle');
  const text = await getLocalBundleText(id);
  if (text === undefined) throw new BundleError('not-stored', localBundleKey(id), NOT_STORED);
  return parseBundleText(text, localBundleKey(id));
}

/** The one query factory for the bundle: key, fetcher and freshness together. */
export function bundleQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['bundle', url] as const,
    queryFn: ({ signal }) =>
      url.startsWith(LOCAL_PREFIX)
        ? loadLocalBundle(url.slice(LOCAL_PREFIX.length))
        : loadBundle(url, signal),
    // The bundle is a static file: freshness is the service worker's job.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

const param = (params: URLSearchParams, name: string): string | null => {
  const value = params.get(name);
  return value === null || value.trim() === '' ? null : value.trim();
};

/** The bundle a URL's search params ask for: `?local=` (kept on this device), else `?data=`, else the shipped one. */
export function bundleUrlFromParams(params: URLSearchParams): string {
  const local = param(params, 'local');
  if (local !== null) return localBundleKey(local);
  return param(params, 'data') ?? DEFAULT_BUNDLE_URL;
}

/**
 * The bundle URL in force: `?data=` when given, else the shipped bundle.
 * Returns null for the default so links stay clean.
 */
export function useDataParam(): string | null {
  const [params] = useSearchParams();
  return param(params, 'data');
}

/** The id in `?local=`, a bundle kept in this browser, or null. */
export function useLocalParam(): string | null {
  const [params] = useSearchParams();
  return param(params, 'local');
}

export function useBundleUrl(): string {
  const [params] = useSearchParams();
  return bundleUrlFromParams(params);
}

/** A feature's typed slice of the bundle; `select` should be a stable function. */
export function useBundle<T>(select: (bundle: Bundle) => T) {
  const url = useBundleUrl();
  return useQuery({ ...bundleQueryOptions(url), select });
}
