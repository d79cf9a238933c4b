import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './helpers/browser';
import {
  BUILD_DIR,
  cachedPrecachePaths,
  copyBuild,
  markAsNewRelease,
  pngSize,
  precachedPaths,
  serveBuild,
  waitForServiceWorker,
  type AppServer,
} from './helpers/pwa';

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

const bundle = JSON.parse(readFileSync(join(BUILD_DIR, 'data/bundle.json'), 'utf8')) as {
  countermeasures: { id: string; title: string }[];
};
const measure = bundle.countermeasures[0];
if (!measure) throw new Error('the bundle has no countermeasures');
/** Views that are still being built only count once their chunk is in the build. */
const buildHasChunk = (prefix: string) =>
  readdirSync(join(BUILD_DIR, 'assets')).some((f) => f.startsWith(prefix));

interface OfflineRoute {
  path: string;
  h1: RegExp;
  chart?: string;
  text?: string;
  chromeless?: boolean;
  onlyIf?: () => boolean;
}

const OFFLINE_ROUTES: OfflineRoute[] = [
  { path: '/', h1: /Morocco and ISIS/ },
  { path: '/fighters', h1: /foreign fighters/i, chart: 'svg .recharts-bar-rectangle' },
  { path: '/timeline?from=2015', h1: /Timeline/, chart: '.dm-mark' },
  { path: '/countermeasures', h1: /Countermeasures/, chart: 'svg.recharts-surface' },
  { path: `/countermeasures/${measure.id}`, h1: /Countermeasures/, text: measure.title },
  { path: '/sources', h1: /Sources/ },
  { path: '/no-such-page', h1: /Page not found/ },
  // Every embed id: the charts draw an SVG; the matrix is a grid of cards.
  ...[
    { id: 'fighters-composition', h1: /Who went/, chart: 'svg .recharts-bar-rectangle' },
    { id: 'fighters-outcomes', h1: /What became of them/, chart: 'svg .recharts-bar-rectangle' },
    { id: 'fighters-over-time', h1: /How the official figures changed/, chart: 'svg .recharts-line-dots circle' },
    { id: 'fighters-compare', h1: /Sources disagree/, chart: 'tr.compare-table__differs' },
    { id: 'timeline-dismantlings', h1: /Every documented cell dismantling/, chart: '.dm-mark' },
    { id: 'timeline-events', h1: /Cell dismantlings documented/, chart: 'svg .recharts-bar-rectangle' },
    { id: 'timeline-cumulative', h1: /Documented dismantlings to date/, chart: 'svg.recharts-surface' },
    { id: 'countermeasures-by-domain', h1: /Measures by domain/, chart: 'svg .recharts-bar-rectangle' },
    { id: 'countermeasures-matrix', h1: /Countermeasures by domain and horizon/, chart: '[data-measure-id]' },
    { id: 'fighters-detention', h1: /Returnees, and Moroccans still held/, chart: 'table.detention-table' },
  ].map((e) => ({ path: `/embed/${e.id}`, h1: e.h1, chart: e.chart, chromeless: true })),
  {
    path: '/present?slide=5',
    h1: /Cell dismantlings documented/,
    chromeless: true,
    chart: 'svg.recharts-surface',
    onlyIf: () => buildHasChunk('present-page'),
  },
];

/** A server on its own port with its own copy of the build, and a fresh browser profile. */
async function startApp(prepare?: (dir: string) => void) {
  const build = copyBuild();
  prepare?.(build.dir);
  const server = await serveBuild(build.dir);
  const session = await openSession();
  return { build, server, session };
}

