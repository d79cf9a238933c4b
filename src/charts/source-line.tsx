import { ExternalLink } from '../components/external-link';
import { formatPartialDate } from '../lib/dates';
import type { ChartSource as Source } from './chart-types';

/** Beyond this many sources the line names the publishers and folds the full list away. */
const LISTED = 4;

function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <>
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && '; '}
          {source.publisher}, <ExternalLink href={source.url}>{source.title}</ExternalLink>
          {source.date && `, ${formatPartialDate(source.date)}`}
        </span>
      ))}
    </>
  );
}

/** "Source: Publisher, title, date; …" with every source linked. */
export function SourceLine({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  if (sources.length <= LISTED) {
    return (
      <p className="chart-frame__sources">
        <span className="chart-frame__label">{sources.length > 1 ? 'Sources' : 'Source'}: </span>
        <SourceList sources={sources} />
      </p>
    );
  }
  return (
    <details className="chart-frame__sources">
      <summary>
        <span className="chart-frame__label">Sources: </span>
        {publishers(sources)}. Show all {sources.length}
      </summary>
      <p>
        <SourceList sources={sources} />
      </p>
    </details>
  );
}

function publishers(sources: readonly Source[]): string {
  return [...new Set(sources.map((s) => s.publisher))].join(', ');
}

/** The source line as text; `full` lists every source with its address (for CSV), else long lists are condensed. */
export function sourceLineText(sources: readonly Source[], full = false): string {
  if (!full && sources.length > LISTED) {
    return `${sources.length} sources: ${publishers(sources)}. Each is listed with its address on the dashboard's Sources page and in the CSV.`;
  }
  return sources
    .map((s) => `${s.publisher}, ${s.title}${s.date ? `, ${formatPartialDate(s.date)}` : ''} (${s.url})`)
    .join('; ');
}
