// Scale benchmark: 10,000 events and 5,000 measures loaded with ?data=, in
// Chromium (desktop viewport, no throttling: these are relative figures to
// watch between versions, not a phone's).
// Functions passed to page.evaluate run in the browser.
/* global document, window, location, MutationObserver, requestAnimationFrame */
import { build } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, openBrowser } from './browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** The app's own validation (src/data/validate.ts) as one browser module, for the parse-and-validate timing. */
export async function buildValidateModule() {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-validate-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      build: {
        outDir,
        emptyOutDir: true,
        lib: { entry: join(ROOT, 'src/data/validate.ts'), formats: ['es'], fileName: 'validate' },
      },
    });
    return readFileSync(join(outDir, 'validate.js'));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export const VALIDATE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>validate</title>
<script type="module">
import { validateBundle } from '/bench/validate.js';
const text = await (await fetch('/bench/big.json')).text();
const t0 = performance.now();
const json = JSON.parse(text);
const t1 = performance.now();
const result = validateBundle(json);
const t2 = performance.now();
window.__result = { parseMs: t1 - t0, validateMs: t2 - t1, ok: result.ok };
</script></head><body></body></html>`;

async function parseAndValidate(benchUrl) {
  const browser = await openBrowser({ width: 1280, height: 900 });
  try {
    await browser.page.goto(`${benchUrl}/bench/validate.html`);
    await browser.page.waitForFunction(() => window.__result !== undefined, null, { timeout: 120_000 });
    return await browser.page.evaluate(() => window.__result);
  } finally {
    await browser.close();
  }
}

/** Clicks `button` in the page and resolves at the first paint after its aria-pressed turns true. */
async function clickToPaint(page, locator) {
  const handle = await locator.elementHandle();
  return page.evaluate(
    (button) =>
      new Promise((done) => {
        const t0 = performance.now();
        const painted = () => requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
        const observer = new MutationObserver(() => {
          if (button.isConnected && button.getAttribute('aria-pressed') === 'true') {
            observer.disconnect();
            painted();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        button.click();
      }),
    handle,
  );
}

async function timeline(appUrl, dataUrl, runs) {
  const browser = await openBrowser({ width: 1280, height: 900 });
  try {
    const { page } = browser;
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        // In #root: a ?data= page may still hold the hidden static copy, whose saved chart picture does not count.
        if (document.querySelector('#root svg.recharts-surface .recharts-bar-rectangle')) {
          window.__chartAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
      // The event timeline (first on the page): its first dismantling mark.
      new MutationObserver((_, observer) => {
        if (document.querySelector('#root .dm-marks .dm-mark')) {
          window.__marksAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${appUrl}/timeline?data=${encodeURIComponent(dataUrl)}`);
    await page.waitForFunction(() => window.__chartAt !== undefined, null, { timeout: 180_000 });
    const firstChartMs = await page.evaluate(() => window.__chartAt);
    await page.waitForFunction(() => window.__marksAt !== undefined, null, { timeout: 180_000 });
    const firstMarksMs = await page.evaluate(() => window.__marksAt);
    await liveView(page);
    // A filter change on the event timeline: its range presets, each click to the next paint.
    const range = page.getByRole('group', { name: 'Range' });
    const rangeChange = [];
    for (let i = 0; i < runs; i += 1) {
      for (const name of ['2014–2016', '2017–2020', 'All']) {
        const button = range.getByRole('button', { name, exact: true });
        if ((await button.count()) === 0) continue;
        rangeChange.push({ name, ms: await clickToPaint(page, button) });
      }
    }

    const group = page.getByRole('group', { name: 'Group by' });
    const granularity = [];
    for (let i = 0; i < runs; i += 1) {
      for (const name of ['Quarter', 'Year', 'Month']) {
        const button = group.getByRole('button', { name, exact: true });
        granularity.push({ name, ms: await clickToPaint(page, button) });
      }
    }
    return { firstChartMs, granularity, firstMarksMs, rangeChange };
  } finally {
    await browser.close();
  }
}

/**
 * Until the app has taken over, the page may still hold the (hidden) static
 * first screen, whose fields would match the same labels as the live ones.
 */
const liveView = (page) => page.waitForSelector('html[data-app-ready]', { state: 'attached', timeout: 180_000 });

async function countermeasures(appUrl, dataUrl, runs) {
  const browser = await openBrowser({ width: 1280, height: 900 });
  try {
    const { page } = browser;
    await page.goto(`${appUrl}/countermeasures?data=${encodeURIComponent(dataUrl)}`);
    await liveView(page);
    const search = page.getByLabel('Search titles and descriptions');
    await search.waitFor({ timeout: 180_000 });
    await page.locator('[data-measure-id]').first().waitFor({ timeout: 180_000 });
    await page.evaluate(() => {
      window.__events = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.interactionId) window.__events.push({ id: e.interactionId, duration: e.duration });
      }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    });
    const keystroke = [];
    const filtered = [];
    const words = ['imam', 'law', 'cell'];
    for (let i = 0; i < runs; i += 1) {
      await search.fill('');
      await page.waitForTimeout(400);
      const word = words[i % words.length];
      for (let n = 1; n <= word.length; n += 1) {
        const t0 = await page.evaluate(() => performance.now());
        await page.keyboard.type(word[n - 1]);
        // The search reaches the URL, and so the filter, after a 150 ms pause in typing
        // (search-box.tsx), by design; then the matrix re-renders.
        await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, word.slice(0, n), {
          timeout: 30_000,
          polling: 'raf',
        });
        filtered.push(
          await page.evaluate(
            (start) => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0))),
            t0,
          ),
        );
      }
    }
    await page.waitForTimeout(300);
    const byInteraction = new Map();
    for (const e of await page.evaluate(() => window.__events)) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
    keystroke.push(...byInteraction.values());
    return { keystroke, filtered };
  } finally {
    await browser.close();
  }
}

export async function scaleBench({ appUrl, benchUrl, runs }) {
  const validations = [];
  for (let i = 0; i < runs; i += 1) validations.push(await parseAndValidate(benchUrl));
  if (!validations.every((v) => v.ok)) throw new Error('the generated bundle did not validate');
  const dataUrl = `${benchUrl}/bench/big.json`;
  const tl = await timeline(appUrl, dataUrl, runs);
  const cm = await countermeasures(appUrl, dataUrl, runs);
  return {
    parseMs: validations.map((v) => v.parseMs),
    validateMs: validations.map((v) => v.validateMs),
    firstChartMs: [tl.firstChartMs],
    granularityMs: tl.granularity.map((g) => g.ms),
    firstMarksMs: [tl.firstMarksMs],
    rangeChangeMs: tl.rangeChange.map((g) => g.ms),
    keystrokeMs: cm.keystroke.length ? cm.keystroke : [0],
    filteredMs: cm.filtered,
    median,
  };
}
