// PowerPoint downloads as a presenter opens them (issue 14): the .pptx is
// unzipped and its slide, chart and notes parts are read, and the values of a
// native chart are compared with the chart's own table on screen. Set
// PPTX_OUT to keep the deck (npm run verify:pptx opens it in LibreOffice).
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/app/chart-registry';
import { openSession, type Session } from './helpers/browser';

/** Charts written as native, editable PowerPoint charts; the others are pictures. */
const NATIVE = new Set(['fighters-composition', 'fighters-outcomes', 'countermeasures-by-domain']);

const decode = (xml: string) =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text runs of a slide or notes part, joined. */
const textOf = (xml: string) => decode([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '));

async function relsOf(zip: JSZip, part: string): Promise<{ type: string; target: string }[]> {
  const dir = part.slice(0, part.lastIndexOf('/'));
  const name = part.slice(part.lastIndexOf('/') + 1);
  const xml = (await zip.file(`${dir}/_rels/${name}.rels`)?.async('string')) ?? '';
  return [...xml.matchAll(/<Relationship [^>]*\/>/g)].map((m) => {
    const type = /Type="[^"]*\/([^"/]+)"/.exec(m[0])?.[1] ?? '';
    const raw = /Target="([^"]+)"/.exec(m[0])?.[1] ?? '';
    // Targets are relative to the part's folder, or absolute from the package root.
    const target = raw.startsWith('/') ? raw.slice(1) : new URL(raw, `http://x/${dir}/`).pathname.slice(1);
    return { type, target };
  });
}

interface SlidePart {
  text: string;
  notes: string;
  chart: string | null;
  images: string[];
}

async function readDeck(bytes: Buffer): Promise<{ zip: JSZip; slides: SlidePart[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  const slides: SlidePart[] = [];
  for (const name of names) {
    const rels = await relsOf(zip, name);
    const notesPart = rels.find((r) => r.type === 'notesSlide')?.target;
    const chartPart = rels.find((r) => r.type === 'chart')?.target;
    slides.push({
      text: textOf(await zip.file(name)!.async('string')),
      notes: notesPart ? textOf(await zip.file(notesPart)!.async('string')) : '',
      chart: chartPart ? await zip.file(chartPart)!.async('string') : null,
      images: rels.filter((r) => r.type === 'image').map((r) => r.target),
    });
  }
  return { zip, slides };
}

/** Series of a chart part: name and values, as PowerPoint reads them from the part's caches. */
function seriesOf(chart: string): { name: string; values: number[] }[] {
  return [...chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const ser = m[1]!;
    const name = decode(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '');
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? '';
    return { name, values: [...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])) };
  });
}

async function download(s: Session, click: () => Promise<void>): Promise<Buffer> {
  const [dl] = await Promise.all([s.page.waitForEvent('download', { timeout: 120_000 }), click()]);
  return readFileSync(await dl.path());
}

describe('Download PowerPoint slide (.pptx)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('the outcomes slide is a native stacked bar with the values of the table on screen, and notes citing every source', async () => {
    await s.page.goto(`${s.baseURL}/fighters`);
    const figure = s.page.locator('figure.chart-frame[data-chart-id="fighters-outcomes"]');
    await figure.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = await figure.locator('.chart-frame__table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((td) => td.textContent?.trim() ?? '')),
    );
    await figure.getByRole('button', { name: 'Chart', exact: true }).click();
    // A long source list is folded, and made when opened.
    const fold = figure.locator('details.chart-frame__sources > summary');
    if ((await fold.count()) > 0) await fold.click();
    const urls = await figure.locator('.chart-frame__sources a[href^="http"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(urls.length).toBeGreaterThan(0);
    await figure.getByRole('button', { name: 'Share and download' }).click();
    const bytes = await download(s, () => figure.getByRole('button', { name: 'Download PowerPoint slide (.pptx)' }).click());
    const { slides } = await readDeck(bytes);
    expect(slides).toHaveLength(1);
    const [slide] = slides;
    expect(slide!.text).toContain('What became of them');
    expect(slide!.text).toMatch(/Sources?: .+; full list in the speaker notes/);
    expect(slide!.text).toContain('data version');
    expect(slide!.chart).not.toBeNull();
    expect(slide!.chart).toContain('<c:barChart>');
    expect(slide!.chart).toMatch(/<c:barDir val="bar"\/>/);
    expect(slide!.chart).toMatch(/<c:grouping val="stacked"\/>/);
    // Each segment of the table (not the total) is a series holding that count.
    const series = seriesOf(slide!.chart!);
    const segments = rows.filter((r) => r[0] !== 'Total');
    expect(series.map((x) => x.name.replace(/ \(derived\)$/, ''))).toEqual(segments.map((r) => r[0]));
    expect(series.map((x) => x.values[0])).toEqual(segments.map((r) => Number(r[1]!.replace(/,/g, ''))));
    for (const url of urls) expect(slide!.notes).toContain(url);
  });
});

describe('Download the deck (.pptx) on /present', () => {
  let s: Session;
  let slides: SlidePart[];
  let zip: JSZip;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 720 });
    await s.page.goto(`${s.baseURL}/present?slide=2`);
    const bytes = await download(s, () => s.page.getByRole('button', { name: 'Download the deck (.pptx)' }).click());
    if (process.env.PPTX_OUT) writeFileSync(process.env.PPTX_OUT, bytes);
    ({ zip, slides } = await readDeck(bytes));
  }, 180_000);
  afterAll(async () => {
    await s.close();
  });

  it('has every chart, in slide order, and leaves the open slide where it was', async () => {
    expect(slides).toHaveLength(CHARTS.length);
    CHARTS.forEach((chart, i) => expect(slides[i]!.text).toContain(chart.title));
    expect(new URL(s.page.url()).searchParams.get('slide')).toBe('2');
    await expect.poll(() => s.page.getByRole('status').filter({ hasText: 'Deck downloaded' }).count()).toBe(1);
  });

  it.each(CHARTS.map((c, index) => ({ id: c.id, index })))('slide for $id: source line on the slide, URLs in the notes, a native chart or a real picture', async ({ id, index }) => {
    const slide = slides[index]!;
    expect(slide.text).toMatch(/Sources?: .+; full list in the speaker notes/);
    expect(slide.notes).toMatch(/Sources:\n?/);
    expect(slide.notes).toMatch(/https?:\/\//);
    if (NATIVE.has(id)) {
      expect(slide.chart).not.toBeNull();
      expect(slide.images).toEqual([]);
      return;
    }
    expect(slide.chart).toBeNull();
    expect(slide.images).toHaveLength(1);
    const png = await zip.file(slide.images[0]!)!.async('base64');
    const stats = await s.page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(160, 90);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0, 160, 90);
      const data = ctx.getImageData(0, 0, 160, 90).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return { width: bitmap.width, colours: counts.size, top: Math.max(...counts.values()) / (160 * 90) };
    }, png);
    expect(stats.width).toBe(1920);
    expect(stats.colours).toBeGreaterThan(8);
    expect(stats.top).toBeLessThan(0.97);
  });
});
