// Size budgets of the build (issue 9), checked by `npm test` after the build.
// Usage: node scripts/check-size.mjs [distDir]   (default: dist)
//
// First-route JS: what a reader's browser must download before a main route
// shows its live view: the entry chunk and its static imports, plus the
// route's lazily imported view chunk(s) and theirs. Chart code (Recharts)
// loads after the first paint behind fixed-size placeholders and is not
// counted; if a view ever imports it statically it lands here and fails.
// Precache: everything the service worker stores to go offline (sw.js manifest).
// Sizes are gzip -9 of each file, as in scripts/precache-report.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets in KB (1024 bytes) gzip. Issue 9 asks for first-route JS <= 100 KB;
 * the fixed stack alone (react + react-dom 66.3 KB, react-router 7, TanStack
 * Query, zod/mini with the bundle schema: the 55 KB entry chunk) is above it,
 * so each route's budget is its achieved size plus a small margin: it stops
 * growth, it does not certify the target.
 */
export const TARGETS = { firstRouteJs: 100, precache: 600 };
/**
 * Raised from 600 in December 2026 (issues 16-18), measured at 701 KB: the data
 * bundle grew with the 2021-2025 records, places and regional figures (+~20 KB
 * gzip), three new embeds and the map are prerendered pages (+~45 KB of HTML),
 * and offline now also covers /data (CSV worker, import, IndexedDB) and the map
 * (+~35 KB of JS). The issue's 600 KB target is not met; the heaviest item is
 * /timeline's static copy (69 to 100 KB gzip, 25 KB of it the full event list).
 * Known defect: the prerendered HTML still varies with timing (701, 721 and 746 KB
 * of precache seen from the same commit): lazily loaded sections such as the map's
 * frame are in the static copy or not depending on whether their chunk arrived
 * before the snapshot, and the phone and desktop twins of the event list then differ
 * and are both kept. The budget covers the largest seen until that is made stable.
 */
/*
 * Raised again for issue 19 (French and Arabic), measured at 805 KB: the bundle carries the editors'
 * French and Arabic texts of every record (data/bundle.json 64 -> 124 KB gzip; the issue asks for
 * them in the bundle), and the English catalog areas (18 KB) are precached. The French and Arabic
 * catalogs (29 and 32 KB) and static pages (fr/, ar/) are not: the worker keeps a language's catalogs
 * the first time a page in it opens (src/i18n/warm-catalogs.ts). The margin covers the timing spread above.
 */
export const PRECACHE_BUDGET = 850;

/**
 * Main routes, the lazily imported chunk(s) each needs before it shows (by
 * file-name prefix), and each route's first-route JS budget (achieved at
 * issue 9 + about 4 KB).
 */
