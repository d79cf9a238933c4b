// Prints what the service worker precaches, gzip-compressed, per file type.
// Usage: node scripts/precache-report.mjs [distDir]   (default: dist)
// Reads the precache manifest that vite-plugin-pwa writes into sw.js, so it
// reports exactly what a reader downloads to go offline, not what is on disk.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const distDir = process.argv[2] ?? 'dist';
const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
const manifestStart = sw.indexOf('precacheAndRoute(');
if (manifestStart === -1) throw new Error(`${distDir}/sw.js has no precacheAndRoute(...) manifest`);
const manifestEnd = sw.indexOf(']', manifestStart);
const urls = [
  ...new Set([...sw.slice(manifestStart, manifestEnd).matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1])),
];

const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const rawSize = (path) => readFileSync(path).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const byType = new Map();
for (const url of urls) {
  const path = join(distDir, url.replace(/^\//, ''));
  const type = extname(url).slice(1) || '(none)';
  const row = byType.get(type) ?? { files: 0, raw: 0, gzip: 0 };
  row.files += 1;
  row.raw += rawSize(path);
  row.gzip += gzipSize(path);
  byType.set(type, row);
}

const rows = [...byType.entries()].sort((a, b) => b[1].gzip - a[1].gzip);
const total = rows.reduce(
  (sum, [, r]) => ({ files: sum.files + r.files, raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }),
  {
    files: 0,
    raw: 0,
    gzip: 0,
  },
);
const lines = [
  '| type | files | raw | gzip |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map(([type, r]) => `| ${type} | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
  `| **total** | **${total.files}** | **${kb(total.raw)}** | **${kb(total.gzip)}** |`,
];
console.log(`Precache of ${distDir}/sw.js (gzip -9 per file)\n`);
console.log(lines.join('\n'));

// The worker and its workbox runtime are fetched too, but outside the precache.
const workerFiles = ['sw.js', ...readdirSync(distDir).filter((f) => /^workbox-[\w-]+\.js$/.test(f))];
const workerGzip = workerFiles.reduce((sum, f) => sum + gzipSize(join(distDir, f)), 0);
console.log(`\nPlus the service worker itself (${workerFiles.join(', ')}): ${kb(workerGzip)} gzip.`);
