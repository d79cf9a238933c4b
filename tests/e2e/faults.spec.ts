// Network faults: slow, failing, offline, huge and cut-off bundles. The page
// says what happened, keeps its layout still while it waits, and recovers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../src/data/load-bundle';
import { REAL_BUNDLE_TEXT } from './helpers/bad-bundles';
import { openSession, serveAt, type Session } from './helpers/browser';
import { openBareSession, serveStream } from './helpers/fault-servers';
import { waitForServiceWorker } from './helpers/pwa';

const VIEWS = ['/', '/fighters', '/timeline', '/countermeasures', '/sources'];
const MB = 1024 * 1024;

/** Sums layout shifts whose moved nodes sit in <main>, from the first paint on. */
const CLS_OBSERVER = () => {
  const shifts: { value: number; inMain: boolean }[] = [];
  Object.defineProperty(window, '__shifts', { value: shifts });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    }[]) {
      if (entry.hadRecentInput) continue;
      const main = document.querySelector('main');
      const inMain = (entry.sources ?? []).some(
        (s) => s.node != null && main !== null && main.contains(s.node),
      );
      shifts.push({ value: entry.value, inMain });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

const alertText = async (s: Session, hasText: string | RegExp) => {
  const alert = s.page.getByRole('alert').filter({ hasText });
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
};

describe('a slow bundle (3 s)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.context.addInitScript(CLS_OBSERVER);
    await s.context.route(
      (url) => url.pathname === '/slow.json',
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        await route
          .fulfill({ body: REAL_BUNDLE_TEXT, contentType: 'application/json' })
          .catch(() => undefined);
      },
    );
  });
  afterAll(async () => {
    await s.close();
  });

  it('shows skeletons, then the content, with no layout shift in the main content on any view', async () => {
    // All views at once, each in its own tab: one 3 s wait instead of five.
    const results = await Promise.all(
      VIEWS.map(async (view) => {
        const page = await s.context.newPage();
        try {
          await page.goto(`${s.baseURL}${view}?data=/slow.json`);
          await page.getByRole('heading', { level: 1 }).waitFor();
          const skeleton = await page.locator('main [aria-busy="true"]').count();
          const loading = await page.getByText('Loading data…').count();
          await page.getByText(/Data version/).waitFor({ timeout: 15_000 });
          await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
          await page.waitForTimeout(300);
          const shifts = await page.evaluate(
            () => (window as unknown as { __shifts: { value: number; inMain: boolean }[] }).__shifts,
          );
          const cls = shifts.filter((x) => x.inMain).reduce((a, x) => a + x.value, 0);
          return { view, skeleton, loading, cls };
        } finally {
          await page.close();
        }
      }),
    );
    for (const r of results) {
      expect(r.skeleton + r.loading, `${r.view} shows a loading state`).toBeGreaterThan(0);
      expect(r.cls, `${r.view} layout shift`).toBeLessThan(0.01);
    }
  });
});

describe('failures that recover', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it('a 500 followed by success recovers with Retry, without a reload', async () => {
    // Fails until the reader has seen the error: the route loader and the view may both ask once.
    let healthy = false;
    let calls = 0;
    await s.context.route(
      (url) => url.pathname === '/flaky.json',
      (route) => {
        calls++;
        return healthy
          ? route.fulfill({ body: REAL_BUNDLE_TEXT, contentType: 'application/json' })
          : route.fulfill({ status: 500, body: 'Internal Server Error', contentType: 'text/plain' });
      },
    );
    await s.page.goto(`${s.baseURL}/fighters?data=/flaky.json`);
    const text = await alertText(s, 'could not be fetched');
    expect(text).toContain('500');
    expect(text).toContain('/flaky.json');
    await s.page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    const failedCalls = calls;
    healthy = true;
    await s.page.getByRole('button', { name: 'Retry' }).click();
    await s.page
      .getByRole('figure', { name: 'Who went: men, women and children' })
      .locator('svg.recharts-surface')
      .first()
      .waitFor();
    expect(await s.page.getByRole('alert').count()).toBe(0);
    expect(await s.page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(
      true,
    );
    expect(calls).toBe(failedCalls + 1);
  });

  it('a first visit to data while offline says so, and Retry loads it once back online', async () => {
    await s.page.goto(`${s.baseURL}/sources`);
    await s.page.getByText(/Data version/).waitFor();
    await waitForServiceWorker(s.page);
    await s.context.setOffline(true);
    try {
      // The shell comes from the service worker; the data was never saved on this device.
      await s.page.goto(`${s.baseURL}/fighters?data=/never-seen.json`, { waitUntil: 'domcontentloaded' });
      const text = await alertText(s, 'offline');
      expect(text).toContain('You are offline');
      expect(text).toMatch(/not been saved on this device/);
      expect(await s.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    } finally {
      await s.context.setOffline(false);
    }
    // Served only now: a routed response would answer even while "offline".
    await serveAt(s.page, '/never-seen.json', { body: REAL_BUNDLE_TEXT });
    await s.page.getByRole('button', { name: 'Retry' }).click();
    await s.page.getByText(/Data version/).waitFor();
    expect(await s.page.getByRole('alert').count()).toBe(0);
    expect(s.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  it('a server that does not answer is named as such', async () => {
    await s.page.goto(`${s.baseURL}/sources?data=${encodeURIComponent('http://127.0.0.1:9/nothing.json')}`);
    const text = await alertText(s, 'could not be downloaded');
    expect(text).toMatch(/did not answer or refused/);
  });
});

describe('a 50 MB bundle', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBareSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it('is refused from its Content-Length, stating the limit', async () => {
    await serveAt(s.page, '/huge.json', { body: `{"pad":"${'x'.repeat(50 * MB)}"}` });
    await s.page.goto(`${s.baseURL}/?data=/huge.json`);
    const text = await alertText(s, 'too large');
    expect(text).toContain('50.0 MB');
    expect(text).toContain(`the limit is ${(MAX_BUNDLE_BYTES / MB).toFixed(1)} MB`);
    // The tab still answers, and the nav still works.
    await s.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Sources', exact: true })
      .click();
    await s.page.getByRole('heading', { level: 1, name: /Sources/ }).waitFor();
  });

  it('without a Content-Length, reading stops at the limit', async () => {
    // 50 MB announced by nothing; after 21 MB the server stalls without ending. Reading the
    // whole body first (response.text()) would wait forever; a reader that counts stops at 20 MB.
    const server = await serveStream({ totalBytes: 50 * MB, hangAfter: 21 * MB, closedAfter: MAX_BUNDLE_BYTES });
    try {
      const started = Date.now();
      await s.page.goto(`${s.baseURL}/fighters?data=${encodeURIComponent(server.url)}`);
      const text = await alertText(s, 'too large');
      expect(text).toContain(`over ${(MAX_BUNDLE_BYTES / MB).toFixed(1)} MB, the limit`);
      // The app cancelled the download: the server sees the connection close.
      await server.finished;
      expect(server.sent()).toBeLessThan(22 * MB);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await s.page.evaluate(() => 1 + 1)).toBe(2);
      expect(s.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('a download cut off halfway is reported, not parsed', async () => {
    const server = await serveStream({ totalBytes: 5 * MB, cutAfter: 2 * MB });
    try {
      await s.page.goto(`${s.baseURL}/sources?data=${encodeURIComponent(server.url)}`);
      const text = await alertText(s, /could not be downloaded|not valid JSON/);
      expect(text).toContain(server.url);
    } finally {
      await server.close();
    }
  });
});
