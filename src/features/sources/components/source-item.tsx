import { DataLink } from '../../../components/data-link';
import { ExternalLink } from '../../../components/external-link';
import { SECTION_LABELS } from '../../../data/citations';
import { formatPartialDate } from '../../../lib/dates';
import type { SourceEntry } from '../lib/group-sources';

export function SourceItem({ entry }: { entry: SourceEntry }) {
  const { source, citedBy } = entry;
  return (
    <li className="source-item" id={`source-${source.id}`}>
      <p className="source-item__title">
        <ExternalLink href={source.url}>{source.title}</ExternalLink>
      </p>
      <p className="source-item__meta muted">
        {source.publisher} · {source.date ? formatPartialDate(source.date) : 'date not given'} ·{' '}
        {source.language.toUpperCase()} · <code>{source.id}</code>
      </p>
      <p className="source-item__note">{source.reliability}</p>
      {citedBy.length === 0 ? (
        <p className="muted">Not cited by any record.</p>
      ) : (
        <details>
          <summary>
            Cited by {citedBy.length} {citedBy.length === 1 ? 'record' : 'records'}
          </summary>
          <ul className="source-item__records">
            {citedBy.map((record) => (
              <li key={`${record.section}-${record.id}`}>
                <span className="muted">{SECTION_LABELS[record.section]}: </span>
                <DataLink to={record.href}>{record.label}</DataLink>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
