// A bundle file from the reader's disk (the Your data page). Apart from
// load-bundle.ts so that its code loads with that page, not with every view.
import { t } from '../i18n/i18n';
import {
  BundleError,
  decodeBundleBytes,
  formatBytes,
  MAX_BUNDLE_BYTES,
  parseBundleText,
} from './load-bundle';
import type { Bundle } from './schema';

/** A bundle file picked or dropped by the reader: the same limit, decoding and checks as ?data=. */
export async function readBundleFile(
  file: Blob & { name: string },
): Promise<{ bundle: Bundle; text: string }> {
  if (file.size > MAX_BUNDLE_BYTES) {
    throw new BundleError(
      'too-large',
      file.name,
      t('data.load.fileTooLarge', { size: formatBytes(file.size), limit: formatBytes(MAX_BUNDLE_BYTES) }),
    );
  }
  const text = decodeBundleBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  const bundle = await parseBundleText(text, file.name);
  return { bundle, text };
}
