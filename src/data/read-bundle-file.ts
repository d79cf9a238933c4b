// A bundle file from the reader's disk (the Your data page). Apart from
// load-bundle.ts so that its code loads with that page, not with every view.
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
      `The file is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_BUNDLE_BYTES)}. It was not read.`,
    );
  }
  const text = decodeBundleBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  const bundle = await parseBundleText(text, file.name);
  return { bundle, text };
}
