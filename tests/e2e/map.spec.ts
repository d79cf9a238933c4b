import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './helpers/browser';
import { copyBuild, serveBuild, waitForServiceWorker } from './helpers/pwa';

// Every expectation is counted from the bundle the build serves.
const bundle = JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as {
  cellEvents: { id: string; date: string; places: { placeId?: string }[] }[];
  places: { id: string; name: string; lat: number; lon: number }[];
  regionalFigures: { measure: string }[];
};
// The map's frame (scripts/build-base-map.ts): a Mercator rectangle is a lon/lat rectangle.
const onMap = new Set(
  bundle.places.filter((p) => p.lon >= -17.6 && p.lon <= -0.6 && p.lat >= 20.6 && p.lat <= 36.4).map((p) => p.id),
);
const placesOf = (events: typeof bundle.cellEvents) =>
  new Set(events.flatMap((e) => e.places.map((p) => p.placeId).filter((id): id is string => id !== undefined && onMap.has(id))));
const in2025 = bundle.cellEvents.filter((e) => e.date.startsWith('2025'));

describe('the map of dismantlings', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await s.close();
  });
  const map = () => s.page.locator('[data-chart-id="timeline-map"]');
  const marks = () => map().locator('.map-mark');

  async function open(search: string) {
    await s.page.goto(`${s.baseURL}/timeline${search}`);
    await map().scrollIntoViewIfNeeded();
    await marks().first().waitFor();
  }

  it('draws a mark per place with events in range, and Western Sahara with its disputed note', async () => {
    s.errors.length = 0;
    await open('');
    const keys = await marks().evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
    expect(new Set(keys)).toEqual(placesOf(bundle.cellEvents));
    expect(await map().locator('path[data-country="732"]').count()).toBe(1);
    expect(await map().locator('svg').textContent()).toContain('(status disputed)');
    expect(await map().textContent()).toMatch(/Western Sahara .* status is disputed/);
    expect(s.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  it('follows the range: 2025 alone draws the places of 2025, Laâyoune among them', async () => {
    await open('?from=2025-01&to=2025-12');
    const keys = await marks().evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
    expect(new Set(keys)).toEqual(placesOf(in2025));
    expect(keys).toContain('laayoune');
    expect(keys.length).toBeLessThan(placesOf(bundle.cellEvents).size);
  });

  it('lists a place’s events with links when it is selected, by pointer or keyboard', async () => {
    await open('?from=2025-01&to=2025-12');
    await map().locator('[data-place="laayoune"] .map-mark__dot').click();
    const list = s.page.getByRole('region', { name: /Dismantlings in Laa?y?â?youne/i });
    await list.waitFor();
    const expected = in2025.filter((e) => e.places.some((p) => p.placeId === 'laayoune')).map((e) => e.id);
    const hrefs = await list.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.map((h) => new URL(h, 'http://x').searchParams.get('event')).sort()).toEqual(expected.sort());
    expect(s.page.url()).toContain('place=laayoune');
    // Keyboard: the selected mark is the tab stop; an arrow moves focus and the live region names the place.
    await map().locator('[data-place="laayoune"]').focus();
    await s.page.keyboard.press('ArrowUp');
    const focused = await s.page.evaluate(() => document.activeElement?.getAttribute('data-place'));
    expect(focused).toBeTruthy();
    expect(focused).not.toBe('laayoune');
    expect(await map().locator('.map-chart [role="status"]').textContent()).toMatch(/dismantling/);
    await s.page.keyboard.press('Enter');
    expect(s.page.url()).toContain(`place=${focused}`);
  });

  it('sizes by arrests from the URL toggle', async () => {
    await open('?mapBy=arrests');
    expect(await map().getByRole('button', { name: 'People arrested' }).getAttribute('aria-pressed')).toBe('true');
    expect(await map().textContent()).toContain('by people arrested');
  });
});

describe('Morocco among its neighbours', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('draws a bar per figure of those who went, and its reading', async () => {
    await s.page.goto(`${s.baseURL}/fighters`);
    const chart = s.page.locator('[data-chart-id="region-compare"]');
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.region-bar').first().waitFor();
    expect(await chart.locator('.region-bar').count()).toBe(bundle.regionalFigures.filter((f) => f.measure === 'went').length);
    expect(await chart.textContent()).toMatch(/Tunisia sent [\d.]+ times as many as Morocco/);
  });
});

describe('the map offline', () => {
  it('reloads /embed/timeline-map with its marks after one visit', async () => {
    const build = copyBuild();
    const server = await serveBuild(build.dir);
    const s = await openSession();
    try {
      await s.page.goto(`${server.url}/timeline`);
      await waitForServiceWorker(s.page);
      await s.page.goto(`${server.url}/embed/timeline-map`);
      await s.page.locator('.map-mark').first().waitFor();
      await server.close();
      await s.context.setOffline(true);
      await s.page.reload();
      await s.page.locator('.map-mark').first().waitFor();
      expect(await s.page.locator('path[data-country="732"]').count()).toBe(1);
    } finally {
      await s.close();
      build.remove();
    }
  });
});