describe('installable PWA', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    app = await startApp();
    await app.session.page.goto(`${app.server.url}/`);
    await waitForServiceWorker(app.session.page);
  });
  afterAll(async () => {
    await app.session.close();
    await app.server.close();
    app.build.remove();
  });

  it('has a valid manifest whose icons exist at their stated sizes', async () => {
    const { page } = app.session;
    const manifest = await page.evaluate(() =>
      fetch('/manifest.webmanifest').then((r) => r.json() as Promise<Manifest>),
    );
    expect(manifest).toMatchObject({
      name: 'Morocco & ISIS: foreign fighters and counter-terrorism',
      short_name: 'Morocco & ISIS',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    for (const icon of manifest.icons) {
      const bytes = await page.evaluate(
        async (src) => [...new Uint8Array(await (await fetch(src)).arrayBuffer())],
        icon.src,
      );
      const { width, height } = pngSize(Uint8Array.from(bytes));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  });

  it('is installable in Chromium', async () => {
    const cdp = await app.session.context.newCDPSession(app.session.page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
  });

  it('is controlled by the service worker, with the whole precache stored and the screenshot left out', async () => {
    const { page } = app.session;
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${app.server.url}/sw.js`,
    );
    const listed = precachedPaths(app.build.dir);
    expect(listed).toEqual(
      expect.arrayContaining(['/index.html', '/data/bundle.json', '/data/bundle.schema.json']),
    );
    // Every script but PowerPoint export's libraries and the French and Arabic catalogs, which are
    // cached when first used (vite.config.ts; src/i18n/warm-catalogs.ts).
    const scripts = readdirSync(join(app.build.dir, 'assets')).filter((f) => f.endsWith('.js'));
    const pptx = scripts.filter((f) => /^(pptxgen\.es|jszip\.min)-/.test(f));
    expect(pptx.length).toBe(2);
    const otherLanguages = scripts.filter((f) => /^i18n-(fr|ar)-/.test(f));
    expect(otherLanguages.length).toBe(20);
    expect(listed.filter((p) => p.endsWith('.js')).sort()).toEqual(
      scripts.filter((f) => !pptx.includes(f) && !otherLanguages.includes(f)).map((f) => `/assets/${f}`).sort(),
    );
    expect(listed.some((p) => /^\/(fr|ar)[/.]/.test(p))).toBe(false);
    expect(listed.some((p) => p.includes('screenshot'))).toBe(false);
    expect((await cachedPrecachePaths(page)).sort()).toEqual([...listed].sort());
  });
});

describe('offline, with the server gone', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    // A bundle opened with ?data= that is not part of the precache.
    app = await startApp((dir) => copyFileSync(join(dir, 'data/bundle.json'), join(dir, 'data/other.json')));
    const { page, context } = app.session;
    await page.goto(`${app.server.url}/`);
    await waitForServiceWorker(page);
    await page.goto(`${app.server.url}/fighters?data=/data/other.json`);
    await page.locator('svg .recharts-bar-rectangle').first().waitFor();
    await app.server.close();
    await expect(fetch(app.server.url)).rejects.toThrow();
    await context.setOffline(true);
  });
  afterAll(async () => {
    await app.session.close();
    app.build.remove();
  });

  for (const route of OFFLINE_ROUTES) {
    const runs = route.onlyIf ? route.onlyIf() : true;
    it.skipIf(!runs)(`reloads ${route.path} with its heading and data`, async () => {
      const { page } = app.session;
      app.session.errors.length = 0;
      await page.goto(`${app.server.url}${route.path}`);
      await page.reload();
      const heading = page.getByRole('heading', { level: 1 });
      await heading.first().waitFor();
      expect(await heading.first().textContent()).toMatch(route.h1);
      if (!route.chromeless) {
        await page.getByText(/Data version/).waitFor();
        // The reader is told, quietly, that this is the saved copy.
        await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
      }
      if (route.chart) {
        // Charts below the fold draw once they come near the screen: bring the first one in.
        // (On /countermeasures the matrix, an HTML chart, comes first: bring each frame in until one draws.)
        for (const figure of await page.locator('figure[data-chart-id]').all()) {
          await figure.scrollIntoViewIfNeeded();
          if ((await page.locator(route.chart).count()) > 0) break;
        }
        await page.locator(route.chart).first().waitFor();
      }
      if (route.text) await page.getByText(route.text).first().waitFor();
      expect(app.session.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    });
  }

  it('still renders a ?data= bundle it saw online', async () => {
    const { page } = app.session;
    await page.goto(`${app.server.url}/fighters?data=/data/other.json`);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Showing data loaded from' }).waitFor();
    await page.locator('svg .recharts-bar-rectangle').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('answers a ?data= bundle it never saw with the offline message', async () => {
    const { page } = app.session;
    await page.goto(`${app.server.url}/fighters?data=/data/never-seen.json`);
    const alert = page.getByRole('alert').first();
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/offline/i);
  });
});

describe('a new release', () => {
  let first: ReturnType<typeof copyBuild>;
  let next: ReturnType<typeof copyBuild>;
  let server: AppServer;
  let session: Session;
  beforeAll(async () => {
    first = copyBuild();
    next = copyBuild();
    markAsNewRelease(next.dir, 'B');
    server = await serveBuild(first.dir);
    session = await openSession();
  });
  afterAll(async () => {
    await session.close();
    await server.close();
    first.remove();
    next.remove();
  });

  it('is offered, not forced, and Reload brings it up on the same URL', async () => {
    const { page } = session;
    const path = '/timeline?from=2015&to=2018';
    await page.goto(`${server.url}${path}`);
    await waitForServiceWorker(page);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.build)).toBeUndefined();

    // The next release goes live at the same origin.
    const port = server.port;
    await server.close();
    server = await serveBuild(next.dir, port);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
    await prompt.waitFor();
    // No silent reload: the old page is still there, and can be dismissed.
    expect(await page.evaluate(() => document.documentElement.dataset.build)).toBeUndefined();
    expect(await prompt.getByRole('button', { name: 'Dismiss' }).isVisible()).toBe(true);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('B');
    expect(page.url()).toBe(`${server.url}${path}`);
    expect(await page.getByRole('status').filter({ hasText: 'Update available' }).count()).toBe(0);
  });
});

describe('offline in Arabic, after one visit online', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  const ar = Object.assign(
    {},
    ...readdirSync('src/i18n/catalogs/ar').map((f) => JSON.parse(readFileSync(join('src/i18n/catalogs/ar', f), 'utf8')) as Record<string, string>),
  ) as Record<string, string>;
  beforeAll(async () => {
    app = await startApp();
    const { page, context } = app.session;
    // One view opened online; the others' Arabic words are fetched and kept once the worker controls the page.
    await page.goto(`${app.server.url}/ar/timeline`);
    await waitForServiceWorker(page);
    // (waitForFunction would take the promise of an async check as true at once: poll from here.)
    const deadline = Date.now() + 30_000;
    const cached = () => page.evaluate(async () => (await (await caches.open('catalogs')).keys()).filter((r) => /\/i18n-ar-/.test(r.url)).length);
    while ((await cached()) < 10 && Date.now() < deadline) await page.waitForTimeout(500);
    expect(await cached()).toBe(10);
    await app.server.close();
    await context.setOffline(true);
  });
  afterAll(async () => {
    await app.session.close();
    app.build.remove();
  });

  it.each([
    ['/ar/timeline', 'timeline.page.title'],
    ['/ar/countermeasures', 'countermeasures.page.title'],
    ['/ar/fighters', 'fighters.page.title'],
    ['/ar/sources', 'sources.page.title'],
  ])('opens %s in Arabic', async (path, titleId) => {
    const { page } = app.session;
    await page.goto(`${app.server.url}${path}`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.first().waitFor();
    expect(await heading.first().textContent()).toBe(ar[titleId]);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  });
});

it('leaves the build folder as it found it', () => {
  expect(existsSync(join(BUILD_DIR, 'data/other.json'))).toBe(false);
});
