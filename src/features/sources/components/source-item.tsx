import { DataLink } from '../../../components/data-link';
import { ExternalLink } from '../../../components/external-link';
import { SECTION_LABELS } from '../../../data/citations';
import { formatPartialDate } from '../../../lib/dates';
import { SOURCE_KIND_LABELS } from '../../../data/source-kinds';
import { useState } from 'react';
import { PagedList } from '../../../components/paged-list';
import type { SourceEntry } from '../lib/group-sources';
import { useT } from '../../../i18n/use-t';
import { EditorText } from './editor-text';

/** Citing records drawn per page: one source may be cited by every record of a large bundle. */
export const CITED_BY_PAGE = 50;

export function SourceItem({ entry }: { entry: SourceEntry }) {
  const t = useT();
  const { source, citedBy } = entry;
  // Closed, the list is not drawn at all: a page of sources stays cheap however often each is cited.
  const [open, setOpen] = useState(false);
  return (
    <li className="source-item" id={`source-${source.id}`}>
      <p className="source-item__title">
        <ExternalLink href={source.url}>
          <span lang={source.language}>{source.title}</span>
        </ExternalLink>
      </p>
      <p className="source-item__meta muted">
        {source.publisher} · {source.date ? formatPartialDate(source.date) : t('sources.item.noDate')} ·{' '}
        {source.language.toUpperCase()} · {SOURCE_KIND_LABELS[source.kind]} · <code>{source.id}</code>
      </p>
      <p className="source-item__note">
        <EditorText record={source} field="reliability" />
      </p>
      {citedBy.length === 0 ? (
        <p className="muted">{t('sources.item.notCited')}</p>
      ) : (
        <details onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>
            {t('sources.item.citedBy', { count: citedBy.length })}
          </summary>
          {open && (
            <PagedList items={citedBy} pageSize={CITED_BY_PAGE} noun={t('sources.item.recordsNoun')} className="source-item__records">
              {(record) => (
                <li key={`${record.section}-${record.id}`}>
                  <span className="muted">{SECTION_LABELS[record.section]}: </span>
                  <DataLink to={record.href}>{record.label}</DataLink>
                </li>
              )}
            </PagedList>
          )}
        </details>
      )}
    </li>
  );
}
