// Chromium helpers for the benchmark: Lighthouse runs and in-page timings.
// Functions passed to page.evaluate and addInitScript run in the browser.
/* global document, window, MutationObserver */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export { CHROME_FLAGS, CHROME_PATH } from '../chromium.mjs';
import { CHROME_FLAGS, CHROME_PATH } from '../chromium.mjs';
const LIGHTHOUSE = resolve(import.meta.dirname, '../../node_modules/.bin/lighthouse');

/** One Lighthouse 12 run, mobile preset with simulated throttling (its defaults). */
export async function lighthouse(url) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const out = join(dir, 'report.json');
  try {
    await new Promise((done, fail) => {
      const child = spawn(
        LIGHTHOUSE,
        [url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${CHROME_FLAGS.join(' ')}`],
        { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`lighthouse ${url} exited ${code}: ${stderr.slice(-500)}`))));
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const a = report.audits;
    const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const requests = a['network-requests']?.details?.items ?? [];
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: a['first-contentful-paint'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      si: a['speed-index'].numericValue,
      bytes: a['total-byte-weight'].numericValue,
      jsBytes: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh Chromium profile (no cache, no service worker). */
export async function openBrowser({ width = 412, height = 823 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    args: CHROME_FLAGS,
    viewport: { width, height },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Loads `url` in a fresh profile on a phone-sized viewport with the CPU slowed
 * 4x (as Lighthouse's mobile preset assumes; no network throttling) and
 * returns when `selector` first appeared (ms after navigation start) and the
 * bytes transferred by then.
 */
export async function timeToDrawn(url, selector, { cpuSlowdown = 4 } = {}) {
  const browser = await openBrowser();
  try {
    const { page, context } = browser;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript((sel) => {
      const check = () => {
        if (window.__drawnAt === undefined && document.querySelector(sel)) {
          window.__drawnAt = performance.now();
          return true;
        }
        return false;
      };
      new MutationObserver((_, observer) => {
        if (check()) observer.disconnect();
      }).observe(document, { childList: true, subtree: true, attributes: true });
    }, selector);
    await page.goto(url);
    await page.waitForFunction(() => window.__drawnAt !== undefined, null, { timeout: 120_000 });
    return await page.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      const drawnAt = window.__drawnAt;
      const bytes = entries.filter((e) => e.responseEnd <= drawnAt).reduce((sum, e) => sum + (e.transferSize ?? 0), 0);
      return { drawnMs: drawnAt, bytes };
    });
  } finally {
    await browser.close();
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
