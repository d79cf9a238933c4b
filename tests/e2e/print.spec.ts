import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './helpers/browser';

// Printing is checked on the PDF Chromium prints, read back with poppler's
// pdftotext (.ci/run installs poppler-utils): what a reader gets on paper.
const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = spawnSync(PDFTOTEXT, ['-v']).status === 0;
if (!hasPdftotext && process.env.CI) throw new Error('print.spec needs pdftotext (apt-get install -y poppler-utils)');
if (!hasPdftotext) console.warn('\n*** print.spec SKIPPED: no pdftotext. Install it with: apt-get install -y poppler-utils\n');

/** The text of each page of the PDF the page prints. */
async function printedPages(s: Session): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const pdf = join(dir, 'page.pdf');
  writeFileSync(pdf, await s.page.pdf({ printBackground: true }));
  const out = spawnSync(PDFTOTEXT, ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(out.status).toBe(0);
  return out.stdout.split('\f');
}

/** Waits, without scrolling, until a chart below the fold has drawn: it must not wait for the reader to reach it. */
async function drawnWithoutScrolling(s: Session, chartId: string) {
  await s.page.locator(`[data-chart-id="${chartId}"] svg.recharts-surface`).first().waitFor({ timeout: 20_000 });
}

describe.skipIf(!hasPdftotext)('print', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ serviceWorkers: 'block' });
  });
  afterAll(async () => {
    await s.close();
  });

  it('prints "Measures by domain" drawn, below the fold, with its domains and horizon key', async () => {
    await s.page.goto(`${s.baseURL}/countermeasures`);
    await drawnWithoutScrolling(s, 'countermeasures-by-domain');
    const pages = await printedPages(s);
    const page = pages.find((p) => p.includes('Measures by domain, split by horizon'));
    expect(page, 'a page with the chart').toBeDefined();
    // The axis labels and the key are the chart's own text: a blank chart has none of them.
    for (const label of ['Terrorism financing', 'Education', 'Short term', 'Long term', 'Both']) {
      expect(page).toContain(label);
    }
  });

  it('prints /timeline: both charts drawn and every event listed, without filters, brush or buttons', async () => {
    await s.page.goto(`${s.baseURL}/timeline`);
    await drawnWithoutScrolling(s, 'timeline-events');
    await drawnWithoutScrolling(s, 'timeline-cumulative');
    const bundle = JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as { cellEvents: unknown[] };
    const text = (await printedPages(s)).join('\n');
    // Each listed event prints its affiliation line; a virtualised or cut list would print fewer.
    expect(text.match(/Affiliation:/g)?.length).toBe(bundle.cellEvents.length);
    for (const control of ['Clear filters', 'Search places and details', 'Download the events (CSV)', 'Highlight on the chart', 'Show all events']) {
      expect(text).not.toContain(control);
    }
    // The per-period chart's axis and the cumulative chart's legend are drawn text.
    const perPeriod = text.slice(text.indexOf('Cell dismantlings documented per period'));
    expect(perPeriod).toMatch(/2014[\s\S]*2015[\s\S]*2016/);
    expect(text).toMatch(/Documented dismantlings/);
  });
});