export const ROUTES = [
  // December 2026 (issues 16-18), each raised to its measured size + about 1 KB, with why:
  // - every route: ?local= in the shell (query key, nav links, banner, "not stored" panel; the
  //   IndexedDB code stays lazy), about 1 KB; qualifier wording and source-kind labels, shared;
  // - / : the latest official figures beside the seed's (computed change);
  // - /timeline: arrests by country and follow-up links in the event list, the Sahel sentence,
  //   the map's URL state and the timeline's colours split into shared chunks.
  // Chart code (Recharts, the map) stays out of every first route.
  // Issue 19 (French and Arabic), measured on English pages, the route's own catalog area now counted:
  // Lingui's core and the i18n layer 3.7 KB; the shell's English messages (header, chart frames and
  // exports, the bundle's labels and its validation messages) about 7.5 KB in the entry; each view's
  // messages (1.4 KB on /, 6.7 KB on /timeline) load beside its chunk. Strings moved out of the code,
  // but ICU messages with ids weigh more than the literals they replace: +12 to +19 KB per route.
  { path: '/', chunks: ['overview-page', 'i18n-en-overview'], budget: 136 },
  { path: '/fighters', chunks: ['fighters-page', 'i18n-en-fighters'], budget: 153 },
  { path: '/timeline', chunks: ['timeline-page', 'i18n-en-timeline'], budget: 182 },
  { path: '/countermeasures', chunks: ['countermeasures-page', 'i18n-en-countermeasures'], budget: 165 },
  { path: '/embed/fighters-composition', chunks: ['embed-page', 'fighters-embeds', 'i18n-en-present-embed', 'i18n-en-fighters'], budget: 153 },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function analyseBuild(distDir) {
  const read = (file) => readFileSync(join(distDir, file), 'utf8');
  const gzipCache = new Map();
  const gzip = (file) => {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length);
    return gzipCache.get(file);
  };
  const shell = read('index.html');
  let entry = shell.match(/<script type="module"[^>]*src="\/([^"]+)"/)?.[1];
  if (!entry) throw new Error(`${distDir}: no <script type="module"> in index.html`);
  // A prerendered page loads the entry through a small loader (scripts/prerender.mjs), counted with it.
  const loader = /^assets\/boot-/.test(entry) ? entry : null;
  if (loader) entry = read(loader).match(/const entry = "\/([^"]+)"/)?.[1];
  if (!entry) throw new Error(`${distDir}: the loader ${loader} names no entry`);
  // The app's own stylesheet (a prerendered page also links its route's and its own).
  const shellCss = [...shell.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)]
    .map((m) => m[1])
    .filter((href) => /^assets\/index-/.test(href));

  const staticImports = (file) => {
    const code = read(file);
    return [...code.matchAll(/import\s*(?:[\w$*{}\s,]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => `assets/${m[1]}`);
  };
  const closure = (roots) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      staticImports(file).forEach(visit);
    };
    roots.forEach(visit);
    return seen;
  };
  /** Every lazy import in the app's chunks, with the files Vite preloads beside it. */
  const dynamicImports = new Map();
  const jsFiles = [...closure([entry])];
  const pending = [...jsFiles];
  const scanned = new Set();
  while (pending.length > 0) {
    const file = pending.pop();
    if (scanned.has(file)) continue;
    scanned.add(file);
    const code = read(file);
    const depsList = code.match(/m\.f\s*\|\|\s*\(m\.f\s*=\s*(\[[^\]]*\])/)?.[1];
    const deps = depsList ? JSON.parse(depsList) : [];
    for (const m of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) {
      const target = `assets/${m[1]}`;
      // Vite's preload wrapper names the files to fetch beside the chunk, right after the import().
      const after = code.slice(m.index + m[0].length, m.index + m[0].length + 400).split('import(')[0];
      const indices = after.match(/__vite__mapDeps\(\[([\d,\s]*)\]\)/)?.[1] ?? '';
      const extra = indices.split(',').filter((i) => i.trim() !== '').map((i) => deps[Number(i)]).filter(Boolean);
      dynamicImports.set(target, [target, ...extra]);
      pending.push(target, ...closure([target]));
    }
  }
  const findChunk = (prefix) => {
    const match = [...dynamicImports.keys()].find((f) => new RegExp(`^assets/${prefix}-[\\w-]{8}\\.js$`).test(f));
    if (!match) throw new Error(`${distDir}: no lazily imported chunk named ${prefix}-*.js`);
    return match;
  };
  // Classic scripts in <head> (the prerendered pages' guard) load first of all.
  const classic = [...shell.matchAll(/<script src="\/([^"]+)"/g)].map((m) => m[1]);
  const entryJs = new Set([...closure([entry]), ...(loader ? [loader] : []), ...classic]);
  const routes = ROUTES.map((route) => {
    const files = new Set([...entryJs, ...shellCss]);
    for (const prefix of route.chunks) {
      for (const file of dynamicImports.get(findChunk(prefix))) {
        if (file.endsWith('.css')) files.add(file);
        else closure([file]).forEach((f) => files.add(f));
      }
    }
    const js = [...files].filter((f) => f.endsWith('.js'));
    const css = [...files].filter((f) => f.endsWith('.css'));
    const sum = (list) => list.reduce((total, f) => total + gzip(f), 0);
    return {
      path: route.path,
      budget: route.budget,
      jsFiles: js.length,
      jsGzip: sum(js),
      cssGzip: sum(css),
      recharts: js.some((f) => /\/recharts-/.test(f)),
    };
  });

  const sw = read('sw.js');
  const start = sw.indexOf('precacheAndRoute(');
  if (start === -1) throw new Error(`${distDir}/sw.js has no precache manifest`);
  const urls = [
    ...new Set([...sw.slice(start, sw.indexOf(']', start)).matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1])),
  ];
  const precache = { files: urls.length, gzip: urls.reduce((total, url) => total + gzip(url.replace(/^\//, '')), 0) };
  // What each language's catalog weighs, all areas (English's shell areas are in the entry chunk).
  const assets = readdirSync(join(distDir, 'assets'));
  const languages = ['en', 'fr', 'ar'].map((code) => {
    const files = assets.filter((f) => f.startsWith(`i18n-${code}-`) && f.endsWith('.js')).map((f) => `assets/${f}`);
    return { code, files: files.length, gzip: files.reduce((total, f) => total + gzip(f), 0) };
  });
  return { routes, precache, languages };
}

function main() {
  const distDir = process.argv[2] ?? 'dist';
  const { routes, precache, languages } = analyseBuild(distDir);
  const failures = [];
  const lines = [
    `Size budgets of ${distDir}/ (gzip -9; budget = achieved + margin, issue target in brackets)`,
    '',
    '| route | JS files | first-route JS | CSS | budget |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const r of routes) {
    const over = r.jsGzip > r.budget * 1024;
    if (over) failures.push(`${r.path}: first-route JS ${kb(r.jsGzip)} > ${r.budget} KB`);
    if (r.recharts) failures.push(`${r.path}: Recharts is on the first route's critical path`);
    lines.push(
      `| ${r.path} | ${r.jsFiles} | ${kb(r.jsGzip)} | ${kb(r.cssGzip)} | ${over ? 'OVER' : 'ok'} ≤ ${r.budget} KB (target ${TARGETS.firstRouteJs}) |`,
    );
  }
  const precacheOver = precache.gzip > PRECACHE_BUDGET * 1024;
  if (precacheOver) failures.push(`precache ${kb(precache.gzip)} > ${PRECACHE_BUDGET} KB`);
  lines.push(
    `| precache (${precache.files} files) | | ${kb(precache.gzip)} | | ${precacheOver ? 'OVER' : 'ok'} ≤ ${PRECACHE_BUDGET} KB (target ${TARGETS.precache}) |`,
  );
  lines.push(
    '',
    `Catalogs by language, every area (lazy; each view loads its own): ${languages
      .map((l) => `${l.code} ${kb(l.gzip)} in ${l.files} files${l.code === 'en' ? ' (plus the shell areas in the entry)' : ''}`)
      .join('; ')}.`,
  );
  console.log(lines.join('\n'));
  if (failures.length > 0) {
    console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log(
    `\nSize budgets: ok. First-route JS is over the issue's ${TARGETS.firstRouteJs} KB target on every route; ` +
      'the budgets above hold it where it is (see the comment at the top of scripts/check-size.mjs).',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
