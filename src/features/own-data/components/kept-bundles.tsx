import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { LocalBundleEntry } from '../../../data/local-bundles';
import { richMessage } from '../../../components/rich-message';
import { useT } from '../../../i18n/use-t';
import { formatAdded, formatSize } from '../lib/format';
import { sectionCount } from '../lib/problems';

interface Props {
  entries: readonly LocalBundleEntry[];
  current: string | null;
  onRename: (id: string, name: string) => void;
  onDownload: (entry: LocalBundleEntry) => void;
  onDelete: (entry: LocalBundleEntry) => void;
}

function RenameForm({
  entry,
  onRename,
  onDone,
}: {
  entry: LocalBundleEntry;
  onRename: Props['onRename'];
  onDone: () => void;
}) {
  const t = useT();
  const [name, setName] = useState(entry.name);
  return (
    <span className="own-data-rename">
      <label>
        <span className="visually-hidden">{t('ownData.kept.newName', { name: entry.name })}</span>
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button
        type="button"
        className="button"
        disabled={name.trim() === ''}
        onClick={() => {
          onRename(entry.id, name.trim());
          onDone();
        }}
      >
        {t('ownData.kept.saveName')}
      </button>
      <button type="button" className="button button--quiet" onClick={onDone}>
        {t('ownData.common.cancel')}
      </button>
    </span>
  );
}

/** The bundles kept in this browser, with what each holds and what can be done with it. */
export function KeptBundles({ entries, current, onRename, onDownload, onDelete }: Props) {
  const t = useT();
  const [renaming, setRenaming] = useState<string | null>(null);
  if (entries.length === 0) {
    return <p className="muted">{t('ownData.kept.empty')}</p>;
  }
  return (
    <ul className="own-data-list">
      {entries.map((entry) => (
        <li key={entry.id} className="card own-data-item" data-local-id={entry.id}>
          <h3>
            {entry.name}
            {entry.id === current && <span className="muted"> {t('ownData.kept.shownNow')}</span>}
          </h3>
          <p className="muted">
            {richMessage(t, 'ownData.kept.meta', {
              title: entry.title,
              version: entry.version,
              added: formatAdded(entry.addedAt),
              size: <span className="num">{formatSize(entry.bytes)}</span>,
              id: <code>{entry.id}</code>,
            })}
          </p>
          <p className="own-data-counts">
            {Object.entries(entry.counts)
              .map(([section, count]) => sectionCount(section, count))
              .join(' · ')}
          </p>
          <div className="own-data-actions">
            <Link
              className="button"
              to={`/?local=${encodeURIComponent(entry.id)}`}
              aria-label={t('ownData.kept.openLabel', { name: entry.name })}
            >
              {t('ownData.kept.open')}
            </Link>
            {renaming === entry.id ? (
              <RenameForm entry={entry} onRename={onRename} onDone={() => setRenaming(null)} />
            ) : (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setRenaming(entry.id)}
                aria-label={t('ownData.kept.renameLabel', { name: entry.name })}
              >
                {t('ownData.kept.rename')}
              </button>
            )}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onDownload(entry)}
              aria-label={t('ownData.kept.downloadLabel', { name: entry.name })}
            >
              {t('ownData.kept.download')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onDelete(entry)}
              aria-label={t('ownData.kept.deleteLabel', { name: entry.name })}
            >
              {t('ownData.kept.delete')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
