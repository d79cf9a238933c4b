// The benchmark's own static server: the peer pages, the three peer libraries
// from node_modules, and generated data under /bench/. No network beyond
// localhost. Text is gzipped like vite preview does, so transfer sizes compare.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
const MOUNTS = [
  { prefix: '/peers/', dir: join(ROOT, 'scripts/bench/peers') },
  { prefix: '/node_modules/@knight-lab/timelinejs/dist/', dir: join(ROOT, 'node_modules/@knight-lab/timelinejs/dist') },
  { prefix: '/node_modules/vega/build/', dir: join(ROOT, 'node_modules/vega/build') },
  { prefix: '/node_modules/vega-lite/build/', dir: join(ROOT, 'node_modules/vega-lite/build') },
  { prefix: '/node_modules/vega-embed/build/', dir: join(ROOT, 'node_modules/vega-embed/build') },
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** Serves the mounts plus `files` ({ '/bench/x.json': Buffer | string }) on a free port. */
export async function startBenchServer(files) {
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let body = files[path];
    let file = null;
    if (body === undefined) {
      const mount = MOUNTS.find((m) => path.startsWith(m.prefix));
      const candidate = mount && normalize(join(mount.dir, path.slice(mount.prefix.length)));
      if (candidate && candidate.startsWith(mount.dir) && existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
    }
    if (body === undefined && file === null) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
      return;
    }
    const ext = extname(path);
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      // The app (another origin) loads /bench/big.json with ?data=.
      'access-control-allow-origin': '*',
      'cache-control': 'no-cache',
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (!gzip && file) {
      response.writeHead(200, headers);
      createReadStream(file).pipe(response);
      return;
    }
    const raw = body ?? readFileSync(file);
    let payload = raw;
    if (gzip) {
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(raw));
      payload = gzipped.get(path);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = Buffer.byteLength(payload);
    response.writeHead(200, headers);
    response.end(payload);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
