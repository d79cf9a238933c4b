import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorPanel } from '../../components/error-panel';
import { PageHeader } from '../../components/page-header';
import { richMessage } from '../../components/rich-message';
import { bundleQueryOptions, localBundleKey, useBundle, useLocalParam } from '../../data/bundle-query';
import { CsvFileError } from '../../data/csv-import/csv-file-error';
import { csvFileText } from './lib/csv-file-text';
import { readCsvFile } from '../../data/csv-import/read-csv-file';
import type { ParsedCsv } from '../../data/csv-import/read-csv';
import type { Bundle } from '../../data/schema';
import { BundleError } from '../../data/load-bundle';
import { readBundleFile } from '../../data/read-bundle-file';
import type { MessageId } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { siteHref } from '../../lib/same-origin';
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
  | { kind: 'error'; error: unknown; where: MessageId };

/** A file that is neither JSON nor a spreadsheet: said in the page's language where it is shown. */
class UnknownFileError extends Error {
  readonly fileName: string;
  constructor(fileName: string) {
    super(`"${fileName}" is neither a bundle (.json) nor a spreadsheet (.csv); nothing was read.`);
    this.name = 'UnknownFileError';
    this.fileName = fileName;
  }
}

const VIEWS: readonly { to: string; label: MessageId }[] = [
  { to: '/', label: 'app.nav.overview' },
  { to: '/fighters', label: 'app.nav.fighters' },
  { to: '/timeline', label: 'app.nav.timeline' },
  { to: '/countermeasures', label: 'app.nav.countermeasures' },
  { to: '/sources', label: 'app.nav.sources' },
];

const whole = (bundle: Bundle) => bundle;
const isCsv = (file: File) =>
  /\.(csv|tsv|txt)$/i.test(file.name) || /^text\/(csv|tab-separated-values|plain)$/.test(file.type);

export function OwnDataPage() {
  const t = useT();
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
      setOutcome({ kind: 'error', error, where: 'ownData.where.file' });
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
      else throw new UnknownFileError(file.name);
    } catch (error) {
      setOutcome({ kind: 'error', error, where: 'ownData.where.file' });
    }
  };

  const onRename = async (id: string, name: string) => {
    try {
      await renameLocalBundle(id, name);
    } catch (error) {
      setOutcome({ kind: 'error', error, where: 'ownData.where.bundle' });
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
        title={t('ownData.page.title')}
        lede={t('ownData.page.lede')}
      />
      <section className="card own-data-open" aria-labelledby="open-heading">
        <h2 id="open-heading">{t('ownData.open.heading')}</h2>
        <p>
          {richMessage(t, 'ownData.open.text', {
            param: <code>?data=</code>,
            schema: <a href="/data/bundle.schema.json">{t('ownData.open.schemaLink')}</a>,
          })}
        </p>
        <FilePicker onFile={(file) => void onFile(file)} busy={outcome.kind === 'busy'} />
        <div aria-live="polite">
          {outcome.kind === 'busy' && <p>{t('ownData.open.reading', { name: outcome.name })}</p>}
          {outcome.kind === 'opened' && (
            <p role="status" className="own-data-opened">
              {richMessage(t, outcome.imported ? 'ownData.open.imported' : 'ownData.open.opened', {
                name: <b>{outcome.entry.name}</b>,
              })}{' '}
              {VIEWS.map((view, index) => (
                <span key={view.to}>
                  {index > 0 && ' · '}
                  <Link to={`${view.to}?local=${encodeURIComponent(outcome.entry.id)}`}>{t(view.label)}</Link>
                </span>
              ))}
            </p>
          )}
        </div>
        {outcome.kind === 'error' &&
          (outcome.error instanceof BundleError ? (
            <ErrorPanel error={outcome.error} where={t(outcome.where)} />
          ) : (
            <div role="alert" className="error-panel">
              <h2>
                {outcome.error instanceof LocalStoreError
                  ? outcome.error.quota
                    ? t('ownData.error.quota')
                    : t('ownData.error.notKept')
                  : outcome.error instanceof CsvFileError
                    ? t('ownData.error.csv')
                    : t('ownData.error.cannotOpen')}
              </h2>
              <p>
                {outcome.error instanceof UnknownFileError
                  ? t('ownData.error.unknownFile', { name: outcome.error.fileName })
                  : outcome.error instanceof CsvFileError
                    ? csvFileText(outcome.error.problem)
                    : outcome.error instanceof Error
                    ? outcome.error.message
                    : String(outcome.error)}
              </p>
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
          <p className="muted">{t('ownData.import.loadingBase')}</p>
        ))}
      <section aria-labelledby="kept-heading" className="own-data-kept">
        <h2 id="kept-heading">{t('ownData.kept.heading')}</h2>
        {current !== null && (
          <p>
            <a href={siteHref('/data')}>{t('app.banner.backToDefault')}</a>
          </p>
        )}
        {list.isPending ? (
          <p className="muted">{t('ownData.kept.reading')}</p>
        ) : list.isError ? (
          <p role="alert">{t('ownData.kept.unavailable', { error: String(list.error) })}</p>
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
