import { DataLink } from '../components/data-link';
import { useBundle } from '../data/bundle-query';
import { formatPartialDate } from '../lib/dates';
import type { Bundle } from '../data/schema';

const selectMeta = (bundle: Bundle) => bundle.meta;

export function Footer() {
  const meta = useBundle(selectMeta);
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>
          {meta.data ? (
            <>
              Data version <strong>{meta.data.version}</strong>, as of{' '}
              <strong>{formatPartialDate(meta.data.asOf)}</strong>.{' '}
            </>
          ) : meta.isError ? (
            <>Data not loaded. </>
          ) : (
            <>Loading data… </>
          )}
          Every figure cites its source: <DataLink to="/sources">sources and method</DataLink>.
        </p>
        <p className="muted">
          Figures marked official were given by Moroccan officials; most reached us through press reports of what
          they said, and each source says which (an official text, a press report of it, or a state-media copy).
          Derived values are computed by the dashboard and labelled as derived.
        </p>
      </div>
    </footer>
  );
}
