// Presentations as a presenter makes them (issue 14): the app's own slide
// embed code in a real reveal.js deck on another origin, an article embed that
// grows and shrinks, and /present at the four common screen sizes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/app/chart-registry';
import { embedSnippet } from '../../src/charts/export/share-links';
import { openSession, type Session } from './helpers/browser';
import { serveHtml } from './helpers/csp-server';

const REVEAL = join(process.cwd(), 'node_modules/reveal.js/dist');

/** A page on 127.0.0.1 (another origin than the app), with reveal.js's own files under /reveal/. */
const serveSite = (page: string) => serveHtml(page, { prefix: '/reveal/', dir: REVEAL });

/** What fits in an embed or slide: nothing scrolls, and these parts are inside the visible box. */
const FIT_CHECK = () => {
  const view = { width: innerWidth, height: innerHeight };
  const inView = (selector: string) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.bottom <= view.height + 1 && r.height > 0;
  };
  const scroller = document.scrollingElement ?? document.documentElement;
  return {
    overflow: scroller.scrollHeight - view.height,
    title: inView('h1'),
    plot: inView('.chart-frame__plot'),
    source: inView('.chart-frame__sources'),
    fullView: inView('.chart-frame__full-view a'),
    marks: document.querySelectorAll('.chart-frame__plot :is(.recharts-bar-rectangle, .recharts-line-curve, .recharts-dot, .recharts-symbols, [data-mark], .cm-grid, table)').length,
    bar: inView('.present__bar'),
    plotHeight: document.querySelector('.chart-frame__plot')?.getBoundingClientRect().height ?? 0,
    // An HTML plot scaled down to fit: below 0.6 its text is too small to read, and at the floor it is cut.
    scale: Number((document.querySelector('.chart-frame__scaled') as HTMLElement | null)?.dataset.scale ?? 1),
  };
};

describe('compact embeds in a reveal.js deck at 1280x720', () => {
  let s: Session;
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 720 });
    const slides = CHARTS.map((c) => `<section data-id="${c.id}">${embedSnippet(s.baseURL, c.id, '', c.title, 'slide')}</section>`).join('\n');
    site = await serveSite(`<!doctype html><html><head><meta charset="utf-8"><title>deck</title>
      <link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/white.css"></head>
      <body><div class="reveal"><div class="slides">${slides}</div></div>
      <script src="/reveal/reveal.js"></script>
      <script>window.deck = new Reveal({ width: 1280, height: 720, margin: 0, center: false, hash: false, transition: 'none', preloadIframes: true }); window.deck.initialize();</script>
      </body></html>`);
    await s.page.goto(site.url);
    await s.page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  });
  afterAll(async () => {
    await s.close();
    await site.close();
  });

  it.each(CHARTS.map((c, index) => ({ id: c.id, index, plot: c.plot })))('$id fits its slide: title, chart, source line and link in view', async ({ id, index }) => {
    await s.page.evaluate((i) => (window as unknown as { deck: { slide(h: number): void } }).deck.slide(i), index);
    const frame = s.page.frame({ url: new RegExp(`/embed/${id}\\?mode=compact`) });
    expect(frame).not.toBeNull();
    await frame!.locator('h1').waitFor();
    await frame!.waitForFunction(
      () => document.querySelectorAll('.chart-frame__plot :is(.recharts-bar-rectangle, .recharts-line-curve, .recharts-dot, [data-mark], .cm-grid, table)').length > 0,
      null,
      { timeout: 20_000 },
    );
    await s.page.waitForTimeout(300);
    const fit = await frame!.evaluate(FIT_CHECK);
    expect(fit.overflow).toBeLessThanOrEqual(1);
    expect(fit).toMatchObject({ title: true, plot: true, source: true, fullView: true });
    expect(fit.marks).toBeGreaterThan(0);
    expect(fit.scale).toBeGreaterThanOrEqual(0.6);
    // The chart takes most of the slide, not a strip between chrome.
    expect(fit.plotHeight).toBeGreaterThan(720 * 0.55);
    // No controls on a slide.
    expect(await frame!.getByRole('button', { name: 'Share and download' }).count()).toBe(0);
    expect(await frame!.locator('.chart-frame__sources').textContent()).toMatch(/full list$/);
  });
});

describe('an article embed grows and shrinks with its content', () => {
  let s: Session;
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
    const snippet = embedSnippet(s.baseURL, 'timeline-events', '', 'Cells dismantled', 'article');
    site = await serveSite(`<!doctype html><title>article</title><main style="max-width:600px;margin:auto"><p>Text before.</p>${snippet}<p>Text after.</p></main>`);
    await s.page.goto(site.url);
  });
  afterAll(async () => {
    await s.close();
    await site.close();
  });

  it('returns to its first height after the table is shown and hidden', async () => {
    const iframe = s.page.locator('iframe');
    const frame = s.page.frameLocator('iframe');
    await frame.locator('.chart-frame__plot .recharts-bar-rectangle').first().waitFor({ timeout: 20_000 });
    const heightNow = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    await expect.poll(heightNow, { timeout: 10_000 }).toBeGreaterThan(520);
    await s.page.waitForTimeout(500);
    const first = await heightNow();
    await frame.getByRole('button', { name: 'Table', exact: true }).first().click();
    await expect.poll(heightNow, { timeout: 10_000 }).not.toBe(first);
    const withTable = await heightNow();
    await frame.getByRole('button', { name: 'Chart', exact: true }).first().click();
    await expect.poll(heightNow, { timeout: 10_000 }).toBeLessThan(withTable);
    await expect.poll(async () => Math.abs((await heightNow()) - first), { timeout: 10_000 }).toBeLessThanOrEqual(2);
  });
});

