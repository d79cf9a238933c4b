import type { ReactNode } from 'react';
import { useBundle } from '../data/bundle-query';
import type { Bundle } from '../data/schema';
import { useT } from '../i18n/use-t';
import { ErrorPanel } from './error-panel';

interface Props<T> {
  /** A stable function (module level or memoised) that takes this view's slice. */
  select: (bundle: Bundle) => T;
  children: (slice: T) => ReactNode;
  /** What to show while the bundle loads; keep its size close to the content's. */
  fallback?: ReactNode;
}

/** Loading, error and ready states of the bundle, the same on every page. */
export function WithBundle<T>({ select, children, fallback }: Props<T>) {
  const t = useT();
  const query = useBundle(select);
  if (query.isPending) {
    return (
      fallback ?? (
        <div className="skeleton" aria-busy="true" aria-live="polite">
          <span className="visually-hidden">{t('app.loadingData')}</span>
        </div>
      )
    );
  }
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
