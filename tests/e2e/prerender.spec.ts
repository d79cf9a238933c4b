import { readFileSync } from 'node:fs';
import type { Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './helpers/browser';

// The build saves each main route's first screen as static HTML and the app
// takes it over without a flash (src/app/prerender-takeover.ts). These tests
// hold the app's code back so the static phase can be seen and used, then let
// it load and check that nothing the reader did in between is lost.

// The number of events in the bundle the build serves, read from it rather than typed in.
const EVENTS = (JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as { cellEvents: unknown[] }).cellEvents.length;

const isBoot = (url: URL) => /^\/assets\/boot-[\w-]+\.js$/.test(url.pathname);
const appReady = (s: Session) => s.page.waitForSelector('html[data-app-ready]', { state: 'attached' });

/** Holds the boot script until `release` is called. */
async function holdBoot(s: Session) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const handler = async (route: Route) => {
    await released;
    await route.continue();
  };
  await s.context.route(isBoot, handler);
  return { release };
}

describe('prerendered first screen', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ serviceWorkers: 'block' });
  });
  afterEach(async () => {
    await s.context.unrouteAll({ behavior: 'wait' });
  });
  afterAll(async () => {
    await s.close();
  });

  it('shows the heading and headline figures with no app code at all', async () => {
    await s.context.route(isBoot, (route) => route.abort());
    await s.page.goto(`${s.baseURL}/`, { waitUntil: 'commit' });
    await s.page.getByRole('heading', { level: 1, name: /Morocco and ISIS/ }).waitFor();
    await s.page.waitForLoadState('load');
    const main = (await s.page.locator('main').textContent()) ?? '';
    // The seed article's total, from the bundle at build time.
    expect(main).toContain('1,664');
    expect(await s.page.locator('[data-prerendered]').count()).toBe(1);
    expect(await s.page.locator('html[data-app-ready]').count()).toBe(0);
  });

  it('carries every folded source list with its links, though the live app makes them only when opened', async () => {
    await s.context.route(isBoot, (route) => route.abort());
    await s.page.goto(`${s.baseURL}/timeline`, { waitUntil: 'commit' });
    await s.page.getByRole('heading', { level: 1 }).waitFor();
    const folded = s.page.locator('[data-prerendered] details.chart-frame__sources').filter({ visible: true });
    expect(await folded.count()).toBeGreaterThan(0);
    for (const details of await folded.all()) {
      await details.locator('summary').click();
      expect(await details.locator('a[href^="http"]').count()).toBeGreaterThan(4);
    }
  });

  it('keeps focus, and a filter chosen before the app loaded, when the live view takes over', async () => {
    const hold = await holdBoot(s);
    // The held module script delays the load event, so do not wait for it.
    await s.page.goto(`${s.baseURL}/timeline`, { waitUntil: 'commit' });
    await s.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await s.page.locator('[data-prerendered]').count()).toBe(1);
    const from = s.page.getByLabel('From', { exact: true }).filter({ visible: true });
    await from.selectOption('2017-01');
    await s.page.keyboard.press('Shift+Tab');
    const focusedBefore = await s.page.evaluate(() => document.activeElement?.textContent ?? '');
    hold.release();
    await appReady(s);
    expect(await s.page.locator('[data-prerendered]').count()).toBe(0);
    // The same control still has focus in the live view.
    expect(await s.page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(focusedBefore);
    expect(focusedBefore).not.toBe('');
    // The static-phase choice reached the live view: fewer events, and the address says so.
    await s.page.waitForURL(/from=2017-01/);
    // The router writes the address at once but renders the new state in a transition,
    // so the count can still read 77 of 77 for a moment: wait for it to follow.
    const counts = async () =>
      ((await s.page.locator('.timeline-filters__count').textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
    await expect.poll(async () => (await counts())[0] ?? EVENTS, { timeout: 10_000 }).toBeLessThan(EVENTS);
    const [shown, total] = await counts();
    expect(total).toBe(EVENTS);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(EVENTS);
  });

  it('drops a static copy made for another view state, so an old first screen never shows', async () => {
    const hold = await holdBoot(s);
    await s.page.goto(`${s.baseURL}/timeline?from=2019-01`, { waitUntil: 'commit' });
    await s.page.locator('[data-prerendered]').waitFor({ state: 'attached' });
    expect(await s.page.locator('html[data-prerendered-stale]').count()).toBe(1);
    expect(await s.page.getByRole('heading', { level: 1 }).filter({ visible: true }).count()).toBe(0);
    hold.release();
    await appReady(s);
    expect(await s.page.locator('[data-prerendered]').count()).toBe(0);
    expect(await s.page.getByLabel('From', { exact: true }).inputValue()).toBe('2019-01');
  });
});

describe('chart pictures saved in the prerendered page', () => {
  let s: Session;
  beforeAll(async () => {
    // The phone width the pictures were saved at (scripts/prerender.mjs).
    s = await openSession({ width: 412, height: 823, serviceWorkers: 'block' });
  });
  afterAll(async () => {
    await s.close();
  });

  const chartCode = (requests: string[]) => requests.filter((url) => /\/assets\/recharts-/.test(url));

  it('shows the chart with no chart code loaded, and draws it live when the pointer reaches it', async () => {
    const requests: string[] = [];
    const onRequest = (request: { url: () => string }) => requests.push(request.url());
    s.page.on('request', onRequest);
    try {
      s.errors.length = 0;
      await s.page.goto(`${s.baseURL}/embed/fighters-composition`);
      const figure = s.page.getByRole('figure', { name: /Who went/ });
      const saved = figure.locator('.chart-placeholder--saved svg.recharts-surface');
      expect(await saved.count()).toBe(1);
      // Bars of the three groups, as drawn at build time; the picture is not a tab stop.
      expect(await figure.locator('.chart-placeholder--saved .recharts-bar-rectangle').count()).toBeGreaterThan(0);
      expect(await figure.locator('.chart-placeholder--saved [tabindex]').count()).toBe(0);
      expect(chartCode(requests)).toEqual([]);

      await figure.locator('.chart-frame__plot').hover();
      await figure.locator('.recharts-wrapper:not(.chart-placeholder--saved *)').first().waitFor();
      expect(await figure.locator('.chart-placeholder--saved').count()).toBe(0);
      expect(chartCode(requests).length).toBeGreaterThan(0);
      expect(s.errors).toEqual([]);
    } finally {
      s.page.off('request', onRequest);
    }
  });

  it('draws live at once at a width other than the one saved', async () => {
    await s.page.setViewportSize({ width: 390, height: 823 });
    try {
      await s.page.goto(`${s.baseURL}/embed/fighters-composition`);
      const figure = s.page.getByRole('figure', { name: /Who went/ });
      await figure.locator('.recharts-wrapper').first().waitFor();
      expect(await figure.locator('.chart-placeholder--saved').count()).toBe(0);
    } finally {
      await s.page.setViewportSize({ width: 412, height: 823 });
    }
  });

  it('never shows a saved picture for another view state', async () => {
    await s.page.goto(`${s.baseURL}/embed/fighters-composition?view=count`);
    const figure = s.page.getByRole('figure', { name: /Who went/ });
    await figure.locator('.recharts-wrapper').first().waitFor();
    expect(await figure.locator('.chart-placeholder--saved').count()).toBe(0);
  });
});
