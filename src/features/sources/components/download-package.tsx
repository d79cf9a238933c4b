import { useState } from 'react';
import { useBundle } from '../../../data/bundle-query';
import type { Bundle } from '../../../data/schema';

const whole = (bundle: Bundle) => bundle;

/** "Download all data": the data package (one CSV per section, sources, the bundle and its schema) as a zip. */
export function DownloadPackage() {
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
        {state === 'busy' ? 'Preparing the zip…' : 'Download all data (.zip)'}
      </button>{' '}
      <span className="muted">
        — a Frictionless data package: one spreadsheet (CSV) per section, the sources, the bundle and its
        schema, and datapackage.json describing every column.
      </span>
      {typeof state === 'object' && <p role="alert">The zip could not be made: {state.error}</p>}
    </>
  );
}
