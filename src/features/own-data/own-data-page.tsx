import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorPanel } from '../../components/error-panel';
import { PageHeader } from '../../components/page-header';
import { bundleQueryOptions, localBundleKey, useLocalParam } from '../../data/bundle-query';
import { readBundleFile } from '../../data/read-bundle-file';
import {
  deleteLocalBundle,
  getLocalBundleText,
  LocalStoreError,
  renameLocalBundle,
  saveLocalBundle,
  type LocalBundleEntry,
} from '../../data/local-bundles';
import { FilePicker } from './components/file-picker';
import { KeptBundles } from './components/kept-bundles';
import { localBundlesQuery, useLocalBundles } from './hooks/use-local-bundles';
import { jsonFileName } from './lib/format';
import './own-data.css';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'opened'; entry: LocalBundleEntry }
  | { kind: 'error'; error: unknown; where: string };

const VIEWS = [
  { to: '/', label: 'Overview' },
  { to: '/fighters', label: 'Foreign fighters' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/countermeasures', label: 'Countermeasures' },
  { to: '/sources', label: 'Sources' },
];

export function OwnDataPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const current = useLocalParam();
  const list = useLocalBundles();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const refreshList = () => queryClient.invalidateQueries({ queryKey: localBundlesQuery.queryKey });

  const openJson = async (file: File) => {
    const { bundle, text } = await readBundleFile(file);
    const entry = await saveLocalBundle(bundle, file.name, text);
    // Already validated: the views draw it without reading it back from IndexedDB.
    queryClient.setQueryData(bundleQueryOptions(localBundleKey(entry.id)).queryKey, bundle);
    await refreshList();
    setOutcome({ kind: 'opened', entry });
    void navigate(`/data?local=${encodeURIComponent(entry.id)}`, { replace: true });
  };

  const onFile = async (file: File) => {
    setOutcome({ kind: 'busy', name: file.name });
    try {
      if (/\.json$/i.test(file.name) || file.type === 'application/json') await openJson(file);
      else
        throw new Error(
          `"${file.name}" is neither a bundle (.json) nor a spreadsheet (.csv); nothing was read.`,
        );
    } catch (error) {
      setOutcome({ kind: 'error', error, where: 'File' });
    }
  };

  const onRename = async (id: string, name: string) => {
    try {
      await renameLocalBundle(id, name);
    } catch (error) {
      setOutcome({ kind: 'error', error, where: 'Bundle' });
    }
    await refreshList();
  };

  const onDownload = async (entry: LocalBundleEntry) => {
    const text = await getLocalBundleText(entry.id);
    // Loaded on click: the download helper is shared with the charts' chunks.
    const { downloadText } = await import('../../lib/download');
    if (text !== undefined) downloadText(text, jsonFileName(entry.name), 'application/json');
  };

  const onDelete = async (entry: LocalBundleEntry) => {
    await deleteLocalBundle(entry.id);
    queryClient.removeQueries({ queryKey: bundleQueryOptions(localBundleKey(entry.id)).queryKey });
    await refreshList();
    if (current === entry.id) void navigate('/data', { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Your data"
        lede="Open a data bundle from your own disk and see it in every view. Nothing is uploaded: the file is read and kept in this browser, on this device only."
      />
      <section className="card own-data-open" aria-labelledby="open-heading">
        <h2 id="open-heading">Open a file</h2>
        <p>
          A bundle is checked exactly like one opened with <code>?data=</code>: UTF-8 JSON of at most 20 MB,
          in the format of <a href="/data/bundle.schema.json">the JSON Schema</a>. Once open it is kept here,
          so it survives a reload and works offline.
        </p>
        <FilePicker onFile={(file) => void onFile(file)} busy={outcome.kind === 'busy'} />
        <div aria-live="polite">
          {outcome.kind === 'busy' && <p>Reading {outcome.name}…</p>}
          {outcome.kind === 'opened' && (
            <p role="status" className="own-data-opened">
              Opened and kept <b>{outcome.entry.name}</b>. Every view now shows it:{' '}
              {VIEWS.map((view, index) => (
                <span key={view.to}>
                  {index > 0 && ' · '}
                  <Link to={`${view.to}?local=${encodeURIComponent(outcome.entry.id)}`}>{view.label}</Link>
                </span>
              ))}
            </p>
          )}
        </div>
        {outcome.kind === 'error' &&
          (outcome.error instanceof LocalStoreError ? (
            <div role="alert" className="error-panel">
              <h2>
                {outcome.error.quota ? 'No room left to keep this bundle' : 'The bundle could not be kept'}
              </h2>
              <p>{outcome.error.message}</p>
            </div>
          ) : (
            <ErrorPanel error={outcome.error} where={outcome.where} />
          ))}
      </section>
      <section aria-labelledby="kept-heading" className="own-data-kept">
        <h2 id="kept-heading">Kept on this device</h2>
        {current !== null && (
          <p>
            <a href="/data">Back to the default data</a>
          </p>
        )}
        {list.isPending ? (
          <p className="muted">Reading what this browser keeps…</p>
        ) : list.isError ? (
          <p role="alert">This browser does not let the dashboard keep data ({String(list.error)}).</p>
        ) : (
          <KeptBundles
            entries={list.data}
            current={current}
            onRename={(id, name) => void onRename(id, name)}
            onDownload={(entry) => void onDownload(entry)}
            onDelete={(entry) => void onDelete(entry)}
          />
        )}
      </section>
    </>
  );
}
