import { Link } from 'react-router-dom';

/** An unknown measure id: said plainly inside the page, with the way back. */
export function NotFoundPanel({ id, search, version }: { id: string; search: string; version: string }) {
  return (
    <section className="error-panel cm-not-found" role="alert" aria-labelledby="cm-not-found-heading">
      <h2 id="cm-not-found-heading">Measure not found</h2>
      <p>
        No countermeasure has the id <code>{id}</code> in this data (version {version}). It may have been
        renamed, or the link may be mistyped.
      </p>
      <p>
        <Link to={{ pathname: '/countermeasures', search }}>Back to all countermeasures</Link>
      </p>
    </section>
  );
}
