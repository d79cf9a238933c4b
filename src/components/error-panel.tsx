import { useHeadingLevel } from './heading-level';
import { BundleError } from '../data/load-bundle';
import { siteHref } from '../lib/same-origin';

const SHOWN_PROBLEMS = 20;

const HEADINGS: Record<BundleError['kind'], string> = {
  network: 'The data could not be downloaded',
  timeout: 'The data download stalled',
  encoding: 'The data file is not UTF-8 text',
  http: 'The data file could not be fetched',
  'too-large': 'The data file is too large to open',
  parse: 'The data file is not valid JSON',
  invalid: 'The data file does not match the bundle format',
  'bad-url': 'The data address is not usable',
  'not-stored': 'This bundle is not stored on this device',
};

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** What `BundleError.url` names: an address by default, a file name for a file from disk. */
  where?: string;
}

/** The current path without ?local= and ?data=: the same view with the dashboard's own data. */
function defaultDataHref(): string {
  if (typeof location === 'undefined') return '/';
  const params = new URLSearchParams(location.search);
  params.delete('local');
  params.delete('data');
  return siteHref(location.pathname, params.toString());
}

/** Says in plain words what failed and where, with a retry; used for every load failure. */
export function ErrorPanel({ error, onRetry, where = 'Address' }: Props) {
  // Alone in an embed or on a slide, the panel is the page's only heading.
  const Heading = useHeadingLevel() === 1 ? 'h1' : 'h2';
  const bundleError = error instanceof BundleError ? error : null;
  // Said first, in the heading: offline is the one failure the reader can fix themselves.
  const offline =
    bundleError?.kind === 'network' && typeof navigator !== 'undefined' && navigator.onLine === false;
  const heading = offline
    ? 'You are offline'
    : bundleError
      ? HEADINGS[bundleError.kind]
      : 'Something went wrong';
  const message = error instanceof Error ? error.message : String(error);
  const problems = bundleError?.problems ?? [];
  const rest = problems.length - SHOWN_PROBLEMS;
  return (
    <div role="alert" className="error-panel">
      <Heading>{heading}</Heading>
      {bundleError && bundleError.kind !== 'not-stored' && (
        <p className="error-panel__where">
          <span className="muted">{where}: </span>
          <code>{bundleError.url}</code>
          {bundleError.status !== null && (
            <>
              {' '}
              <span className="muted">HTTP status: </span>
              <code>{bundleError.status}</code>
            </>
          )}
        </p>
      )}
      <p>{message}</p>
      {problems.length > 0 && (
        <ul className="error-panel__problems">
          {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
            <li key={`${problem.path}-${index}`}>
              <code>{problem.path}</code>: {problem.message}
            </li>
          ))}
        </ul>
      )}
      {rest > 0 && <p>…and {rest} more problem(s) not shown.</p>}
      {bundleError?.kind === 'not-stored' ? (
        <p>
          <a href="/data">Your data: bundles kept on this device</a> ·{' '}
          <a href={defaultDataHref()}>Back to the default data</a>
        </p>
      ) : (
        onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
        )
      )}
    </div>
  );
}
