import { useState } from 'react';
import { Link } from 'react-router-dom';
import { sectionLabel } from '../../../data/bundle-sections';
import type { LocalBundleEntry } from '../../../data/local-bundles';
import { formatAdded, formatSize } from '../lib/format';

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
  const [name, setName] = useState(entry.name);
  return (
    <span className="own-data-rename">
      <label>
        <span className="visually-hidden">New name for {entry.name}</span>
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
        Save name
      </button>
      <button type="button" className="button button--quiet" onClick={onDone}>
        Cancel
      </button>
    </span>
  );
}

/** The bundles kept in this browser, with what each holds and what can be done with it. */
export function KeptBundles({ entries, current, onRename, onDownload, onDelete }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  if (entries.length === 0) {
    return <p className="muted">No bundle is kept in this browser yet.</p>;
  }
  return (
    <ul className="own-data-list">
      {entries.map((entry) => (
        <li key={entry.id} className="card own-data-item" data-local-id={entry.id}>
          <h3>
            {entry.name}
            {entry.id === current && <span className="muted"> (shown now)</span>}
          </h3>
          <p className="muted">
            {entry.title}, version {entry.version} · added {formatAdded(entry.addedAt)} ·{' '}
            <span className="num">{formatSize(entry.bytes)}</span> · id <code>{entry.id}</code>
          </p>
          <p className="own-data-counts">
            {Object.entries(entry.counts)
              .map(([section, count]) => `${count} ${sectionLabel(section)}`)
              .join(' · ')}
          </p>
          <div className="own-data-actions">
            <Link
              className="button"
              to={`/?local=${encodeURIComponent(entry.id)}`}
              aria-label={`Open ${entry.name}`}
            >
              Open
            </Link>
            {renaming === entry.id ? (
              <RenameForm entry={entry} onRename={onRename} onDone={() => setRenaming(null)} />
            ) : (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setRenaming(entry.id)}
                aria-label={`Rename ${entry.name}`}
              >
                Rename
              </button>
            )}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onDownload(entry)}
              aria-label={`Download ${entry.name} (JSON)`}
            >
              Download JSON
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onDelete(entry)}
              aria-label={`Delete ${entry.name}`}
            >
              Delete
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
