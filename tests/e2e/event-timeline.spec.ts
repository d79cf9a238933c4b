import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './helpers/browser';

// The bundle the build serves: every expectation is counted from it, not typed in.
const bundle = JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as {
  cellEvents: { id: string; date: string; places: { city: string }[]; sources: string[] }[];
  contextEvents: { id: string; date: string }[];
  sources: { id: string; url: string }[];
  cellCounts: { kind: string; year: number | null }[];
};
// The chart's time axis spans whole years: every event and every per-year count.
const years = [
  ...bundle.cellEvents.map((e) => Number(e.date.slice(0, 4))),
  ...bundle.cellCounts.flatMap((c) => (c.kind === 'per-year' && c.year !== null ? [c.year] : [])),
];
const axisMonths = (Math.max(...years) - Math.min(...years) + 1) * 12;
const byDate = [...bundle.cellEvents].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  id: string;
}

const overlapping = (boxes: Box[], slack = 0.5) => {
  const pairs: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (
        a.x + slack < b.x + b.width &&
        b.x + slack < a.x + a.width &&
        a.y + slack < b.y + b.height &&
        b.y + slack < a.y + a.height
      )
        pairs.push(`${a.id} / ${b.id}`);
    }),
  );
  return pairs;
};

describe.each([1280, 390])('the event timeline at %i px', (width) => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width, height: 900 });
  });
  afterAll(async () => {
    await s.close();
  });

  const chart = () => s.page.locator('[data-chart-id="timeline-dismantlings"]');
  const marks = () => chart().locator('.dm-mark');

  it('is the first chart of /timeline and draws every dismantling once, no two marks overlapping', async () => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}/timeline`);
    await marks().first().waitFor();
    const first = await s.page.locator('[data-chart-id]').first().getAttribute('data-chart-id');
    expect(first).toBe('timeline-dismantlings');
    // Every dismantling once: as a mark, or (where a narrow screen cannot stack them all) counted in a "+N" badge at its place.
    const overflow = await chart()
      .locator('.dm-overflow')
      .evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-count')), 0));
    expect((await marks().count()) + overflow).toBe(bundle.cellEvents.length);
    if (width >= 1280) expect(overflow).toBe(0);
    // Each mark's drawn shape (its first child), in page px.
    const boxes = await marks().evaluateAll((els) =>
      els.map((el, i) => {
        const shape = el.firstElementChild as SVGGraphicsElement;
        const r = shape.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, id: el.getAttribute('aria-label') ?? String(i) };
      }),
    );
    expect(overlapping(boxes)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('labels context events at their dates with no two labels overlapping', async () => {
    await s.page.goto(`${s.baseURL}/timeline`);
    await marks().first().waitFor();
    const labels = await chart()
      .locator('.dm-context text')
      .evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height, id: el.textContent ?? '' };
        }),
      );
    const inRange = bundle.contextEvents.filter((c) => c.date >= '2014' && c.date < '2021');
    expect(labels).toHaveLength(inRange.length);
    expect(overlapping(labels)).toEqual([]);
    // Every number on the chart is named in the key below it.
    const key = await chart().locator('.dm-context-list li').allTextContents();
    expect(key).toHaveLength(inRange.length);
  });

  it('draws a date known to the month over its month and a year over its year, never as a dot', async () => {
    await s.page.goto(`${s.baseURL}/timeline`);
    await marks().first().waitFor();
    const shapes = await marks().evaluateAll((els) =>
      els.map((el) => ({ label: el.getAttribute('aria-label') ?? '', tag: el.firstElementChild?.tagName ?? '' })),
    );
    for (const { label, tag } of shapes) {
      if (label.includes('dated to the day')) expect(tag, label).toBe('circle');
      else expect(tag, label).toBe('rect');
    }
    // A month-only mark is at least its month wide; a year-only bracket about twelve months.
    const widths = await marks().evaluateAll((els) =>
      els.map((el) => ({
        label: el.getAttribute('aria-label') ?? '',
        width: (el.firstElementChild as SVGGraphicsElement).getBBox().width,
      })),
    );
    const axis = await chart().locator('svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
    const monthPx = (axis - 20) / axisMonths;
    const year = widths.find((w) => w.label.includes('to the year only'));
    expect(year?.width).toBeGreaterThan(monthPx * 11);
  });

  it('opens an event by click with its sources, walks to the next and back, and keeps it in the URL', async () => {
    const target = byDate.find((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && e.places.length > 0);
    if (!target) throw new Error('no day-dated event');
    await s.page.goto(`${s.baseURL}/timeline`);
    await marks().first().waitFor();
    const mark = marks().filter({ has: s.page.locator('circle') }).nth(0);
    await mark.scrollIntoViewIfNeeded();
    const label = (await mark.getAttribute('aria-label')) ?? '';
    await mark.click();
    await s.page.waitForURL((url) => url.searchParams.get('event') !== null);
    const id = new URL(s.page.url()).searchParams.get('event') ?? '';
    const record = bundle.cellEvents.find((e) => e.id === id);
    expect(record).toBeTruthy();
    const detail = s.page.locator('.event-detail');
    await detail.waitFor();
    expect(label).toContain(record?.places[0]?.city ?? '');
    for (const sourceId of record?.sources ?? []) {
      const url = bundle.sources.find((x) => x.id === sourceId)?.url;
      expect(await detail.locator(`a[href="${url}"]`).count(), sourceId).toBeGreaterThan(0);
    }
    const position = (await detail.locator('.event-detail__position').textContent()) ?? '';
    const at = Number(/Event (\d+)/.exec(position)?.[1]);
    expect(position).toContain(`of ${bundle.cellEvents.length}`);
    await detail.getByRole('button', { name: /Next/ }).click();
    await s.page.waitForURL((url) => url.searchParams.get('event') !== id);
    await expect.poll(() => detail.locator('.event-detail__position').textContent()).toContain(`Event ${at + 1} of`);
    await detail.getByRole('button', { name: /Previous/ }).click();
    await s.page.waitForURL((url) => url.searchParams.get('event') === id);
    // A link with ?event= opens the same panel.
    await s.page.goto(`${s.baseURL}/timeline?event=${target.id}`);
    // Arriving by link brings the slide into view.
    const slide = s.page.locator('.event-detail');
    await slide.waitFor();
    await expect.poll(() => slide.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
    await marks().first().waitFor();
    const pressed = await marks().evaluateAll((els) => els.findIndex((el) => el.getAttribute('aria-pressed') === 'true'));
    expect(await chart().locator('.dm-mark[aria-pressed="true"]').count()).toBe(1);
    expect(await s.page.locator('.event-detail__position').textContent()).toContain(`Event ${pressed + 1} of`);
    expect(await s.page.locator('.event-detail h3').textContent()).toContain(target.places[0]?.city ?? '');
  });

  it('moves between events with the arrow keys, announces each, and opens one with Enter', async () => {
    await s.page.goto(`${s.baseURL}/timeline`);
    await marks().first().waitFor();
    await marks().first().focus();
    const live = chart().locator('.dm-chart [role="status"]');
    const firstLabel = await marks().first().getAttribute('aria-label');
    expect(await live.textContent()).toBe(firstLabel);
    await s.page.keyboard.press('ArrowRight');
    const second = await s.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(second).not.toBe(firstLabel);
    expect(await live.textContent()).toBe(second);
    await s.page.keyboard.press('Enter');
    await s.page.waitForURL((url) => url.searchParams.get('event') !== null);
    const opened = new URL(s.page.url()).searchParams.get('event');
    expect(second).toContain(bundle.cellEvents.find((e) => e.id === opened)?.places[0]?.city ?? '');
    await s.page.keyboard.press('Space');
    await s.page.waitForURL((url) => url.searchParams.get('event') === null);
  });

  it('zooms with a preset and by dragging across the plot, into ?from=&to=', async () => {
    await s.page.goto(`${s.baseURL}/timeline`);
    await marks().first().waitFor();
    await chart().getByRole('button', { name: '2017–2020' }).click();
    await s.page.waitForURL((url) => url.searchParams.get('from') === '2017-01' && url.searchParams.get('to') === '2020-12');
    const inRange = bundle.cellEvents.filter((e) => e.date >= '2017' && e.date < '2021');
    await s.page.waitForFunction(
      (n) => document.querySelectorAll('[data-chart-id="timeline-dismantlings"] .dm-mark').length === n,
      inRange.length,
    );
    const brush = chart().locator('.dm-brush');
    await brush.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = await brush.boundingBox();
    if (!box) throw new Error('no brush');
    // Along the top of the plot, above the stacked marks.
    await s.page.mouse.move(box.x + box.width * 0.25, box.y + 6);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + box.width * 0.5, box.y + 6, { steps: 5 });
    await s.page.mouse.up();
    // A quarter to a half of 2017-2020 is about 2018 to mid-2019.
    await s.page.waitForURL((url) => (url.searchParams.get('from') ?? '') >= '2017-11' && (url.searchParams.get('to') ?? '9') <= '2019-02');
    await chart().getByRole('group', { name: 'Range' }).getByRole('button', { name: 'All' }).click();
    await s.page.waitForURL((url) => !url.searchParams.has('from') && !url.searchParams.has('to'));
  });

  it('writes legend labels in text colour (contrast 4.5:1), not the series colours', async () => {
    await s.page.goto(`${s.baseURL}/timeline?by=year`);
    const legendText = s.page.locator('[data-chart-id="timeline-events"] .recharts-legend-item-text');
    // The per-period chart sits below the fold and draws when it comes near.
    const frame = s.page.locator('[data-chart-id="timeline-events"]');
    await frame.waitFor();
    await frame.scrollIntoViewIfNeeded();
    await legendText.first().waitFor();
    const ratios = await legendText.evaluateAll((els) => {
      const lum = (css: string) => {
        const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      const background = (el: Element | null): string => {
        for (let at = el; at; at = at.parentElement) {
          const bg = getComputedStyle(at).backgroundColor;
          if (!/rgba\(0, 0, 0, 0\)|transparent/.test(bg)) return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      return els.map((el) => {
        const inner = el.querySelector('.chart-legend-text') ?? el;
        const fg = lum(getComputedStyle(inner).color);
        const bg = lum(background(inner));
        return { text: el.textContent, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
      });
    });
    expect(ratios.length).toBeGreaterThan(1);
    for (const r of ratios) expect(r.ratio, r.text ?? '').toBeGreaterThanOrEqual(4.5);
  });
});
