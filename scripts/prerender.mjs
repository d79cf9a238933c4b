// Build step: saves each main route's first screen as static HTML, so the
// page's title, headline numbers and text paint before any JavaScript runs
// (issue 9). After `vite build` writes the app, this serves it with
// `vite preview`, opens every route in headless Chromium, waits until the
// live view is ready (src/app/prerender-takeover.ts sets data-app-ready on
// <html>), and writes the markup of #root into <route>.html:
//   /            -> index.html
//   /fighters    -> fighters.html        (vite preview, static hosts and the
//   /embed/<id>  -> embed/<id>.html       service worker's cleanURLs all map
//                                          /fighters to fighters.html)
// The client does not hydrate this copy; it swaps it for the live view.
//
// A chart drawn on the first screen is kept as a picture, marked with the data
// version and width it was drawn at; the app shows it until the reader reaches
// for the chart (src/charts/static-plots.ts), so no chart code runs at load.
// Other charts become the same empty box the app shows while chart code
// loads. Inline style
// attributes (which the Content-Security-Policy forbids in markup) become
// classes in one hashed stylesheet. Where a view depends on the screen width
// (filters open on wide screens, folded on phones), a phone copy and a wide
// copy are kept and CSS shows the one that fits.
//
// Without Chromium (e.g. `npm start` on a fresh machine) the build goes on
// unprerendered, with a notice: the app works the same, only its first paint waits for JS.
// Functions passed to page.evaluate run in the browser.
/* global document, location, innerHeight, Node, HTMLSelectElement, HTMLInputElement, requestAnimationFrame */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CHROME_FLAGS, CHROME_PATH } from './chromium.mjs';

/** Routes saved as static HTML; every embed chart id is added from the app's own list. */
export const PRERENDER_ROUTES = ['/', '/fighters', '/timeline', '/countermeasures', '/sources', '/present'];
/**
 * Languages other than English, saved under their prefix (/fr/timeline -> fr/timeline.html,
 * /fr -> fr.html). Mirrors src/i18n/locales.ts, which a plain Node script cannot import.
 */
