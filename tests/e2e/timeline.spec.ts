import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/testing/parse-csv';
import type { BundleInput } from '../../src/data/schema';
import { openSession, type Session } from './helpers/browser';

describe('timeline', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  const list = () => s.page.getByRole('list', { name: /^Dismantlings/ });
  const count = () => s.page.getByRole('region', { name: 'Filters' }).getByRole('status');

  it('lists only 2016 events for ?from=2016-01&to=2016-12, the all-female cell among them', async () => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}/timeline?from=2016-01&to=2016-12`);
    await list().waitFor();
    const dates = await list()
      .locator('time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(5);
    expect(dates.every((d) => d.startsWith('2016'))).toBe(true);
    expect(await count().textContent()).toMatch(new RegExp(`^${dates.length} of \\d+ events$`));
    const female = list()
      .getByRole('article')
      .filter({ hasText: /first all-female cell/i });
    expect(await female.count()).toBe(1);
    expect(await female.locator('time').textContent()).toBe('3 Oct 2016');
    expect(s.errors).toEqual([]);
  });

  it('downloads the listed events as a plain CSV, one row per dismantling with every field, as listed', async () => {
    await s.page.goto(`${s.baseURL}/timeline?from=2016-01&to=2016-12`);
    await list().waitFor();
    // The list is virtualised: its count says how many it holds.
    const listed = Number(/^(\d+) of/.exec((await count().textContent()) ?? '')?.[1]);
    expect(listed).toBeGreaterThan(5);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download the events (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dismantlings.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFFid,date,date_precision,approximate,')).toBe(true);
    const rows = parseCsv(text);
    const header = rows[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    expect(rows.length - 1).toBe(listed);
    for (const row of rows.slice(1)) {
      expect(row[col('date')]).toMatch(/^2016/);
      expect(['day', 'month', 'year']).toContain(row[col('date_precision')]);
      expect(row[col('date_precision')]).toBe(
        { 10: 'day', 7: 'month', 4: 'year' }[row[col('date')]!.length as 10 | 7 | 4],
      );
      expect(row[col('source_urls')]).toMatch(/^https?:\/\//);
      expect(row[col('selection')]).toMatch(
        new RegExp(`^${listed} of \\d+ dismantlings, as listed at /timeline\\?`),
      );
    }
    const female = rows.find((r) => /first all-female cell/i.test(r[col('details')] ?? ''));
    expect(female?.[col('date')]).toBe('2016-10-03');
    // Arrests counted one way, each row against the bundle: `arrested` (kept for
    // existing users) = arrested_morocco; abroad by country and in total; follow-ups linked.
    const bundle = JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as BundleInput;
    const byId = new Map(bundle.cellEvents.map((e) => [e.id, e]));
    for (const row of rows.slice(1)) {
      const event = byId.get(row[col('id')]!);
      if (!event) throw new Error(`no event ${row[col('id')]}`);
      expect(row[col('arrested')]).toBe(row[col('arrested_morocco')]);
      expect(row[col('arrested_morocco')]).toBe(event.arrested === null ? '' : String(event.arrested));
      expect(row[col('arrested_qualifier')]).toBe({ about: 'about', 'more-than': 'more than', 'at-least': 'at least', 'up-to': 'up to', none: '' }[event.arrestedQualifier ?? 'none']);
      const abroad = event.arrestedAbroad ?? [];
      expect(row[col('arrested_abroad_total')]).toBe(String(abroad.reduce((sum, a) => sum + a.count, 0)));
      for (const a of abroad) expect(row[col('arrested_abroad')]).toContain(`${a.country}: `);
      expect(row[col('follow_up_of')]).toBe(event.followUpOf ?? '');
      expect(row[col('placed')]).toBe(event.placed ? 'true' : 'false');
    }
    const joint = rows.find((r) => r[col('id')] === '2016-10-tetouan');
    expect(joint?.[col('arrested_abroad')]).toBe('Spain: 2');
    expect(rows.some((r) => r[col('follow_up_of')] !== '')).toBe(true);
  });

  it('links a follow-up operation to its cell, and shows arrests in Morocco and abroad', async () => {
    const bundle = JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as BundleInput;
    const followUp = bundle.cellEvents.find((e) => e.followUpOf !== undefined);
    if (!followUp?.followUpOf) throw new Error('the bundle has no follow-up');
    await s.page.goto(`${s.baseURL}/timeline?event=${followUp.id}`);
    const detail = s.page.locator('.event-detail');
    await detail.waitFor();
    await detail.locator('dd', { hasText: 'Follow-up of' }).getByRole('link').click();
    await s.page.waitForURL(new RegExp(`event=${followUp.followUpOf}`));
    await s.page.locator('.event-detail').getByText('Followed up').waitFor();
    const joint = bundle.cellEvents.find((e) => e.id === '2024-11-tetouan-spain');
    const [spain] = joint?.arrestedAbroad ?? [];
    if (!joint || !spain) throw new Error('no joint operation in the bundle');
    await s.page.goto(`${s.baseURL}/timeline?event=${joint.id}`);
    await s.page
      .locator('.event-detail dd')
      .getByText(`${joint.arrested} in Morocco; ${spain.count} in ${spain.country}`, { exact: true })
      .waitFor();
  });

  it('downloads the official counts and the context events as CSV with their sources', async () => {
    await s.page.goto(`${s.baseURL}/timeline`);
    const bundle = JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as {
      cellCounts: { id: string; count: number; qualifier?: string; sources: string[] }[];
    };
    const button = s.page.getByRole('button', { name: 'Download the official counts (CSV)' });
    await button.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([s.page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('official-counts.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFFid,kind,year,')).toBe(true);
    const [header = [], ...rows] = parseCsv(text);
    const col = (name: string) => header.indexOf(name);
    expect(rows.map((r) => r[col('id')])).toEqual(bundle.cellCounts.map((c) => c.id));
    for (const [i, c] of bundle.cellCounts.entries()) {
      expect(rows[i]![col('count')]).toBe(String(c.count));
      expect(rows[i]![col('qualifier')]).toBe(c.qualifier ?? '');
      expect(rows[i]![col('source_urls')]).toMatch(/^https?:\/\//);
    }

    const context = s.page.getByRole('button', { name: 'Download the context events (CSV)' });
    await context.scrollIntoViewIfNeeded();
    const [contextDownload] = await Promise.all([s.page.waitForEvent('download'), context.click()]);
    expect(contextDownload.suggestedFilename()).toBe('context-events.csv');
    const [contextHeader = [], ...contextRows] = parseCsv(readFileSync(await contextDownload.path(), 'utf8'));
    expect(contextHeader.slice(0, 3)).toEqual(['id', 'date', 'date_precision']);
    expect(contextRows.length).toBeGreaterThan(0);
    for (const row of contextRows) expect(row[contextHeader.indexOf('source_ids')]).not.toBe('');
  });

  it('shows the later ninth arrest of the 29 March 2018 Tangier and Oued Zem cell', async () => {
    await s.page.goto(`${s.baseURL}/timeline?event=2018-03-tangier`);
    const item = list()
      .getByRole('article')
      .filter({ has: s.page.getByRole('heading', { name: 'Tangier, Oued Zem' }) })
      .filter({ hasText: '29 Mar 2018' });
    await item.waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('8 in Morocco; 1 more later in the same case');
    expect(text).toMatch(/ninth suspect/i);
    // Arriving with ?event= (the Sources page links so) highlights the event in the
    // list and brings its slide, under the event timeline, into view.
    expect(await item.getAttribute('aria-current')).toBe('true');
    const slide = s.page.locator('.event-detail');
    await slide.waitFor();
    expect(await slide.textContent()).toMatch(/ninth suspect/i);
    await expect.poll(async () => {
      const box = await slide.boundingBox();
      const viewport = s.page.viewportSize();
      return Boolean(box && viewport && box.y < viewport.height && box.y + box.height > 0);
    }).toBe(true);
  });

  it('keeps a filter set in the form across a reload', async () => {
    await s.page.goto(`${s.baseURL}/timeline`);
    await list().waitFor();
    const changedFrom = (text: string | null) =>
      s.page.waitForFunction(
        (previous) =>
          document.querySelector('[aria-label="Filters"] [role="status"]')?.textContent !== previous,
        text,
      );
    const all = await count().textContent();
    await s.page.getByLabel('Foreign partner').selectOption('any');
    await changedFrom(all);
    const joint = await count().textContent();
    // Search is debounced, then written to the URL.
    await s.page.getByLabel('Search places and details').fill('Ceuta');
    await s.page.waitForURL(
      (url) => url.searchParams.get('q') === 'Ceuta' && url.searchParams.get('partner') === 'any',
    );
    await changedFrom(joint);
    const after = await count().textContent();
    await s.page.reload();
    await list().waitFor();
    expect(await s.page.getByLabel('Foreign partner').inputValue()).toBe('any');
    expect(await s.page.getByLabel('Search places and details').inputValue()).toBe('Ceuta');
    expect(await count().textContent()).toBe(after);
  });

  it('draws the bars and the cumulative chart without console errors', async () => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}/timeline`);
    // The per-period chart sits under the event timeline: it draws as it comes near.
    await s.page.locator('[data-chart-id="timeline-events"]').scrollIntoViewIfNeeded();
    const events = s.page.locator('[data-chart-id="timeline-events"] svg.recharts-surface');
    await events.first().waitFor();
    await s.page.locator('[data-chart-id="timeline-events"] .recharts-bar-rectangle').first().waitFor();
    expect(await s.page.locator('[data-chart-id="timeline-events"] svg rect').count()).toBeGreaterThan(0);
    // The cumulative chart is far below the fold: it draws when it scrolls near (or once the page is idle).
    const cumulative = s.page.locator('[data-chart-id="timeline-cumulative"]');
    await cumulative.scrollIntoViewIfNeeded();
    await cumulative.locator('.recharts-line').first().waitFor();
    expect(s.errors).toEqual([]);
  });
});
