import { useState } from 'react';
import { useBundle } from '../../../data/bundle-query';
import type { Bundle } from '../../../data/schema';
import { useT } from '../../../i18n/use-t';

const whole = (bundle: Bundle) => bundle;

/** "Download all data": the data package (one CSV per section, sources, the bundle and its schema) as a zip. */
export function DownloadPackage() {
  const t = useT();
  const bundle = useBundle(whole).data;
  const [state, setState] = useState<'idle' | 'busy' | { error: string }>('idle');
  const onClick = async () => {
    if (!bundle) return;
    setState('busy');
    try {
      // The writer and JSZip load on this click, not with the page.
      const [{ zipDataPackage, packageFolderName }, { downloadBlob }, schema] = await Promise.all([
        import('../../../data/data-package-zip'),
        import('../../../lib/download'),
        fetch('/data/bundle.schema.json').then((response) => {
          if (!response.ok) throw new Error(`the JSON Schema could not be fetched (HTTP ${response.status})`);
          return response.text();
        }),
      ]);
      const bytes = await zipDataPackage(bundle, schema);
      downloadBlob(
        new Blob([bytes.slice().buffer], { type: 'application/zip' }),
        `${packageFolderName(bundle.meta.version)}.zip`,
      );
      setState('idle');
    } catch (error) {
      setState({ error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void onClick()}
        disabled={!bundle || state === 'busy'}
      >
        {state === 'busy' ? t('sources.package.busy') : t('sources.package.button')}
      </button>{' '}
      <span className="muted">{t('sources.package.note')}</span>
      {typeof state === 'object' && <p role="alert">{t('sources.package.error', { error: state.error })}</p>}
    </>
  );
}
