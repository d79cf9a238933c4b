import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { DataLink } from '../components/data-link';
import { useT } from '../i18n/use-t';

/** A route that throws (or whose code cannot load) shows this inside the layout. */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : t('app.routeError.unknown');
  return (
    <div role="alert" className="error-panel">
      <title>{`${t('app.routeError.documentTitle')} · ${t('app.site.name')}`}</title>
      <h1>{t('app.routeError.heading')}</h1>
      <p>{message}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('app.common.retry')}
        </button>{' '}
        <DataLink to="/">{t('app.common.toOverview')}</DataLink>
      </p>
    </div>
  );
}
