import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/testing/parse-csv';

// The version of the bundle the build serves, read from it rather than typed in.
const BUNDLE_VERSION = (JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as { meta: { version: string } }).meta.version;
import { openSession, serveAt, type Session } from './helpers/browser';

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(s: Session, figureName: RegExp | string, item: string): Promise<{ name: string; bytes: Buffer }> {
  const figure = s.page.getByRole('figure', { name: figureName });
  await figure.getByRole('button', { name: 'Share and download' }).click();
  const [dl] = await Promise.all([s.page.waitForEvent('download'), figure.getByRole('button', { name: item, exact: true }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

const EMBED_IDS = [
  'fighters-composition',
  'fighters-outcomes',
  'fighters-over-time',
  'fighters-compare',
  'timeline-dismantlings',
  'timeline-events',
  'timeline-cumulative',
  'countermeasures-by-domain',
  'countermeasures-matrix',
  'fighters-detention',
];

/** Every chart the views draw; each view contributes at least one. */
const CHARTS: { path: string; figure: string; id: string; legend: string[]; source: string; drawn?: string }[] = [
  { path: '/fighters', figure: 'Who went: men, women and children', id: 'fighters-composition', legend: ['Men (derived)', 'Women', 'Children or minors'], source: 'Morocco World News' },
  { path: '/timeline', figure: 'Every documented cell dismantling, at its date', id: 'timeline-dismantlings', legend: [], source: 'sources', drawn: '.dm-mark' },
  { path: '/timeline', figure: 'Cell dismantlings documented per period', id: 'timeline-events', legend: [], source: 'sources' },
  { path: '/countermeasures', figure: 'Measures by domain, split by horizon', id: 'countermeasures-by-domain', legend: [], source: 'Morocco World News' },
];

describe('downloads', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it.each(CHARTS)('$id: PNG at 1x and 2x, a 1920x1080 slide, SVG and CSV', async (chart) => {
    await s.page.goto(`${s.baseURL}${chart.path}`);
    const figure = s.page.getByRole('figure', { name: chart.figure });
    // Charts below the fold draw once they come near the screen.
    await figure.scrollIntoViewIfNeeded();
    await figure.locator(chart.drawn ?? 'svg.recharts-surface').first().waitFor();
    const plotWidth = await figure.locator('.chart-frame__plot').evaluate((el) => el.getBoundingClientRect().width);

    const png = await download(s, chart.figure, 'Download PNG');
    expect(png.name).toBe(`${chart.id}.png`);
    const one = pngSize(png.bytes);
    expect(one.width).toBe(Math.max(Math.round(plotWidth + 48), 480));
    const png2 = await download(s, chart.figure, 'Download PNG (2×)');
    expect(pngSize(png2.bytes).width).toBe(one.width * 2);
    const slide = await download(s, chart.figure, 'Download slide PNG (1920 × 1080)');
    expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
    if (process.env.E2E_KEEP_EXPORTS) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${process.env.E2E_KEEP_EXPORTS}/${chart.id}-slide.png`, slide.bytes);
    }

    const svg = (await download(s, chart.figure, 'Download SVG')).bytes.toString('utf8');
    if (process.env.E2E_KEEP_EXPORTS) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${process.env.E2E_KEEP_EXPORTS}/${chart.id}.svg`, svg);
    }
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`>${chart.figure}</text>`);
    for (const entry of chart.legend) expect(svg).toContain(`>${entry}</text>`);
    expect(svg).toMatch(new RegExp(`>Source: [^<]*${chart.source}`));
    expect(svg).not.toMatch(/<script|onload=|onerror=|var\(--/i);
    // It parses as a standalone SVG document.
    const parsed = await s.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, texts: doc.querySelectorAll('text').length };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.texts).toBeGreaterThan(5);

    const csv = (await download(s, chart.figure, 'Download CSV')).bytes.toString('utf8');
    // Plain CSV: a byte-order mark for Excel, the header row first, the citation in the last columns of every row.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).not.toMatch(/^\uFEFF?#/m);
    const rows = parseCsv(csv);
    const header = rows[0] ?? [];
    expect(header.slice(-3)).toEqual(['Chart', 'Source', 'Data version']);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(header.length);
      expect(row.at(-2)).toMatch(/https?:\/\//);
      expect(row.at(-1)?.startsWith(`${BUNDLE_VERSION} `)).toBe(true);
    }
    // The CSV holds exactly the rows of the chart's table.
    await figure.getByRole('button', { name: 'Table' }).click();
    const tableRows = await figure.locator('.chart-frame__table tbody tr').count();
    expect(rows.length - 1).toBe(tableRows);
    await figure.getByRole('button', { name: 'Chart' }).click();
  });
});

describe('embeds', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 360 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('shows only the chart frame, keeps URL state and theme, and posts its height to the parent', async () => {
    const host = `<!doctype html><title>host</title><iframe id="f" src="/embed/fighters-composition?snapshot=bcij-2017-09&theme=dark" style="width:320px;height:200px;border:0"></iframe>
      <script>window.heights=[];addEventListener('message',e=>{if(e.data&&e.data.type==='morocco-ct-embed-height')window.heights.push(e.data.height)});</script>`;
    await serveAt(s.page, '/embed-host.html', { body: host, contentType: 'text/html' });
    await s.page.goto(`${s.baseURL}/embed-host.html`);
    await s.page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0, null, { timeout: 15_000 });
    const frame = s.page.frameLocator('#f');
    await frame.getByRole('heading', { level: 1, name: 'Who went: men, women and children' }).waitFor();
    expect(await frame.getByRole('navigation').count()).toBe(0);
    expect(await frame.getByText(/Khiame/).count()).toBeGreaterThan(0);
    expect(await frame.getByRole('link', { name: 'Open in the full dashboard' }).count()).toBe(1);
    const theme = await s.page.frames()[1]?.evaluate(() => document.documentElement.dataset.theme);
    expect(theme).toBe('dark');
    const heights = await s.page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(Math.max(...heights)).toBeGreaterThan(300);
  });

  it('lists the valid ids for an unknown chart id', async () => {
    await s.page.goto(`${s.baseURL}/embed/no-such-chart`);
    const alert = s.page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    for (const id of EMBED_IDS) expect(text).toContain(id);
  });
});

describe('presentation mode', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it('moves between slides with the keyboard and keeps the slide in the URL', async () => {
    await s.page.goto(`${s.baseURL}/present?slide=2`);
    const h1 = s.page.getByRole('heading', { level: 1 });
    await h1.waitFor();
    expect(await h1.textContent()).toBe('What became of them');
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForURL(/slide=3/);
    await s.page.keyboard.press('Home');
    await s.page.waitForURL(/slide=1/);
    await s.page.getByRole('heading', { level: 1, name: 'Who went: men, women and children' }).waitFor();
    const total = Number(/\/ (\d+)$/.exec((await s.page.getByText(/^\d+ \/ \d+$/).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(8);
    await s.page.keyboard.press('End');
    await s.page.waitForURL(new RegExp(`slide=${total}$`));
    await s.page.reload();
    await s.page.getByRole('heading', { level: 1 }).waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.waitForURL((url) => !url.pathname.startsWith('/present'));
  });
});
