// Every chart's exports hold what the chart on screen shows. The export used
// to copy the first SVG in the frame, which for the timeline charts was a
// legend icon: the download was a blue rectangle while size checks passed.
// Here the live chart is the oracle: its marks, tick labels and legend
// entries must all be in the SVG, and the PNG must be a picture, not a fill.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/app/chart-registry';
import { openSession, type Session } from './helpers/browser';

/** What counts as a data mark, on screen and in the export (exports keep Recharts' class names). */
const MARKS = '.recharts-bar-rectangle, .recharts-line-curve, .recharts-dot, .recharts-symbols, .recharts-area-area, [data-mark]';
const TICKS = '.recharts-cartesian-axis-tick-value';

interface LiveChart {
  marks: number;
  ticks: string[];
  legend: string[];
  tableFirstCells: string[];
}

/** Set EXPORTS_DIR to keep every download, to open them by hand (the closing note of issue 13). */
const KEEP_DIR = process.env.EXPORTS_DIR;

async function download(s: Session, item: string, keepAs?: string): Promise<Buffer> {
  const figure = s.page.locator('figure.chart-frame').first();
  await figure.getByRole('button', { name: 'Share and download' }).click();
  const [dl] = await Promise.all([
    s.page.waitForEvent('download'),
    figure.getByRole('button', { name: item, exact: true }).click(),
  ]);
  const bytes = readFileSync(await dl.path());
  if (KEEP_DIR && keepAs) {
    mkdirSync(KEEP_DIR, { recursive: true });
    writeFileSync(join(KEEP_DIR, keepAs), bytes);
  }
  return bytes;
}

/** The chart as the reader sees it: marks and tick labels of its plot, its legend, its table's row heads. */
async function readLive(s: Session, plot: 'svg' | 'html'): Promise<LiveChart> {
  const figure = s.page.locator('figure.chart-frame').first();
  if (plot === 'svg') {
    await figure.locator(`.chart-frame__plot :is(${MARKS})`).first().waitFor({ timeout: 20_000 });
    // Animations end before the marks are counted.
    await s.page.waitForTimeout(400);
  }
  const live = await figure.evaluate(
    (el, { MARKS, TICKS }) => {
      const visible = (node: Element) => {
        const box = node.getBoundingClientRect();
        return box.width > 0 || box.height > 0;
      };
      const plotEl = el.querySelector('.chart-frame__plot');
      // The chart's plot is its largest SVG; legend icons are small ones beside it.
      const svgs = [...(plotEl?.querySelectorAll('svg') ?? [])].sort((a, b) => {
        const area = (x: Element) => x.getBoundingClientRect().width * x.getBoundingClientRect().height;
        return area(b) - area(a);
      });
      const main = svgs[0];
      return {
        marks: main ? [...main.querySelectorAll(MARKS)].filter(visible).length : 0,
        ticks: main ? [...main.querySelectorAll(TICKS)].filter(visible).map((t) => t.textContent?.trim() ?? '') : [],
        legend: [...el.querySelectorAll('.recharts-legend-item-text, .segment-key__label, [data-legend-label]')]
          .map((t) => t.textContent?.trim() ?? '')
          .filter(Boolean),
      };
    },
    { MARKS, TICKS },
  );
  await figure.getByRole('button', { name: 'Table', exact: true }).click();
  const tableFirstCells = await figure
    .locator('.chart-frame__table tbody tr > :first-child')
    .evaluateAll((cells) => cells.map((c) => c.textContent?.trim() ?? ''));
  await figure.getByRole('button', { name: 'Chart', exact: true }).click();
  if (plot === 'svg') await figure.locator(`.chart-frame__plot :is(${MARKS})`).first().waitFor();
  return { ...live, tableFirstCells };
}

