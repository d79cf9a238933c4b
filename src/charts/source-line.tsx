import { ExternalLink } from '../components/external-link';
import { LazyDetails } from '../components/lazy-details';
import { t } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { formatPartialDate } from '../lib/dates';
import type { ChartSource as Source } from './chart-types';

/** Beyond this many sources the line names the publishers and folds the full list away. */
const LISTED = 4;

// Separators in the page's language (Arabic writes "،" and "؛"); read at call time.
const comma = () => t('charts.source.comma');
const semicolon = () => t('charts.source.semicolon');

function SourceList({ sources }: { sources: readonly Source[] }) {
  useT();
  return (
    <>
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && semicolon()}
          {source.publisher}
          {comma()}
          <ExternalLink href={source.url}>{source.title}</ExternalLink>
          {source.date && `${comma()}${formatPartialDate(source.date)}`}
          {source.kindLabel && <span className="chart-frame__kind"> ({source.kindLabel.toLowerCase()})</span>}
        </span>
      ))}
    </>
  );
}

/** "Source: Publisher, title, date; …" with every source linked. */
export function SourceLine({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  if (sources.length === 0) return null;
  if (sources.length <= LISTED) {
    return (
      <p className="chart-frame__sources">
        <span className="chart-frame__label">{t('charts.source.label', { count: sources.length })} </span>
        <SourceList sources={sources} />
      </p>
    );
  }
  return (
    <LazyDetails
      className="chart-frame__sources"
      summary={
        <>
          <span className="chart-frame__label">{t('charts.source.label', { count: sources.length })} </span>
          {t('charts.source.showAll', { publishers: publishers(sources), count: String(sources.length) })}
        </>
      }
    >
      <p>
        <SourceList sources={sources} />
      </p>
    </LazyDetails>
  );
}

function publishers(sources: readonly Source[]): string {
  return [...new Set(sources.map((s) => s.publisher))].join(comma());
}

/** Publishers named on a one-line source; the rest are counted. */
const SHORT_NAMED = 3;

/**
 * The source in one short line, for slides and compact embeds: the most-cited
 * publishers and how many sources there are ("Source: Le360, Hespress, MAP and
 * 12 other publishers; 61 sources"). The full list lives behind a link, in the
 * CSV and in the speaker notes.
 */
export function shortSourceText(sources: readonly Source[], withLabel = true): string {
  if (sources.length === 0) return '';
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const named = ranked.slice(0, SHORT_NAMED);
  const others = ranked.length - named.length;
  const who = others > 0 ? t('charts.source.otherPublishers', { named: named.join(comma()), others }) : named.join(comma());
  const text = sources.length > 1 ? t('charts.source.withCount', { who, count: sources.length }) : who;
  if (!withLabel) return text;
  return t('charts.source.labelled', { count: sources.length, text });
}

/** The one-line source with a link to the full list (the dashboard's Sources page). */
export function ShortSourceLine({ sources, fullListHref }: { sources: readonly Source[]; fullListHref: string }) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <p className="chart-frame__sources chart-frame__sources--short">
      {shortSourceText(sources)}
      {t('charts.source.comma')}
      <a href={fullListHref} target="_blank" rel="noopener noreferrer">
        {t('charts.source.fullList')}
      </a>
    </p>
  );
}

/** The source line as text; `full` lists every source with its address (for CSV), else long lists are condensed. */
export function sourceLineText(sources: readonly Source[], full = false): string {
  if (!full && sources.length > LISTED) {
    return t('charts.source.condensed', { count: sources.length, publishers: publishers(sources) });
  }
  return sources
    .map((s) => `${s.publisher}${comma()}${s.title}${s.date ? `${comma()}${formatPartialDate(s.date)}` : ''} (${s.url})`)
    .join(semicolon());
}
