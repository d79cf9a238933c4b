import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorPanel } from '../../components/error-panel';
import { PageHeader } from '../../components/page-header';
import { bundleQueryOptions, localBundleKey, useBundle, useLocalParam } from '../../data/bundle-query';
import { CsvFileError } from '../../data/csv-import/csv-file-error';
import { readCsvFile } from '../../data/csv-import/read-csv-file';
import type { ParsedCsv } from '../../data/csv-import/read-csv';
import type { Bundle } from '../../data/schema';
import { BundleError } from '../../data/load-bundle';
import { readBundleFile } from '../../data/read-bundle-file';
import {
  deleteLocalBundle,
  getLocalBundleText,
  LocalStoreError,
  renameLocalBundle,
  saveLocalBundle,
  type LocalBundleEntry,
} from '../../data/local-bundles';
import { CsvImport } from './components/csv-import';
import { FilePicker } from './components/file-picker';
import { KeptBundles } from './components/kept-bundles';
import { localBundlesQuery, useLocalBundles } from './hooks/use-local-bundles';
import { jsonFileName } from './lib/format';
import './own-data.css';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'opened'; entry: LocalBundleEntry; imported?: boolean }
  | { kind: 'importing'; name: string; parsed: ParsedCsv }
  | { kind: 'error'; error: unknown; where: string };

const VIEWS = [
  { to: '/', label: 'Overview' },
  { to: '/fighters', label: 'Foreign fighters' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/countermeasures', label: 'Countermeasures' },
  { to: '/sources', label: 'Sources' },
];

const whole = (bundle: Bundle) => bundle;
const isCsv = (file: File) =>
  /\.(csv|tsv|txt)$/i.test(file.name) || /^text\/(csv|tab-separated-values|plain)$/.test(file.type);

export function OwnDataPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const current = useLocalParam();
  const list = useLocalBundles();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const inForce = useBundle(whole);

  const refreshList = () => queryClient.invalidateQueries({ queryKey: localBundlesQuery.queryKey });

  const keep = async (bundle: Bundle, name: string, text?: string, imported = false) => {
    const entry = await saveLocalBundle(bundle, name, text);
    // Already validated: the views draw it without reading it back from IndexedDB.
    queryClient.setQueryData(bundleQueryOptions(localBundleKey(entry.id)).queryKey, bundle);
    await refreshList();
    setOutcome({ kind: 'opened', entry, imported });
    void navigate(`/data?local=${encodeURIComponent(entry.id)}`, { replace: true });
  };

  const openJson = async (file: File) => {
    const { bundle, text } = await readBundleFile(file);
    await keep(bundle, file.name, text);
  };

  const keepImported = async (bundle: Bundle, name: string) => {
    try {
      await keep(bundle, name, JSON.stringify(bundle, null, 2), true);
    } catch (error) {
      setOutcome({ kind: 'error', error, where: 'File' });
    }
  };

  const downloadImported = async (bundle: Bundle, name: string) => {
    const { downloadText } = await import('../../lib/download');
    downloadText(`${JSON.stringify(bundle, null, 2)}\n`, jsonFileName(name), 'application/json');
  };

  const onFile = async (file: File) => {
    setOutcome({ kind: 'busy', name: file.name });
    try {
      if (/\.json$/i.test(file.name) || file.type === 'application/json') await openJson(file);
      else if (isCsv(file))
        setOutcome({ kind: 'importing', name: file.name, parsed: await readCsvFile(file) });
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
        lede="Open a data bundle or import a spreadsheet from your own disk and see it in every view. Nothing is uploaded: the file is read and kept in this browser, on this device only."
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
              {outcome.imported ? 'Imported and kept' : 'Opened and kept'} <b>{outcome.entry.name}</b>. Every
              view now shows it:{' '}
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
          (outcome.error instanceof BundleError ? (
            <ErrorPanel error={outcome.error} where={outcome.where} />
          ) : (
            <div role="alert" className="error-panel">
              <h2>
                {outcome.error instanceof LocalStoreError
                  ? outcome.error.quota
                    ? 'No room left to keep this bundle'
                    : 'The bundle could not be kept'
                  : outcome.error instanceof CsvFileError
                    ? 'The spreadsheet could not be read'
                    : 'This file cannot be opened'}
              </h2>
              <p>{outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}</p>
            </div>
          ))}
      </section>
      {outcome.kind === 'importing' &&
        (inForce.data ? (
          <CsvImport
            key={outcome.name}
            fileName={outcome.name}
            parsed={outcome.parsed}
            base={inForce.data}
            onKeep={(bundle, name) => void keepImported(bundle, name)}
            onDownload={(bundle, name) => void downloadImported(bundle, name)}
            onCancel={() => setOutcome({ kind: 'idle' })}
          />
        ) : (
          <p className="muted">Loading the data to check the rows against…</p>
        ))}
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
