import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/testing/parse-csv';
import { openSession, type Session } from './helpers/browser';

describe('fighters view', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it('shows the seed figures, with men and the remainder derived and marked so, and draws the bars', async () => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}/fighters`);
    const composition = s.page.getByRole('figure', { name: 'Who went: men, women and children' });
    await composition.locator('svg .recharts-bar-rectangle').first().waitFor();
    const text = (await composition.textContent()) ?? '';
    expect(text).toContain('1,664');
    expect(text).toMatch(/1,001 men \(60%, derived\)/);
    const outcomes = s.page.getByRole('figure', { name: 'What became of them' });
    expect(await outcomes.textContent()).toMatch(/847 still abroad, detained elsewhere or unaccounted for \(51%, derived\)/);
    expect(await composition.locator('svg .recharts-bar-rectangle').count()).toBe(3);
    // Derived segments are hatched, not filled flat.
    const fills = await composition.locator('svg .recharts-bar-rectangle path').evaluateAll((els) => els.map((el) => el.getAttribute('fill')));
    expect(fills.filter((f) => f?.startsWith('url(#')).length).toBe(1);
    expect(s.errors).toEqual([]);
  });

  it('downloads every statement as a CSV: each figure with its qualifier, the speaker, whether official, the sources', async () => {
    await s.page.goto(`${s.baseURL}/fighters`);
    const bundle = JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as {
      fighterSnapshots: { id: string; official: boolean; figures: { total: number | null }; qualifiers?: { total?: string } }[];
    };
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download the statements (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('statements.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFFid,date,')).toBe(true);
    expect(text).toContain('\r\n');
    const [header = [], ...rows] = parseCsv(text);
    const col = (name: string) => header.indexOf(name);
    expect(header.slice(-2)).toEqual(['selection', 'data_version']);
    expect(rows).toHaveLength(bundle.fighterSnapshots.length);
    const byId = new Map(rows.map((r) => [r[col('id')], r]));
    for (const snapshot of bundle.fighterSnapshots) {
      const row = byId.get(snapshot.id)!;
      expect(row[col('official')]).toBe(String(snapshot.official));
      expect(row[col('total')]).toBe(snapshot.figures.total === null ? '' : String(snapshot.figures.total));
      expect(row[col('total_qualifier')]).toBe(snapshot.qualifiers?.total ?? '');
      expect(row[col('source_urls')]).toMatch(/^https?:\/\//);
    }
  });

  it('shows the exact numbers in a table', async () => {
    await s.page.goto(`${s.baseURL}/fighters`);
    const outcomes = s.page.getByRole('figure', { name: 'What became of them' });
    await outcomes.getByRole('button', { name: 'Table' }).click();
    const rows = await outcomes.locator('table tbody tr').allTextContents();
    expect(rows.join('|')).toContain('Returned to Morocco221');
    expect(rows.join('|')).toContain('Killed596');
    expect(rows.join('|')).toMatch(/Still abroad or unaccounted847.*Derived: total − returned − killed/);
  });

  it('draws the official figures over time with a point per statement', async () => {
    await s.page.goto(`${s.baseURL}/fighters?figures=total`);
    const chart = s.page.getByRole('figure', { name: /How the official figures changed/ });
    await chart.locator('svg .recharts-line-dots circle').first().waitFor();
    expect(await chart.locator('svg .recharts-line-dots circle').count()).toBeGreaterThan(10);
  });

  it('restores ?snapshot= and ?compare= after a reload', async () => {
    await s.page.goto(`${s.baseURL}/fighters?snapshot=bcij-2017-09&compare=bcij-2017-09,seed-mwn-2017&view=percent`);
    await s.page.reload();
    const picker = s.page.getByRole('combobox', { name: 'Statement shown in the first two charts' });
    await picker.waitFor();
    expect(await picker.inputValue()).toBe('bcij-2017-09');
    expect(await s.page.getByRole('combobox', { name: 'First statement' }).inputValue()).toBe('bcij-2017-09');
    expect(await s.page.getByRole('combobox', { name: 'Second statement' }).inputValue()).toBe('seed-mwn-2017');
    const composition = s.page.getByRole('figure', { name: 'Who went: men, women and children' });
    expect(await composition.getByRole('button', { name: 'Percent' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('compares the seed with the September 2017 statement by default, highlighting 378/375, 221/212, 596/569', async () => {
    await s.page.goto(`${s.baseURL}/fighters`);
    const compare = s.page.getByRole('figure', { name: /Sources disagree/ });
    await compare.locator('tr.compare-table__differs').first().waitFor();
    expect(await compare.getByRole('combobox', { name: 'Second statement' }).inputValue()).toBe('bcij-2017-09');
    const differs = await compare.locator('tr.compare-table__differs').allTextContents();
    expect(differs.some((r) => r.includes('378') && r.includes('375'))).toBe(true);
    expect(differs.some((r) => r.includes('221') && r.includes('212'))).toBe(true);
    expect(differs.some((r) => r.includes('596') && r.includes('569'))).toBe(true);
  });
});

describe('overview', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 390 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('leads with the seed key figures, qualified as their source qualifies them, each sourced, and the 53 cells', async () => {
    await s.page.goto(`${s.baseURL}/`);
    const figures = s.page.locator('.key-figures');
    await figures.locator('.key-figure--total').getByText('1,664').waitFor();
    const text = (await figures.textContent()) ?? '';
    for (const n of ['about 1,664', '285', '378', '221', '596', '53']) expect(text).toContain(n);
    // Derived from a qualified total, so "about" (derivedQualifier).
    expect(text).toContain('about 1,001 men (derived');
    expect(text).toContain('Oct 2017');
    // The latest official figures beside the seed's, with the computed change.
    const latest = figures.getByRole('table', { name: /latest official figure/ });
    const total = latest.getByRole('row', { name: /Moroccans went/ });
    expect(await total.textContent()).toMatch(/about 1,664.*1,659.*about −5/);
    expect(await figures.getByRole('link', { name: 'Morocco World News' }).count()).toBeGreaterThan(0);
  });
});
