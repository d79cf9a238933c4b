import { useLocation } from 'react-router-dom';
import { useBundle } from '../data/bundle-query';
import type { Bundle } from '../data/schema';
import { siteHref } from '../lib/same-origin';

const selectTitle = (bundle: Bundle) => `${bundle.meta.title}, version ${bundle.meta.version}`;

/** The same banner as for ?data=, naming the kept bundle once it has loaded. */
export function LocalBanner() {
  const location = useLocation();
  const title = useBundle(selectTitle).data;
  const params = new URLSearchParams(location.search);
  params.delete('local');
  params.delete('data');
  return (
    <div className="data-banner" role="status">
      <div className="container">
        Showing your own data
        {title ? (
          <>
            {' '}
            (<b>{title}</b>)
          </>
        ) : null}
        , kept in this browser on this device, not the dashboard&apos;s own bundle.{' '}
        <a href={siteHref(location.pathname, params.toString())}>Back to the default data</a> ·{' '}
        <a href="/data">Your data</a>
      </div>
    </div>
  );
}
