import { useHeadingLevel } from './heading-level';
import { BundleError } from '../data/load-bundle';
import type { MessageId } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { siteHref } from '../lib/same-origin';

const SHOWN_PROBLEMS = 20;

const HEADINGS: Record<BundleError['kind'], MessageId> = {
  network: 'app.error.heading.network',
  timeout: 'app.error.heading.timeout',
  encoding: 'app.error.heading.encoding',
  http: 'app.error.heading.http',
  'too-large': 'app.error.heading.tooLarge',
  parse: 'app.error.heading.parse',
  invalid: 'app.error.heading.invalid',
  'bad-url': 'app.error.heading.badUrl',
  'not-stored': 'app.error.heading.notStored',
};

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** What `BundleError.url` names, in the page's language: an address by default, a file name for a file from disk. */
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
export function ErrorPanel({ error, onRetry, where }: Props) {
  const t = useT();
  // Alone in an embed or on a slide, the panel is the page's only heading.
  const Heading = useHeadingLevel() === 1 ? 'h1' : 'h2';
  const bundleError = error instanceof BundleError ? error : null;
  // Said first, in the heading: offline is the one failure the reader can fix themselves.
  const offline =
    bundleError?.kind === 'network' && typeof navigator !== 'undefined' && navigator.onLine === false;
  const heading = offline
    ? t('app.error.offline')
    : bundleError
      ? t(HEADINGS[bundleError.kind])
      : t('app.error.generic');
  const message = error instanceof Error ? error.message : String(error);
  const problems = bundleError?.problems ?? [];
  const rest = problems.length - SHOWN_PROBLEMS;
  return (
    <div role="alert" className="error-panel">
      <Heading>{heading}</Heading>
      {bundleError && bundleError.kind !== 'not-stored' && (
        <p className="error-panel__where">
          <span className="muted">{t('app.error.where', { where: where ?? t('app.error.address') })} </span>
          <code>{bundleError.url}</code>
          {bundleError.status !== null && (
            <>
              {' '}
              <span className="muted">{t('app.error.httpStatus')} </span>
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
              {/* A bundle's path ("fighterSnapshots[3].date") is an id: it stays as written. */}
              <code>{problem.path}</code>
              {t('app.error.problemSeparator')}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
      {rest > 0 && <p>{t('app.error.moreProblems', { count: rest })}</p>}
      {bundleError?.kind === 'not-stored' ? (
        <p>
          <a href={siteHref('/data')}>{t('app.error.notStoredLink')}</a> ·{' '}
          <a href={defaultDataHref()}>{t('app.banner.backToDefault')}</a>
        </p>
      ) : (
        onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('app.common.retry')}
          </button>
        )
      )}
    </div>
  );
}
