// npm run bench [-- --dist DIR] [--runs N] [--skip scale,limit,peers,pages]
// Performance benchmark of issue 9; prints Markdown tables to stdout. Not part
// of `npm test`: timings vary by machine and load, so they are reported, never asserted.
//   1. Pages: Lighthouse 12 (mobile, simulated throttling), median and range
//      of N runs per main route, and JS/CSS bytes (gzip) per route.
//   2. Scale: 10,000 events and 5,000 measures loaded with ?data=.
//   3. Peers: TimelineJS and Vega-Lite (vega-embed) on local pages, measured
//      like our /timeline and /embed/fighters-composition.
// Needs a build (default dist/; `npm run build` first) and Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { derivedMen, headlineSnapshot } from '../../src/data/derived.ts';
import { analyseBuild } from '../check-size.mjs';
import { bigBundle, SCALE } from './big-bundle.mjs';
import { CHROME_PATH, lighthouse, median, timeToDrawn } from './browser.mjs';
import { buildValidateModule, scaleBench, VALIDATE_PAGE } from './scale.mjs';
import { limitBundle, longestTasks } from './longest-task.mjs';
import { startBenchServer } from './server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' }, skip: { type: 'string', default: '' } },
});
const distDir = resolve(args.dist);
const runs = Math.max(1, Number(args.runs));
const skip = new Set(args.skip.split(',').filter(Boolean));
if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir}/index.html is missing: run \`npm run build\` first.`);
if (!existsSync(CHROME_PATH)) throw new Error(`No Chromium at ${CHROME_PATH} (apt-get install -y chromium, or set CHROME_PATH).`);

const ROUTES = ['/', '/fighters', '/timeline', '/countermeasures', '/embed/fighters-composition'];
const out = [];
const print = (line = '') => {
  out.push(line);
  console.log(line);
};
const fmt = {
  ms: (v) => `${Math.round(v)}`,
  s: (v) => (v / 1000).toFixed(2),
  kb: (v) => (v / 1024).toFixed(1),
  cls: (v) => v.toFixed(3),
  n: (v) => `${Math.round(v)}`,
};
/** "median (min–max)" of a list, through a formatter. */
const spread = (values, f) => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? f(lo) : `${f(median(values))} (${f(lo)}–${f(hi)})`;
};

// Data for the scale bench and the peers, computed from the shipped bundle.
const bundle = JSON.parse(readFileSync(join(distDir, 'data/bundle.json'), 'utf8'));
const seed = headlineSnapshot(bundle);
if (!seed) throw new Error('the bundle has no headline statement');
const men = derivedMen(seed.figures).value;
const composition = [
  { group: 'Men', count: men, order: 0 },
  { group: 'Women', count: seed.figures.women, order: 1 },
  { group: 'Children', count: seed.figures.children, order: 2 },
];
const timelineJs = {
  title: { text: { headline: 'Cell dismantlings in Morocco', text: bundle.meta.title } },
  events: bundle.cellEvents.map((e) => {
    const [year, month, day] = e.date.split('-').map(Number);
    return {
      start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
      text: {
        headline: e.places.map((p) => p.city).join(', '),
        text: `${e.details}${e.arrested === null ? '' : ` Arrested: ${e.arrested}.`}`,
      },
    };
  }),
};

const limit = skip.has('limit') ? null : limitBundle(bundle);
const bench = await startBenchServer({
  '/bench/big.json': Buffer.from(JSON.stringify(bigBundle(bundle))),
  '/bench/limit.json': limit ? Buffer.from(limit.text) : '',
  '/bench/validate.js': skip.has('scale') ? '' : await buildValidateModule(),
  '/bench/validate.html': VALIDATE_PAGE,
  '/bench/composition.json': JSON.stringify(composition),
  '/bench/timeline-events.json': JSON.stringify(timelineJs),
});
const app = await preview({
  configFile: false,
  logLevel: 'silent',
  root: ROOT,
  build: { outDir: distDir },
  preview: { port: 0, strictPort: false, open: false, host: '127.0.0.1' },
});
const appUrl = app.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!appUrl) throw new Error('vite preview did not report a URL');

async function lighthouseRuns(url) {
  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await lighthouse(url));
  return results;
}
const lhCells = (results) => {
  const col = (key, f) => spread(results.map((r) => r[key]), f);
  return [
    col('performance', fmt.n),
    col('fcp', fmt.s),
    col('lcp', fmt.s),
    col('tbt', fmt.ms),
    col('cls', fmt.cls),
    col('accessibility', fmt.n),
    col('bestPractices', fmt.n),
    col('seo', fmt.n),
  ];
};

