import { ExternalLink } from '../components/external-link';
import { formatPartialDate } from '../data/dates';
import type { Source } from '../data/schema';

/** "Source: Publisher, title, date; …" with every source linked. */
export function SourceLine({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="chart-frame__sources">
      <span className="chart-frame__label">{sources.length > 1 ? 'Sources' : 'Source'}: </span>
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && '; '}
          {source.publisher}, <ExternalLink href={source.url}>{source.title}</ExternalLink>
          {source.date && `, ${formatPartialDate(source.date)}`}
        </span>
      ))}
    </p>
  );
}

export function sourceLineText(sources: Source[]): string {
  return sources
    .map((s) => `${s.publisher}, ${s.title}${s.date ? `, ${formatPartialDate(s.date)}` : ''} (${s.url})`)
    .join('; ');
}
