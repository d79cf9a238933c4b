import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROME_FLAGS, CHROME_PATH } from '../../../scripts/chromium.mjs';

export { CHROME_FLAGS } from '../../../scripts/chromium.mjs';

export interface Session {
  context: BrowserContext;
  page: Page;
  baseURL: string;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

/** A fresh Chromium profile per session, so no cache or service worker leaks between tests. */
export async function openSession(
  options: { width?: number; height?: number; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    args: CHROME_FLAGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  waitForLiveView(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return {
    context,
    page,
    baseURL: inject('baseURL'),
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Makes page.goto and page.reload return once the app has taken over a static
 * first screen (html[data-app-ready]). Until then the page holds the
 * prerendered copy, whose phone and desktop twins both match a label, and
 * whose elements are replaced at takeover. Pages without a live copy (a query
 * string drops it; other servers' pages have none) return at once, so tests
 * can still watch a loading state. tests/e2e/prerender.spec.ts tests the
 * static phase on purpose, with waitUntil: 'commit', which skips the wait.
 */
function waitForLiveView(page: Page) {
  const ready = async () => {
    if ((await page.locator('[data-prerendered]').count()) === 0) return;
    await page.waitForSelector('html[data-app-ready]', { state: 'attached', timeout: 20_000 });
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (options?.waitUntil !== 'commit') await ready();
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    if (options?.waitUntil !== 'commit') await ready();
    return response;
  };
}

/** Serves a file or a body at a URL of the app's origin, for broken-bundle tests. */
export async function serveAt(
  page: Page,
  path: string,
  response: { status?: number; body?: string; path?: string; contentType?: string },
) {
  // Match on the path alone: a glob would also match the page's own URL when it carries ?data=<path>.
  // Route on the context, not the page: once the service worker controls the page it makes the fetch.
  await page.context().route(
    (url) => url.pathname === path,
    (route) =>
      route.fulfill({
        status: response.status ?? 200,
        contentType: response.contentType ?? 'application/json',
        ...(response.path ? { path: response.path } : { body: response.body ?? '' }),
      }),
  );
}
