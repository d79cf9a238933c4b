import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/testing/parse-csv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSchema } from '../../src/data/schema';
import { openSession, type Session } from './helpers/browser';

// The real bundle, read and validated the way the app does, so expectations follow the data.
const shipped = bundleSchema.parse(JSON.parse(readFileSync('public/data/bundle.json', 'utf8')));
const measures = shipped.countermeasures;
const text = (m: { title: string; description: string }) => `${m.title} ${m.description}`;
const educationReform = measures.find((m) => m.horizon === 'long' && /education/i.test(m.title) && /reform/i.test(m.title));
const prisonMonitoring = measures.find((m) => m.horizon === 'short' && /prison/i.test(m.title));

describe('countermeasures view', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  const matrix = () => s.page.locator('[data-chart-id="countermeasures-matrix"]');

  it('finds the long-term educational reform, and no short-term measure, with ?horizon=long&q=education', async () => {
    expect(educationReform).toBeDefined();
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}/countermeasures?horizon=long&q=education`);
    await matrix().getByRole('link', { name: new RegExp(escape(educationReform?.title ?? '')) }).waitFor();
    const expected = measures.filter((m) => m.horizon === 'long' && /education/i.test(text(m))).length;
    expect(await s.page.getByText(`${expected} of ${measures.length} measures`).count()).toBe(1);
    const shortTitles = measures.filter((m) => m.horizon === 'short').map((m) => m.title);
    const cardTitles = await matrix().locator('.cm-card__title').allTextContents();
    expect(cardTitles.some((t) => shortTitles.includes(t))).toBe(false);
    expect(cardTitles.length).toBe(expected);
    // The short-term column is not drawn when only long term is asked for.
    expect(await matrix().getByRole('group', { name: /short term/ }).count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('finds the short-term prison monitoring with ?horizon=short&q=prison', async () => {
    expect(prisonMonitoring).toBeDefined();
    await s.page.goto(`${s.baseURL}/countermeasures?horizon=short&q=prison`);
    await matrix().getByRole('link', { name: new RegExp(escape(prisonMonitoring?.title ?? '')) }).waitFor();
    const titles = await matrix().locator('.cm-card__title').allTextContents();
    expect(titles).toContain(prisonMonitoring?.title);
    expect(s.errors).toEqual([]);
  });

  it('opens a detail from its link after a reload, and Esc closes it keeping the filters', async () => {
    const id = prisonMonitoring?.id ?? '';
    await s.page.goto(`${s.baseURL}/countermeasures/${id}?approach=hard`);
    await s.page.reload();
    const dialog = s.page.getByRole('dialog', { name: prisonMonitoring?.title });
    await dialog.waitFor();
    expect(await dialog.getByText(/Seed article, paragraph/).count()).toBeGreaterThan(0);
    expect(await dialog.getByRole('link', { name: 'In the bibliography' }).first().getAttribute('href')).toMatch(/^\/sources#source-/);
    await s.page.keyboard.press('Escape');
    await s.page.waitForURL((url) => url.pathname === '/countermeasures');
    expect(new URL(s.page.url()).search).toBe('?approach=hard');
    await s.page.getByRole('dialog').waitFor({ state: 'detached' });
    // Focus goes back to the card of the measure that was open.
    await s.page.waitForFunction((mid) => document.activeElement?.getAttribute('data-measure-id') === mid, id);
    expect(s.errors).toEqual([]);
  });

  it('says when a measure id is unknown', async () => {
    await s.page.goto(`${s.baseURL}/countermeasures/no-such-measure`);
    await s.page.getByRole('heading', { name: 'Measure not found' }).waitFor();
  });

  it('downloads the filtered rows only, as CSV with the bundle version', async () => {
    await s.page.goto(`${s.baseURL}/countermeasures?horizon=short&q=prison`);
    await matrix().locator('.cm-card').first().waitFor();
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const path = await download.path();
    const rows = parseCsv(readFileSync(path, 'utf8'));
    const header = rows[0] ?? [];
    expect(header.slice(0, 5)).toEqual(['id', 'title', 'description', 'horizon', 'horizon_basis']);
    expect(header.slice(-3)).toEqual(['selection', 'data_version', 'citation']);
    const expected = measures.filter((m) => m.horizon === 'short' && /prison/i.test(text(m)));
    expect(rows.length - 1).toBe(expected.length);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(expected.map((m) => m.id).sort());
    const urls = header.indexOf('source_urls');
    for (const row of rows.slice(1)) {
      expect(row[urls]).toMatch(/^https?:\/\//);
      expect(row.at(-3)).toMatch(/^\d+ of \d+ measures\. Filters: horizon = Short term; search = "prison"$/);
      expect(row.at(-2)?.startsWith(`${shipped.meta.version}. `)).toBe(true);
    }
  });

  it('updates the count as filters are ticked, and draws the chart by domain', async () => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}/countermeasures`);
    await s.page.getByText(`${measures.length} of ${measures.length} measures`).waitFor();
    await s.page.getByRole('group', { name: 'Approach' }).getByRole('checkbox', { name: /Soft/ }).click();
    await s.page.waitForURL(/approach=soft/);
    const soft = measures.filter((m) => m.approach === 'soft').length;
    await s.page.getByText(`${soft} of ${measures.length} measures`).waitFor();
    const chart = s.page.locator('[data-chart-id="countermeasures-by-domain"]');
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