describe.each(CHARTS.map((c) => ({ id: c.id, title: c.title, plot: c.plot })))('exports of $id', (chart) => {
  let s: Session;
  let live: LiveChart;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
    await s.page.goto(`${s.baseURL}/embed/${chart.id}`);
    await s.page.getByRole('heading', { level: 1 }).waitFor();
    live = await readLive(s, chart.plot);
  });
  afterAll(async () => {
    await s.close();
  });

  it('the chart on screen is not blank', () => {
    if (chart.plot === 'svg') expect(live.marks).toBeGreaterThan(0);
    expect(live.tableFirstCells.length).toBeGreaterThan(0);
  });

  it('the SVG holds the marks, ticks, legend, title and source line of the chart on screen', async () => {
    const svg = (await download(s, 'Download SVG', `${chart.id}.svg`)).toString('utf8');
    const parsed = await s.page.evaluate(
      ({ text, MARKS, TICKS }) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent?.trim() ?? '');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          marks: doc.querySelectorAll(MARKS).length,
          brushes: doc.querySelectorAll('.recharts-brush').length,
          ticks: [...doc.querySelectorAll(TICKS)].map((t) => t.textContent?.trim() ?? ''),
          texts,
        };
      },
      { text: svg, MARKS, TICKS },
    );
    expect(parsed.error).toBeNull();
    // Controls (the timeline's range brush) stay on screen; the picture shows the data.
    expect(parsed.brushes).toBe(0);
    const all = parsed.texts.join('\n');
    expect(all).toContain(chart.title.slice(0, 20));
    expect(parsed.texts.some((t) => t.startsWith('Source:'))).toBe(true);
    for (const entry of live.legend) expect(all).toContain(entry);
    if (chart.plot === 'svg') {
      expect(parsed.marks).toBeGreaterThanOrEqual(live.marks);
      for (const tick of live.ticks) expect(parsed.ticks).toContain(tick);
    } else {
      // An HTML chart exports its table: every row is in the picture.
      // Cells wrap over lines, so words are compared, not line breaks.
      const words = parsed.texts.join(' ').replace(/\s+/g, ' ');
      for (const cell of live.tableFirstCells) expect(words).toContain(cell.slice(0, 12).trim());
    }
  });

  it('the slide SVG reads from the back of a room: 28 px ticks and legend, a plot over 60% of the slide, no text colliding or outside it', async () => {
    const svg = (await download(s, 'Download slide SVG (1920 × 1080)', `${chart.id}-slide.svg`)).toString('utf8');
    // Measured alone on a blank page at the slide's size, so no page style scales it.
    const blank = await s.context.newPage();
    await blank.setViewportSize({ width: 1920, height: 1080 });
    await blank.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body>`);
    const m = await blank.evaluate(() => {
      const root = document.querySelector('svg')!;
      const origin = root.getBoundingClientRect();
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
      };
      /** The size a text is drawn at on the slide: its font size times the scale it is drawn at. */
      const drawnSize = (t: SVGTextElement) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1);
      const texts = [...root.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() && box(t).w > 0);
      const plot = root.querySelector('svg.export-plot');
      const own = texts.filter((t) => !plot?.contains(t));
      const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
        a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
      const collisions: string[] = [];
      const pairs = (list: SVGTextElement[]) => {
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length; j++)
            if (overlaps(box(list[i]!), box(list[j]!))) collisions.push(`${list[i]!.textContent} / ${list[j]!.textContent}`);
      };
      pairs(own);
      for (const axis of root.querySelectorAll('.recharts-cartesian-axis')) pairs([...axis.querySelectorAll<SVGTextElement>('.recharts-cartesian-axis-tick-value')]);
      const outside = texts
        .filter((t) => {
          const b = box(t);
          return b.x < -1 || b.y < -1 || b.x + b.w > 1921 || b.y + b.h > 1081;
        })
        .map((t) => t.textContent);
      const ticks = [...root.querySelectorAll<SVGTextElement>('.recharts-cartesian-axis-tick-value')].map(drawnSize);
      // The plot's placed size (a nested SVG's client box is the box of what it draws, not of the SVG).
      const placed = plot instanceof SVGSVGElement ? plot.width.baseVal.value * plot.height.baseVal.value : 0;
      const result = {
        size: [root.width.baseVal.value, root.height.baseVal.value],
        plotShare: placed / (1920 * 1080),
        smallestTick: ticks.length ? Math.min(...ticks) : null,
        ownSizes: own.map((t) => ({ text: t.textContent ?? '', size: drawnSize(t) })),
        collisions,
        outside,
      };
      return result;
    });
    await blank.close();
    expect(m.size).toEqual([1920, 1080]);
    expect(m.collisions).toEqual([]);
    expect(m.outside).toEqual([]);
    for (const entry of live.legend) {
      const drawn = m.ownSizes.find((t) => t.text.startsWith(entry));
      expect(drawn, `legend entry ${entry}`).toBeDefined();
      expect(drawn!.size).toBeGreaterThanOrEqual(28);
    }
    expect(m.ownSizes.some((t) => t.text.startsWith('Source:'))).toBe(true);
    if (chart.plot === 'svg') {
      // Share bars label their segments and draw no axis.
      if (m.smallestTick !== null) expect(m.smallestTick).toBeGreaterThanOrEqual(28);
      expect(m.plotShare).toBeGreaterThanOrEqual(0.6);
    } else {
      // A table slide keeps every row or says how many are left to the CSV.
      const all = m.ownSizes.map((t) => t.text).join(' ').replace(/\s+/g, ' ');
      const kept = live.tableFirstCells.filter((cell) => all.includes(cell.slice(0, 12).trim()));
      if (kept.length < live.tableFirstCells.length) expect(all).toMatch(/and \d+ more rows?: the full table is in the CSV/);
      expect(Math.min(...m.ownSizes.filter((t) => !t.text.startsWith('Source:') && !t.text.startsWith('Morocco &')).map((t) => t.size))).toBeGreaterThanOrEqual(22);
    }
    console.log(`${chart.id} slide: plot ${(m.plotShare * 100).toFixed(0)}% of the slide, smallest tick ${m.smallestTick?.toFixed(1) ?? '–'} px`);
  });

  it.each(['Download PNG', 'Download slide PNG (1920 × 1080)'])('the %s is a picture, not one colour', async (item) => {
    const png = await download(s, item, `${chart.id}${item.includes('slide') ? '-slide' : ''}.png`);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const stats = await s.page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const blob = new Blob([bytes], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(160, 90);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0, 160, 90);
      const data = ctx.getImageData(0, 0, 160, 90).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        // Quantised to 4 bits a channel, so anti-aliasing does not count as colours.
        const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const sorted = [...counts.values()].sort((a, b) => b - a);
      return { colours: counts.size, topShare: (sorted[0] ?? 0) / (160 * 90), second: (sorted[1] ?? 0) / (160 * 90) };
    }, png.toString('base64'));
    expect(stats.colours).toBeGreaterThan(8);
    // The background dominates a chart, but text and marks must cover a visible part of it.
    expect(stats.topShare).toBeLessThan(0.97);
    expect(stats.topShare).toBeGreaterThan(0.3);
  });
});

describe('Copy image', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.baseURL });
  });
  afterAll(async () => {
    await s.close();
  });

  it('puts a PNG of the chart on the clipboard, twice the size on screen, with the chart drawn in it', async () => {
    await s.page.goto(`${s.baseURL}/embed/timeline-events`);
    const figure = s.page.locator('figure.chart-frame').first();
    await figure.locator('.chart-frame__plot .recharts-bar-rectangle').first().waitFor({ timeout: 20_000 });
    await figure.getByRole('button', { name: 'Share and download' }).click();
    await figure.getByRole('button', { name: 'Copy image', exact: true }).click();
    await figure.getByText('Image copied.').waitFor({ timeout: 10_000 });
    const read = await s.page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes('image/png'));
      if (!item) return null;
      const bitmap = await createImageBitmap(await item.getType('image/png'));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      // The chart's bar colour (Okabe-Ito blue, #0072b2) must be in the picture, not only background and text.
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let blue = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - 0x00) < 24 && Math.abs(data[i + 1]! - 0x72) < 24 && Math.abs(data[i + 2]! - 0xb2) < 24) blue++;
      return { width: bitmap.width, height: bitmap.height, blueShare: blue / (bitmap.width * bitmap.height) };
    });
    expect(read).not.toBeNull();
    expect(read!.width).toBeGreaterThan(2000);
    // Bars cover part of the picture, but the picture is not one blue rectangle.
    expect(read!.blueShare).toBeGreaterThan(0.02);
    expect(read!.blueShare).toBeLessThan(0.6);
  });
});
