import { DataLink } from '../../../components/data-link';
import { ExternalLink } from '../../../components/external-link';
import { SOURCE_KIND_LABELS } from '../../../data/source-kinds';
import type { Source } from '../../../data/schema';
import { useT } from '../../../i18n/use-t';
import { formatPartialDate } from '../../../lib/dates';

/**
 * One source of an event: publisher, title (in the language it was published
 * in, never translated), date and kind, then the link to its entry on Sources.
 */
export function SourceLine({ id, source }: { id: string; source: Source | undefined }) {
  const t = useT();
  const comma = t('timeline.list.comma');
  return (
    <>
      {source ? (
        <>
          {source.publisher}
          {comma}
          <ExternalLink href={source.url}>{source.title}</ExternalLink>
          {source.date && `${comma}${formatPartialDate(source.date)}`}
          <span className="muted">{t('timeline.source.kind', { kind: SOURCE_KIND_LABELS[source.kind].toLowerCase() })}</span>{' '}
        </>
      ) : null}
      <DataLink to={`/sources#source-${id}`} className="event-item__bib">
        {source ? (
          <>
            {t('timeline.source.inSources')}
            <span className="visually-hidden">{t('timeline.source.inSourcesHidden', { publisher: source.publisher })}</span>
          </>
        ) : (
          id
        )}
      </DataLink>
    </>
  );
}