try {
  print(`# Benchmark of ${distDir}`);
  print();
  print(`Lighthouse 12, mobile preset, simulated throttling; median (min–max) of ${runs} run(s). Times in s, TBT in ms.`);
  let pageResults = new Map();
  if (!skip.has('pages')) {
    const sizes = new Map(analyseBuild(distDir).routes.map((r) => [r.path, r]));
    print();
    print('## 1. Pages');
    print();
    print('| route | perf | FCP | LCP | TBT | CLS | a11y | best pr. | SEO | first-route JS KB gz | CSS KB gz |');
    print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const route of ROUTES) {
      const results = await lighthouseRuns(`${appUrl}${route}`);
      pageResults.set(route, results);
      const size = sizes.get(route);
      print(`| ${route} | ${lhCells(results).join(' | ')} | ${size ? fmt.kb(size.jsGzip) : '–'} | ${size ? fmt.kb(size.cssGzip) : '–'} |`);
    }
  }

  if (!skip.has('scale')) {
    print();
    print(`## 2. Scale: ${SCALE.events.toLocaleString('en-GB')} events, ${SCALE.measures.toLocaleString('en-GB')} measures via ?data=`);
    print();
    print(`Chromium, 1280×900, no throttling; median (min–max) in ms.`);
    print();
    const s = await scaleBench({ appUrl, benchUrl: bench.url, runs });
    print('| measure | ms |');
    print('| --- | ---: |');
    print(`| JSON.parse of the ${fmt.kb(JSON.stringify(bigBundle(bundle)).length / 1024)} MB bundle | ${spread(s.parseMs, fmt.ms)} |`);
    print(`| validation (zod/mini + integrity checks) | ${spread(s.validateMs, fmt.ms)} |`);
    print(`| /timeline: navigation to first chart drawn (download, parse, validate, aggregate, draw) | ${spread(s.firstChartMs, fmt.ms)} |`);
    print(`| /timeline: granularity change (click to next paint) | ${spread(s.granularityMs, fmt.ms)} |`);
    print(`| /timeline: navigation to the event timeline's marks drawn (first dismantling mark) | ${spread(s.firstMarksMs, fmt.ms)} |`);
    print(`| /timeline: event timeline range preset (a filter change, click to next paint) | ${spread(s.rangeChangeMs, fmt.ms)} |`);
    print(`| /countermeasures: keystroke to next paint (Event Timing, longest event per key; <16 not reported) | ${s.keystrokeMs.length > 1 || s.keystrokeMs[0] ? spread(s.keystrokeMs, fmt.ms) : '< 16'} |`);
    print(`| /countermeasures: keystroke to filtered matrix painted (includes the 150 ms typing pause) | ${spread(s.filteredMs, fmt.ms)} |`);
  }

  if (limit) {
    print();
    const mb = (Buffer.byteLength(limit.text) / (1024 * 1024)).toFixed(1);
    print(`## 2b. Longest main-thread task with a ${mb} MB bundle (the README's 20 MB limit) via ?data=`);
    print();
    const c = limit.counts;
    print(
      `${c.events.toLocaleString('en-GB')} events, ${c.contextEvents.toLocaleString('en-GB')} context events all citing one source, ${c.measures.toLocaleString('en-GB')} measures, ${c.sources.toLocaleString('en-GB')} sources. Chromium, 1280×900, no throttling; one run per view; longest task from the Long Tasks API, navigation to 1.5 s after the view is ready (on /sources, after opening the most-cited source).`,
    );
    print();
    print('| view | ready (ms) | longest task (ms) | tasks over 1 s |');
    print('| --- | ---: | ---: | ---: |');
    for (const r of await longestTasks({ appUrl, dataUrl: `${bench.url}/bench/limit.json` }))
      print(`| ${r.view} | ${fmt.ms(r.readyMs)} | ${fmt.ms(r.longestMs)} | ${r.over1s} |`);
  }

  if (!skip.has('peers')) {
    print();
    print('## 3. Peers, same run');
    print();
    print(
      `Lighthouse as above. "drawn" = ms from navigation until the chart is drawn, and bytes transferred by then, in Chromium at 412×823 with the CPU slowed 4x (median of ${runs}).`,
    );
    print();
    const pairs = [
      {
        name: 'timeline',
        ours: { url: `${appUrl}/timeline`, selector: 'svg.recharts-surface .recharts-bar-rectangle', label: 'ours /timeline' },
        peer: { url: `${bench.url}/peers/timeline.html`, selector: 'html[data-chart-drawn]', label: 'TimelineJS 3' },
      },
      {
        name: 'composition',
        ours: {
          url: `${appUrl}/embed/fighters-composition`,
          selector: 'svg .recharts-bar-rectangle',
          label: 'ours /embed/fighters-composition',
        },
        peer: { url: `${bench.url}/peers/vega.html`, selector: 'html[data-chart-drawn]', label: 'Vega-Lite 6 (vega-embed)' },
      },
    ];
    print('| page | perf | FCP | LCP | TBT | CLS | a11y | best pr. | SEO | KB transferred (LH) | JS KB (LH) | drawn ms | KB by drawn |');
    print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const ratios = [];
    for (const pair of pairs) {
      const measured = {};
      for (const side of ['ours', 'peer']) {
        const { url, selector, label } = pair[side];
        const path = side === 'ours' ? new URL(url).pathname : null;
        const lh = (path && pageResults.get(path)) || (await lighthouseRuns(url));
        const drawn = [];
        for (let i = 0; i < runs; i += 1) drawn.push(await timeToDrawn(url, selector));
        measured[side] = { lh, drawn };
        print(
          `| ${label} | ${lhCells(lh).join(' | ')} | ${fmt.kb(median(lh.map((r) => r.bytes)))} | ${fmt.kb(median(lh.map((r) => r.jsBytes)))} | ${spread(drawn.map((d) => d.drawnMs), fmt.ms)} | ${fmt.kb(median(drawn.map((d) => d.bytes)))} |`,
        );
      }
      const ratio = (f) => (f(measured.ours) / f(measured.peer)).toFixed(2);
      ratios.push(
        `| ${pair.ours.label} / ${pair.peer.label} | ${ratio((m) => median(m.lh.map((r) => r.performance)))} | ${ratio((m) => median(m.lh.map((r) => r.lcp)))} | ${ratio((m) => median(m.lh.map((r) => r.tbt)) || 1)} | ${ratio((m) => median(m.lh.map((r) => r.bytes)))} | ${ratio((m) => median(m.drawn.map((d) => d.drawnMs)))} |`,
      );
    }
    print();
    print('Ratios, ours / peer (below 1 is better for us, except perf score):');
    print();
    print('| pair | perf | LCP | TBT | bytes | drawn ms |');
    print('| --- | ---: | ---: | ---: | ---: | ---: |');
    ratios.forEach((line) => print(line));
  }
} finally {
  await app.close();
  await bench.close();
}
