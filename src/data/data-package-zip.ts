// The data package as one .zip. JSZip (about 28 KB gzip) loads only here, on
// the reader's click (the Sources page) or in the CLI (scripts/export-package.ts).
import { buildDataPackage } from './data-package';
import type { Bundle } from './schema';

/** The folder inside the zip, so unzipping does not scatter files: "morocco-ct-data-2026-12-01". */
export function packageFolderName(version: string): string {
  const slug = version
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `morocco-ct-data-${slug || 'bundle'}`;
}

export async function zipDataPackage(bundle: Bundle, schemaText: string): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const folder = zip.folder(packageFolderName(bundle.meta.version)) ?? zip;
  for (const file of buildDataPackage(bundle, schemaText)) folder.file(file.path, file.text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