describe.each([
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
])('/present at $width x $height', (size) => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession(size);
  });
  afterAll(async () => {
    await s.close();
  });

  it('every slide fits without scrolling and the slide controls stay in view', async () => {
    const problems: string[] = [];
    for (let slide = 1; slide <= CHARTS.length; slide++) {
      await s.page.goto(`${s.baseURL}/present?slide=${slide}`);
      await s.page.locator('h1').waitFor();
      await s.page
        .locator('.chart-frame__plot :is(.recharts-bar-rectangle, .recharts-line-curve, .recharts-dot, [data-mark], .cm-grid, table)')
        .first()
        .waitFor({ timeout: 20_000 });
      await s.page.waitForTimeout(200);
      const fit = await s.page.evaluate(FIT_CHECK);
      const stage = await s.page.locator('.present__stage').evaluate((el) => el.scrollHeight - el.clientHeight);
      if (fit.overflow > 1 || stage > 1 || !fit.bar || !fit.title || !fit.source)
        problems.push(`slide ${slide}: page overflow ${fit.overflow}, stage overflow ${stage}, controls ${fit.bar}, title ${fit.title}, source ${fit.source}`);
      if (fit.scale < 0.6) problems.push(`slide ${slide}: plot scaled to ${fit.scale} to fit`);
      if (fit.plotHeight < size.height * 0.5) problems.push(`slide ${slide}: plot only ${Math.round(fit.plotHeight)} px tall`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the embed dialog: a size, its code and a live preview of that code', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.baseURL });
    await s.page.goto(`${s.baseURL}/fighters?view=percent`);
  });
  afterAll(async () => {
    await s.close();
  });

  const openDialog = async () => {
    const figure = s.page.locator('figure.chart-frame[data-chart-id="fighters-outcomes"]');
    await figure.getByRole('button', { name: 'Share and download' }).click();
    await figure.getByRole('button', { name: 'Embed: sizes, preview and image links…' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
  };

  it('a fixed compact 800x450 size gives that iframe, and the preview shows the compact chart fitting it', async () => {
    const dialog = await openDialog();
    await dialog.getByLabel('Fixed size').check();
    await dialog.getByLabel('Width (px)').fill('800');
    await dialog.getByLabel('Height (px)').fill('450');
    const code = await dialog.getByLabel('Embed code').inputValue();
    expect(code).toContain('width="800" height="450"');
    expect(code).toContain('/embed/fighters-outcomes?view=percent&amp;mode=compact');
    const preview = dialog.locator('iframe');
    expect(await preview.getAttribute('width')).toBe('800');
    // The preview is that very embed: the compact chart fills its 800x450 box with nothing cut.
    const frame = s.page.frameLocator('.embed-dialog iframe');
    await frame.locator('.chart-frame__sources').waitFor({ timeout: 20_000 });
    const fit = await (await preview.elementHandle())!.contentFrame().then((f) => f!.evaluate(FIT_CHECK));
    expect(fit.overflow).toBeLessThanOrEqual(1);
    expect(fit.title && fit.plot && fit.source && fit.fullView).toBe(true);
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => s.page.getByRole('dialog').count()).toBe(0);
  });

  it('refuses a size out of range with a message and no code', async () => {
    const dialog = await openDialog();
    await dialog.getByLabel('Fixed size').check();
    await dialog.getByLabel('Width (px)').fill('12');
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByLabel('Embed code').inputValue()).toBe('');
    expect(await dialog.getByRole('button', { name: 'Copy embed code' }).isDisabled()).toBe(true);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByRole('dialog').count()).toBe(0);
  });

  it('the slide size is the 16:9 compact code, and the image links are the build-time pictures of this chart', async () => {
    const dialog = await openDialog();
    await dialog.getByLabel(/Slide 16:9/).check();
    const code = await dialog.getByLabel('Embed code').inputValue();
    expect(code).toBe(embedSnippet(s.baseURL, 'fighters-outcomes', '?view=percent', 'What became of them', 'slide'));
    const links = await dialog.getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([
      `${s.baseURL}/images/fighters-outcomes.png`,
      `${s.baseURL}/images/fighters-outcomes.svg`,
      `${s.baseURL}/images/fighters-outcomes-slide.png`,
    ]);
    await s.page.keyboard.press('Escape');
  });
});

describe('fallback images written by the build', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await s.close();
  });

  it.each(CHARTS.map((c) => ({ id: c.id, title: c.title })))('/images/$id.svg and .png are pictures of $id with no local address in them', async ({ id, title }) => {
    const svg = await s.page.request.get(`${s.baseURL}/images/${id}.svg`);
    expect(svg.status()).toBe(200);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    const text = await svg.text();
    expect(text).toContain(`<title>${title.replace(/&/g, '&amp;').replace(/'/g, '&apos;')}`);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
    for (const file of [`${id}.png`, `${id}-slide.png`]) {
      const png = await s.page.request.get(`${s.baseURL}/images/${file}`);
      expect(png.status()).toBe(200);
      const stats = await s.page.evaluate(async (b64) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(160, 90);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0, 160, 90);
        const data = ctx.getImageData(0, 0, 160, 90).data;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4) colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
        return { width: bitmap.width, height: bitmap.height, colours: colours.size };
      }, (await png.body()).toString('base64'));
      expect(stats.colours).toBeGreaterThan(8);
      if (file.endsWith('-slide.png')) expect([stats.width, stats.height]).toEqual([1920, 1080]);
    }
  });
});
