// npm run export-package [bundle] [out]: writes the data package that the
// Sources page's "Download all data" gives (src/data/data-package.ts): one CSV
// per section, sources.csv, the link tables, bundle.json, bundle.schema.json and
// datapackage.json. `out` is a folder (default: data-package/), or a .zip.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataPackage } from '../src/data/data-package';
import { zipDataPackage } from '../src/data/data-package-zip';
import { validateBundle } from '../src/data/validate';

const [bundleArg = 'public/data/bundle.json', outArg = 'data-package'] = process.argv.slice(2);
const bundlePath = resolve(bundleArg);
const out = resolve(outArg);
const schemaText = readFileSync(resolve('public/data/bundle.schema.json'), 'utf8');

let data: unknown;
try {
  data = JSON.parse(readFileSync(bundlePath, 'utf8').replace(/^\uFEFF/, ''));
} catch (error) {
  console.error(`${bundlePath}: cannot read as JSON: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const result = validateBundle(data);
if (!result.ok) {
  console.error(`${bundlePath}: ${result.problems.length} problem(s); no package written.`);
  for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
  process.exit(1);
}

if (out.endsWith('.zip')) {
  writeFileSync(out, await zipDataPackage(result.bundle, schemaText));
  console.log(`${out}: data package written (zip).`);
} else {
  mkdirSync(out, { recursive: true });
  const files = buildDataPackage(result.bundle, schemaText);
  for (const file of files) writeFileSync(join(out, file.path), file.text);
  console.log(`${out}/: ${files.length} files written (${files.map((f) => f.path).join(', ')}).`);
}
