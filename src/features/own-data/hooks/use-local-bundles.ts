import { queryOptions, useQuery } from '@tanstack/react-query';
import { listLocalBundles } from '../../../data/local-bundles';

/** The kept bundles' summaries; refreshed after every change on this page. */
export const localBundlesQuery = queryOptions({
  queryKey: ['local-bundles'] as const,
  queryFn: listLocalBundles,
  staleTime: Infinity,
  retry: false,
});

export function useLocalBundles() {
  return useQuery(localBundlesQuery);
}
