import { DataLink } from '../components/data-link';

export function NotFoundPage() {
  return (
    <>
      <title>Page not found · Morocco &amp; ISIS dashboard</title>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped or moved.</p>
      <p>
        <DataLink to="/">Go to the overview</DataLink>
      </p>
    </>
  );
}
