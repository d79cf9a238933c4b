import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { DataLink } from '../components/data-link';

/** A route that throws (or whose code cannot load) shows this inside the layout. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <div role="alert" className="error-panel">
      <title>Error · Morocco &amp; ISIS dashboard</title>
      <h1>This view failed to load</h1>
      <p>{message}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Retry
        </button>{' '}
        <DataLink to="/">Go to the overview</DataLink>
      </p>
    </div>
  );
}