export const PRERENDER_LOCALES = [
  { code: 'fr', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
];

/** "/timeline" in a language: "/fr/timeline"; "/" -> "/fr". */
export const localizeRoute = (route, code) =>
  code === 'en' ? route : route === '/' ? `/${code}` : `/${code}${route}`;

/** The English route behind a saved page: "/fr/timeline" -> { code: 'fr', route: '/timeline' }. */
export function routeLanguage(route) {
  const match = /^\/(fr|ar)(\/.*)?$/.exec(route);
  return match ? { code: match[1], route: match[2] ?? '/' } : { code: 'en', route };
}
/** Phone and desktop widths; 412 px is Lighthouse's mobile viewport. */
const WIDTHS = { narrow: 412, wide: 1280 };
/**
 * Where the views switch layout: the app's "wide" breakpoint (src/lib/breakpoints.json,
 * the same file the app's media-query hooks read), the widest its components use.
 */
const BREAKPOINTS = JSON.parse(readFileSync(new URL('../src/lib/breakpoints.json', import.meta.url), 'utf8'));
const WIDE_QUERY = `(min-width: ${BREAKPOINTS.wide})`;
const READY_ATTRIBUTE = 'data-app-ready';
/**
 * Charts whose plot starts within this many px below the first screen are saved as
 * pictures too: the app draws a chart once it is 150 px from the screen
 * (src/charts/use-near-viewport.ts), so without a picture these would draw at load.
 */
const SAVED_MARGIN = 200;

const log = (message) => console.log(`[prerender] ${message}`);

/** Vite plugin: runs after the bundle is written and before vite-plugin-pwa lists the precache. */
export function prerender({ routes = PRERENDER_ROUTES } = {}) {
  let outDir = 'dist';
  return {
    name: 'prerender-routes',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      // Before the PWA plugin's closeBundle, so the precache lists the saved pages with their revisions.
      order: 'pre',
      sequential: true,
      async handler() {
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const started = Date.now();
        try {
          const written = await prerenderRoutes(outDir, template, routes);
          if (written > 0)
            log(`${written} pages saved as static HTML in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        } catch (error) {
          // A failed prerender leaves a working (only slower to paint) build; never fail the build for it.
          writeFileSync(join(outDir, 'index.html'), template);
          log(
            `FAILED, the build is left unprerendered: ${error instanceof Error ? error.stack : String(error)}`,
          );
        }
      },
    },
  };
}

async function loadChromium() {
  const executablePath = CHROME_PATH;
  if (!existsSync(executablePath)) {
    log(
      `SKIPPED: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROME_PATH). ` +
        'The app works the same; pages just paint after their JavaScript instead of before it.',
    );
    return null;
  }
  try {
    const { chromium } = await import('playwright-core');
    return { chromium, executablePath };
  } catch {
    log('SKIPPED: playwright-core is not installed (npm ci installs it).');
    return null;
  }
}

async function prerenderRoutes(outDir, template, routes) {
  const browser = await loadChromium();
  if (!browser) return 0;
  const { preview } = await import('vite');
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, strictPort: false, open: false, host: '127.0.0.1' },
  });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  const profile = await mkdtemp(join(tmpdir(), 'prerender-'));
  const context = await browser.chromium.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    args: CHROME_FLAGS,
    // sw.js is written after this step; a worker would only get in the way.
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
  });
  // The static copy holds what a reader sees first. Charts below the fold also draw
  // once the page is idle (src/charts/use-near-viewport.ts); whether that happened
  // before the snapshot would depend on the machine's load, and the saved pages (and
  // the precache) would change size from one build to the next. Idle never comes here.
  await context.addInitScript(() => {
    globalThis.requestIdleCallback = () => 0;
  });
  try {
    if (!base) throw new Error('vite preview did not report a URL');
    const page = context.pages()[0] ?? (await context.newPage());
    const englishRoutes = [...routes, ...(await embedRoutes(page, base))];
    const allRoutes = [
      ...englishRoutes,
      ...PRERENDER_LOCALES.flatMap(({ code }) => englishRoutes.map((r) => localizeRoute(r, code))),
    ];
    // The data version the saved chart pictures are drawn from; the app shows a picture only for the same version.
    const version = JSON.parse(readFileSync(join(outDir, 'data/bundle.json'), 'utf8')).meta.version;
    const captured = [];
    for (const route of allRoutes) {
      const narrow = await capture(page, base, route, WIDTHS.narrow, version);
      const wide = await capture(page, base, route, WIDTHS.wide, version);
      const html = await page.evaluate(mergeVariants, { narrow: narrow.html, wide: wide.html });
      const stylesheets = [...new Set([...narrow.stylesheets, ...wide.stylesheets])];
      captured.push({
        route,
        html,
        title: wide.title,
        stylesheets,
        styles: [...narrow.styles, ...wide.styles],
      });
    }
    const styles = new Map();
    for (const c of captured) for (const [name, css] of c.styles) styles.set(name, css);
    const css = stylesheet(styles);
    const cssFile = `assets/prerender-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
    writeFileSync(join(outDir, cssFile), css);
    const { html: pageTemplate, boot } = deferScripts(template);
    const hashed = (name, text) =>
      `assets/${name}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.js`;
    const bootFile = hashed('boot', boot);
    const guardFile = hashed('prerender-guard', GUARD);
    writeFileSync(join(outDir, bootFile), boot);
    writeFileSync(join(outDir, guardFile), GUARD);
    const staticTemplate = pageTemplate.replace(
      '</head>',
      `  <script src="/${guardFile}"></script>\n  <script type="module" src="/${bootFile}"></script>\n  </head>`,
    );
    for (const { route, html, title, stylesheets } of captured) {
      const file = join(outDir, route === '/' ? 'index.html' : `${route.slice(1)}.html`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, pageHtml(staticTemplate, route, html, title, [...stylesheets, `/${cssFile}`]));
    }
    // Before the pages above are written the app is still the plain build, so the exports run in the live app.
    await writeChartImages(
      page,
      base,
      outDir,
      englishRoutes.filter((r) => r.startsWith('/embed/')).map((r) => r.slice('/embed/'.length)),
    );
    return captured.length;
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * Fallback pictures for places that strip scripts and iframes (a CMS, Google
 * Slides' "insert image by URL", a mail): every chart in its default state as
 * /images/<id>.svg and /images/<id>.png (2x), and /images/<id>-slide.png
 * (1920 x 1080). They are the app's own downloads, made by clicking them in
 * the embed page, so they are exactly what a reader would download.
 */
/** The public site the build is for, named in the fallback images' footer (else they give the path alone). */
const SITE_ORIGIN = (process.env.SITE_ORIGIN ?? '').replace(/\/$/, '');

async function writeChartImages(page, base, outDir, ids) {
  const dir = join(outDir, 'images');
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  const downloads = [
    ['Download SVG', `.svg`],
    ['Download PNG (2×)', `.png`],
    ['Download slide PNG (1920 × 1080)', `-slide.png`],
  ];
  for (const id of ids) {
    await page.goto(`${base}/embed/${id}`);
    await page.waitForSelector(`html[${READY_ATTRIBUTE}]`, { timeout: 30_000 });
    await page.evaluate((origin) => {
      document.documentElement.dataset.exportOrigin = origin;
    }, SITE_ORIGIN);
    const figure = page.locator('figure.chart-frame').first();
    for (const [item, suffix] of downloads) {
      await figure.getByRole('button', { name: 'Share and download' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        figure.getByRole('button', { name: item, exact: true }).click(),
      ]);
      await download.saveAs(join(dir, `${id}${suffix}`));
    }
  }
  log(`${ids.length * downloads.length} chart images written to images/.`);
}

/** The embed ids, as the app lists them on its "no such chart" page. */
async function embedRoutes(page, base) {
  await page.goto(`${base}/embed/-`);
  await page.waitForSelector(`html[${READY_ATTRIBUTE}]`, { timeout: 30_000 });
  const ids = await page.$$eval('.embed__ids a code', (codes) => codes.map((code) => code.textContent ?? ''));
  return ids.filter((id) => /^[a-z0-9-]+$/.test(id)).map((id) => `/embed/${id}`);
}

async function capture(page, base, route, width, version) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${base}${route}`);
  await page.waitForSelector(`html[${READY_ATTRIBUTE}]`, { timeout: 30_000 });
  const ok = await page.evaluate(() => document.querySelector('#root [role="alert"]') === null);
  if (!ok) throw new Error(`${route} shows an error; not saving it as the static page`);
  // Charts on the first screen are saved as pictures (below): wait until each has drawn at its final width.
  await page
    .waitForFunction(
      (margin) =>
        [...document.querySelectorAll('#root .chart-frame__plot')]
          .filter((plot) => plot.getBoundingClientRect().top < innerHeight + margin)
          .filter((plot) => plot.querySelector('.chart-placeholder, .recharts-wrapper'))
          .every((plot) => {
            const svg = plot.querySelector('.recharts-wrapper > svg.recharts-surface');
            const container = svg?.closest('.recharts-responsive-container');
            return (
              svg && container && Math.abs(Number(svg.getAttribute('width')) - container.clientWidth) <= 1
            );
          }),
      SAVED_MARGIN,
      { timeout: 15_000 },
    )
    .catch(() =>
      log(`${route} at ${width} px: a chart on the first screen did not draw; it is saved as an empty box`),
    );
  // Folded lists the app makes only when opened (src/components/lazy-details.tsx):
  // opened and closed again, so the static page carries their content.
  await page.evaluate(async () => {
    const folded = [...document.querySelectorAll('#root details[data-lazy-details]:not([open])')];
    for (const details of folded) details.open = true;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    // The toggle event and the render come a task or two later.
    for (let i = 0; i < 100 && folded.some((details) => details.children.length < 2); i += 1) await frame();
    for (const details of folded) details.open = false;
    await frame();
  });
  const result = await page.evaluate(
    ({ version, margin }) => {
      const root = document.getElementById('root');
      if (!root) throw new Error('no #root');
      const copy = root.cloneNode(true);
      // Form state lives in properties, which cloning drops: write it back as attributes.
      const liveFields = root.querySelectorAll('select, input');
      copy.querySelectorAll('select, input').forEach((field, i) => {
        const live = liveFields[i];
        if (field instanceof HTMLSelectElement && live instanceof HTMLSelectElement) {
          [...field.options].forEach((option, j) =>
            option.toggleAttribute('selected', j === live.selectedIndex),
          );
        } else if (field instanceof HTMLInputElement && live instanceof HTMLInputElement) {
          if (live.type === 'checkbox' || live.type === 'radio')
            field.toggleAttribute('checked', live.checked);
          else field.setAttribute('value', live.value);
        }
      });
      // A chart drawn on the first screen is kept as a picture: the app shows it
      // until the reader reaches for the chart (src/charts/static-plots.ts), so no
      // chart code runs at load. It is marked with the data version and width it
      // was drawn at, loses its tab stop and tooltip, and is hidden from assistive
      // technology (the frame's summary and table carry the same figures); its ids
      // are renamed when the phone and desktop copies merge (mergeVariants). Other
      // charts draw later; the app's own placeholder holds their place.
      const livePlots = [...root.querySelectorAll('.chart-frame__plot')];
      copy.querySelectorAll('.chart-frame__plot').forEach((plot, i) => {
        const live = livePlots[i];
        const chartId = plot.closest('[data-chart-id]')?.getAttribute('data-chart-id');
        const drawn = live?.querySelector('.recharts-wrapper > svg.recharts-surface');
        const placeholder = document.createElement('div');
        placeholder.className = 'chart-placeholder';
        placeholder.setAttribute('aria-hidden', 'true');
        placeholder.style.height = plot.style.minHeight;
        if (
          live &&
          chartId &&
          drawn &&
          live.getBoundingClientRect().top < innerHeight + margin &&
          live.firstElementChild
        ) {
          placeholder.classList.add('chart-placeholder--saved');
          placeholder.dataset.staticPlot = chartId;
          placeholder.dataset.bundleVersion = version;
          placeholder.dataset.staticWidth = String(live.firstElementChild.getBoundingClientRect().width);
          placeholder.append(...plot.childNodes);
          for (const el of placeholder.querySelectorAll('.recharts-tooltip-wrapper')) el.remove();
          for (const el of placeholder.querySelectorAll('[tabindex], [role]')) {
            el.removeAttribute('tabindex');
            el.removeAttribute('role');
          }
        }
        plot.replaceChildren(placeholder);
      });
      // CSP (style-src 'self') ignores style attributes in markup: move them into classes.
      const styles = [];
      for (const el of [copy, ...copy.querySelectorAll('[style]')]) {
        if (!el.hasAttribute('style')) continue;
        const declarations = [];
        for (let i = 0; i < el.style.length; i += 1) {
          const property = el.style.item(i);
          // !important keeps the inline style's precedence over the app's stylesheets.
          declarations.push(`${property}:${el.style.getPropertyValue(property)} !important`);
        }
        el.removeAttribute('style');
        if (declarations.length === 0) continue;
        const css = declarations.join(';');
        let hash = 0x811c9dc5;
        for (let i = 0; i < css.length; i += 1) hash = Math.imul(hash ^ css.charCodeAt(i), 0x01000193) >>> 0;
        const name = `pr-${hash.toString(36)}`;
        el.classList.add(name);
        styles.push([name, css]);
      }
      // The route's own stylesheets, which the app adds with the route's code.
      const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]')]
        .map((link) => new URL(link.href))
        .filter((url) => url.origin === location.origin)
        .map((url) => url.pathname);
      return { html: copy.innerHTML, styles, title: document.title, stylesheets };
    },
    { version, margin: SAVED_MARGIN },
  );
  return result;
}

/**
 * One copy from the phone and desktop captures: where they differ, both
 * versions of the smallest differing element stand side by side, each shown
 * only at its width. Runs in the page (it needs a DOM parser).
 */
function mergeVariants({ narrow, wide }) {
  const parse = (html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  };
  const sameShell = (a, b) => {
    if (a.nodeType !== b.nodeType) return false;
    if (a.nodeType !== Node.ELEMENT_NODE) return a.nodeValue === b.nodeValue;
    if (a.tagName !== b.tagName || a.childNodes.length !== b.childNodes.length) return false;
    if (a.attributes.length !== b.attributes.length) return false;
    return [...a.attributes].every((attr) => b.getAttribute(attr.name) === attr.value);
  };
  // Returns false when a and b cannot be merged below this node; otherwise
  // rewrites a in place so that it holds both versions.
  const merge = (a, b) => {
    if (a.isEqualNode(b)) return true;
    if (!sameShell(a, b)) return false;
    const aChildren = [...a.childNodes];
    const bChildren = [...b.childNodes];
    for (let i = 0; i < aChildren.length; i += 1) {
      const x = aChildren[i];
      const y = bChildren[i];
      if (merge(x, y)) continue;
      if (x.nodeType !== Node.ELEMENT_NODE || y.nodeType !== Node.ELEMENT_NODE) return false;
      x.classList.add('prerender-narrow');
      const copy = document.importNode(y, true);
      copy.classList.add('prerender-wide');
      // Both versions hold the same ids; the wide one gets its own, so each label still names its own field.
      renameIds(copy, (id) => `${id}-wide`);
      x.after(copy);
    }
    return true;
  };
  // Gives every id under `root` a new name, with the references to it: labels and
  // ARIA by token, and (in saved chart pictures) clip paths and patterns by url(#id) and href="#id".
  const REFERENCES = [
    'for',
    'aria-labelledby',
    'aria-describedby',
    'aria-controls',
    'aria-owns',
    'list',
    'headers',
  ];
  const renameIds = (root, rename) => {
    const elements =
      root.nodeType === Node.ELEMENT_NODE
        ? [root, ...root.querySelectorAll('*')]
        : [...root.querySelectorAll('*')];
    const renamed = new Map();
    for (const el of elements) {
      if (!el.id) continue;
      renamed.set(el.id, rename(el.id));
      el.id = rename(el.id);
    }
    if (renamed.size === 0) return;
    for (const el of elements) {
      for (const name of REFERENCES) {
        const value = el.getAttribute(name);
        if (value)
          el.setAttribute(
            name,
            value
              .split(/\s+/)
              .map((token) => renamed.get(token) ?? token)
              .join(' '),
          );
      }
      for (const attr of [...el.attributes]) {
        const value = attr.value
          .replace(/url\(#([^)]+)\)/g, (whole, id) => (renamed.has(id) ? `url(#${renamed.get(id)})` : whole))
          .replace(/^#(.+)$/, (whole, id) =>
            renamed.has(id) && /href$/.test(attr.name) ? `#${renamed.get(id)}` : whole,
          );
        if (value !== attr.value) el.setAttribute(attr.name, value);
      }
    }
  };
  // Saved chart pictures get ids of their own, so they never meet those of a chart drawn live beside them.
  const prepare = (html) => {
    const tree = parse(html);
    for (const saved of tree.querySelectorAll('[data-static-plot]')) renameIds(saved, (id) => `saved-${id}`);
    return tree;
  };
  const serialise = (tree) => [...tree.childNodes].map((n) => n.outerHTML ?? n.textContent).join('');
  const a = prepare(narrow);
  if (merge(a, prepare(wide))) return serialise(a);
  // Different from the top (merge has left a half done): two whole copies.
  const wideCopy = prepare(wide);
  renameIds(wideCopy, (id) => `${id}-wide`);
  const wrap = (tree, variant) =>
    `<div class="prerender-${variant} prerendered__variant">${serialise(tree)}</div>`;
  return wrap(prepare(narrow), 'narrow') + wrap(wideCopy, 'wide');
}

function stylesheet(styles) {
  const rules = [...styles.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, css]) => `.${name}{${css}}`);
  return [
    '/* Generated by scripts/prerender.mjs: layout of the static pages, which show until the app takes over. */',
    // The static copy stands where #root will be (styles.css #root).
    '.prerendered,.prerendered__variant{display:flex;flex-direction:column;min-height:100vh}',
    // The empty #root after it would add a screen of blank space when JavaScript is off.
    '.prerendered~#root{min-height:0}',
    // A copy made for another address or state (see GUARD) never shows.
    '[data-prerendered-stale] .prerendered{display:none}',
    `@media not all and ${WIDE_QUERY}{.prerender-wide{display:none !important}}`,
    `@media ${WIDE_QUERY}{.prerender-narrow{display:none !important}}`,
    ...rules,
    '',
  ].join('\n');
}

/**
 * A static page needs no JavaScript to paint, so its code should not compete
 * with the HTML and CSS for the first bytes: the entry script and its
 * modulepreloads move into a small loader that requests them right after the
 * first paint (or after a second, e.g. in a background tab).
 */
function deferScripts(template) {
  const entry = template.match(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/);
  if (!entry) throw new Error('index.html lacks the entry <script type="module">');
  const preloads = [...template.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  let html = template.replace(entry[0], '');
  for (const preload of preloads) html = html.replace(preload[0], '');
  const boot = `// Generated by scripts/prerender.mjs: the static page paints first, then the app's code is fetched.
const entry = ${JSON.stringify(entry[1])};
const preloads = ${JSON.stringify(preloads.map((p) => p[1]))};
let started = false;
function start() {
  if (started) return;
  started = true;
  for (const href of preloads) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  import(entry).catch((error) => console.error('The app could not load:', error));
}
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 1000);
`;
  return { html, boot };
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Runs before the first paint (a small classic script in <head>): hides the
 * static copy when it was made for another address or state (index.html
 * answers every deep link; any query string sets a view state the copy does
 * not show), and otherwise records clicks and field changes on the copy, which
 * src/app/prerender-takeover.ts replays on the live view.
 */
const GUARD = `// Generated by scripts/prerender.mjs; see src/app/prerender-takeover.ts.
(function () {
  // The reader's remembered language (src/i18n/remembered.ts): an English page, other than
  // an embed or a slide, opens in it before anything paints.
  try {
    var lang = localStorage.getItem('lang');
    if ((lang === 'fr' || lang === 'ar') && !/^\\/(fr|ar|embed|present)(\\/|$)/.test(location.pathname)) {
      location.replace('/' + lang + (location.pathname === '/' ? '' : location.pathname) + location.search + location.hash);
      return;
    }
  } catch (e) {}
  var meta = document.querySelector('meta[name="prerendered-path"]');
  var here = location.pathname.length > 1 ? location.pathname.replace(/\\/+$/, '') : location.pathname;
  if (!meta || meta.content !== here || location.search) {
    document.documentElement.setAttribute('data-prerendered-stale', '');
    return;
  }
  var events = (window.__prerenderedEvents = []);
  function pathOf(node) {
    var copy = node.closest && node.closest('[data-prerendered]');
    if (!copy) return null;
    var path = [];
    for (var current = node; current !== copy; current = current.parentElement) {
      var counted = current.classList.contains('prerender-wide') ? current.previousElementSibling : current;
      var siblings = Array.prototype.filter.call(current.parentElement.children, function (c) {
        return !c.classList.contains('prerender-wide');
      });
      path.unshift(siblings.indexOf(counted));
    }
    return path;
  }
  function record(type) {
    return function (event) {
      if (!window.__prerenderedEvents || !(event.target instanceof Element)) return;
      var path = pathOf(event.target);
      if (path) events.push({ type: type, path: path, value: event.target.value, checked: event.target.checked });
    };
  }
  document.addEventListener('click', record('click'), true);
  document.addEventListener('change', record('change'), true);
})();
`;

/** The page description and the no-JavaScript line in a language, from the app's catalog (plain messages). */
function pageWords(code) {
  if (code === 'en') return {};
  const app = JSON.parse(
    readFileSync(new URL(`../src/i18n/catalogs/${code}/app.json`, import.meta.url), 'utf8'),
  );
  return { description: app['app.meta.description'], noscript: app['app.meta.noscript'] };
}

function pageHtml(template, route, content, title, stylesheets) {
  const body = `<div class="prerendered" data-prerendered="${route}">${content}</div>`;
  // Same URLs (and crossorigin mode) as the app uses, so the app reuses these links instead of fetching again.
  const links = stylesheets
    .filter((href) => !template.includes(`href="${href}"`))
    .map((href) => `  <link rel="stylesheet" crossorigin href="${href}">\n`)
    .join('');
  const { code, route: english } = routeLanguage(route);
  const dir = PRERENDER_LOCALES.find((l) => l.code === code)?.dir ?? 'ltr';
  // hreflang alternates: the same view in each language, and English as the default.
  const alternates = [
    ['en', english],
    ...PRERENDER_LOCALES.map((l) => [l.code, localizeRoute(english, l.code)]),
    ['x-default', english],
  ]
    .map(
      ([lang, href]) =>
        `  <link rel="alternate" hreflang="${lang}" href="${SITE_ORIGIN}${href}" data-prerendered-alternate>\n`,
    )
    .join('');
  const words = pageWords(code);
  const html = template
    .replace(/<html lang="[^"]*"[^>]*>/, `<html lang="${code}" dir="${dir}">`)
    .replace(/<meta name="description" content="[^"]*"/, (tag) =>
      words.description
        ? `<meta name="description" content="${escapeHtml(words.description).replace(/"/g, '&quot;')}"`
        : tag,
    )
    .replace(/<noscript>[^<]*<\/noscript>/, (tag) =>
      words.noscript ? `<noscript>${escapeHtml(words.noscript)}</noscript>` : tag,
    )
    .replace('</head>', `${alternates}  </head>`)
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(title)}</title>\n    <meta name="prerendered-path" content="${route}" />`,
    )
    .replace('</head>', `${links}  </head>`)
    .replace('<div id="root"></div>', `${body}<div id="root"></div>`);
  if (!html.includes('data-prerendered')) throw new Error('index.html lacks <div id="root"></div>');
  return html;
}
