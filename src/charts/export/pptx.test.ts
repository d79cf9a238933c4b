// Builds real decks and reads them back from the zip: the XML PowerPoint
// opens, not the options handed to pptxgenjs.
import JSZip from 'jszip';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartSource } from '../chart-types';
import { labelColourOn } from '../palette';
import { buildPptx, layoutSlide, PPTX_MIME, speakerNotes, type NativeChart, type PptxSlide } from './pptx';
import { HOSTILE_CHARACTERS } from '../../testing/hostile-strings';

const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  dc: 'http://purl.org/dc/elements/1.1/',
  ss: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  ep: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
} as const;
const EMU = 914400;
const SLIDE_W = 12192000;
const SLIDE_H = 6858000;

// ---------------------------------------------------------------- a real PNG, 40 x 20

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}
function makePng(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height, 0);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (width * 3 + 1) + 1 + x * 3] = x < width / 2 ? 200 : 20;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
const PNG = makePng(40, 20);

// ---------------------------------------------------------------- the deck

const citations: ChartSource[] = [
  {
    id: 's1',
    publisher: 'Publisher One',
    title: 'First report',
    date: '2017-09-06',
    url: 'https://example.org/one',
  },
  {
    id: 's2',
    publisher: 'Publisher Two & Co',
    title: 'Second <report>',
    date: null,
    url: 'https://example.org/two?a=1&b=2',
  },
];

const barChart: NativeChart = {
  type: 'bar',
  stacked: true,
  horizontal: true,
  percent: true,
  categories: ['Group A & B', 'Group <C>', 'Group D'],
  series: [
    { name: 'Part one', colour: '#0072B2', values: [62.5, 40, 0] },
    { name: 'Part two', colour: '#F0E442', values: [37.5, null, 100] },
  ],
  valueAxisTitle: 'Share (%)',
};

const lineChart: NativeChart = {
  type: 'line',
  categories: ['2014', '2015', '2016', '2017'],
  series: [
    { name: 'Line one', colour: '#D55E00', values: [10, 20, 30, 40] },
    { name: 'Line two', colour: '#009E73', values: [5, null, 15, 0] },
    { name: 'Line three', colour: '#CC79A7', values: [1, 2, 3, 1664] },
  ],
  categoryAxisTitle: 'Year',
};

const slides: PptxSlide[] = [
  {
    chartId: 'test-bar',
    title: 'Shares by group & part <test>',
    subtitle: 'Percent of each group',
    sourceLine: 'Sources: Publisher One, Publisher Two & Co; 2 sources; full list in the speaker notes',
    footer: 'Morocco & ISIS dashboard, data version test-1. https://example.org/fighters',
    citations,
    summary: 'Part one is the larger part in two of three groups.',
    chart: barChart,
  },
  {
    chartId: 'test-line',
    title: 'Three lines over four years',
    sourceLine: 'Sources: Publisher One; 1 source; full list in the speaker notes',
    footer: 'Morocco & ISIS dashboard, data version test-1. https://example.org/timeline',
    citations: [citations[0]!],
    chart: lineChart,
  },
  {
    chartId: 'test-image',
    title: 'A picture slide',
    subtitle: 'Drawn from a PNG',
    sourceLine: 'Sources: Publisher Two & Co; 1 source; full list in the speaker notes',
    footer: 'Morocco & ISIS dashboard, data version test-1. https://example.org/sources',
    citations: [citations[1]!],
    summary: 'A chart with no native counterpart.',
    chart: null,
    image: { dataUrl: `data:image/png;base64,${PNG.toString('base64')}`, width: 40, height: 20 },
  },
];

// ---------------------------------------------------------------- reading it back

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function all(node: Document | Element, ns: keyof typeof NS, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(NS[ns], name));
}

function one(node: Document | Element, ns: keyof typeof NS, name: string): Element {
  const found = all(node, ns, name)[0];
  if (!found) throw new Error(`no ${ns}:${name}`);
  return found;
}

let zip: JSZip;
let blob: Blob;

async function text(path: string, from: JSZip = zip): Promise<string> {
  const file = from.file(path);
  if (!file) throw new Error(`${path} is not in the deck`);
  return file.async('string');
}

/** Relationship targets of a part, resolved to zip paths. */
async function rels(part: string, from: JSZip = zip): Promise<{ type: string; path: string }[]> {
  const dir = part.slice(0, part.lastIndexOf('/'));
  const file = part.slice(part.lastIndexOf('/') + 1);
  const doc = parse(await text(`${dir}/_rels/${file}.rels`, from));
  return all(doc, 'rel', 'Relationship').map((r) => {
    const target = r.getAttribute('Target') ?? '';
    const path = target.startsWith('/')
      ? target.slice(1)
      : new URL(target, `https://zip/${dir}/`).pathname.slice(1);
    return { type: (r.getAttribute('Type') ?? '').split('/').pop() ?? '', path };
  });
}

/** The chart part of a slide (pptxgenjs numbers charts across every deck built on the page, so not by slide). */
async function chartOf(slide: number, from: JSZip = zip): Promise<{ path: string; doc: Document }> {
  const chart = (await rels(`ppt/slides/slide${slide}.xml`, from)).find((r) => r.type === 'chart');
  if (!chart) throw new Error(`slide ${slide} has no chart`);
  expect(chart.path).toMatch(/^ppt\/charts\/chart\d+\.xml$/);
  return { path: chart.path, doc: parse(await text(chart.path, from)) };
}

interface ReadSeries {
  name: string;
  categories: string[];
  /** By point index; null where the point is empty. */
  values: (number | null)[];
  fill: string | null;
}

function readSeries(chartDoc: Document): ReadSeries[] {
  return all(chartDoc, 'c', 'ser').map((ser) => {
    const name = all(one(ser, 'c', 'tx'), 'c', 'v').map((v) => v.textContent)[0] ?? '';
    const categories = all(one(ser, 'c', 'cat'), 'c', 'pt').map((pt) => one(pt, 'c', 'v').textContent ?? '');
    const val = one(ser, 'c', 'val');
    const count = Number(one(val, 'c', 'ptCount').getAttribute('val'));
    const values: (number | null)[] = Array.from({ length: count }, () => null);
    for (const pt of all(val, 'c', 'pt')) {
      const v = one(pt, 'c', 'v').textContent ?? '';
      values[Number(pt.getAttribute('idx'))] = v === '' ? null : Number(v);
    }
    const spPr = Array.from(ser.children).find((el) => el.localName === 'spPr');
    const fill = spPr ? (all(spPr, 'a', 'srgbClr')[0]?.getAttribute('val') ?? null) : null;
    return { name, categories, values, fill };
  });
}

/** Every a:t run of a part, joined per paragraph. */
function paragraphs(doc: Document): string[] {
  return all(doc, 'a', 'p').map((p) =>
    all(p, 'a', 't')
      .map((t) => t.textContent)
      .join(''),
  );
}

interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Position of the shape named `name` on a slide, in EMU. */
function frameOf(slideDoc: Document, name: string): Frame {
  const nv = all(slideDoc, 'p', 'cNvPr').find((el) => el.getAttribute('name') === name);
  if (!nv) throw new Error(`no shape named ${name}`);
  const shape = nv.parentElement!.parentElement!;
  const off = one(shape, 'a', 'off');
  const ext = one(shape, 'a', 'ext');
  return {
    x: Number(off.getAttribute('x')),
    y: Number(off.getAttribute('y')),
    w: Number(ext.getAttribute('cx')),
    h: Number(ext.getAttribute('cy')),
  };
}

beforeAll(async () => {
  blob = await buildPptx(slides, 'Deck & <title>');
  zip = await JSZip.loadAsync(await blob.arrayBuffer());
});

describe('buildPptx', () => {
  it('returns a compressed 16:9 PowerPoint file with one slide per entry, in order', async () => {
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe(PPTX_MIME);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort()).toEqual([
      'ppt/slides/slide1.xml',
      'ppt/slides/slide2.xml',
      'ppt/slides/slide3.xml',
    ]);
    const size = one(parse(await text('ppt/presentation.xml')), 'p', 'sldSz');
    expect([Number(size.getAttribute('cx')), Number(size.getAttribute('cy'))]).toEqual([SLIDE_W, SLIDE_H]);
    // Slide order in presentation.xml follows the input.
    const order = await rels('ppt/presentation.xml');
    expect(order.filter((r) => r.type === 'slide').map((r) => r.path)).toEqual([
      'ppt/slides/slide1.xml',
      'ppt/slides/slide2.xml',
      'ppt/slides/slide3.xml',
    ]);
    // Deflated: well under the sum of the parts (pptxgenjs alone stores them uncompressed).
    let unpacked = 0;
    for (const name of names)
      if (!zip.files[name]!.dir) unpacked += (await zip.file(name)!.async('uint8array')).length;
    expect(blob.size).toBeLessThan(unpacked * 0.5);
  });

  it('writes every XML part well-formed (a stray "&" or "<" would make PowerPoint repair the file)', async () => {
    const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    expect(parts.length).toBeGreaterThan(20);
    for (const name of parts) parse(await text(name));
  });

  it.each([1, 2, 3])(
    'writes slide %i’s title, subtitle, source line and footer as given, XML-escaped',
    async (n) => {
      const slide = slides[n - 1]!;
      const xml = await text(`ppt/slides/slide${n}.xml`);
      const lines = paragraphs(parse(xml));
      expect(lines).toContain(slide.title);
      expect(lines).toContain(slide.sourceLine);
      expect(lines).toContain(slide.footer);
      if (slide.subtitle) expect(lines).toContain(slide.subtitle);
      // Nothing but the given strings is written on the slide.
      expect(lines.filter((l) => l !== '').sort()).toEqual(
        [slide.title, slide.subtitle, slide.sourceLine, slide.footer].filter((l): l is string => !!l).sort(),
      );
      if (n === 1) {
        expect(xml).toContain('Shares by group &amp; part &lt;test&gt;');
        expect(xml).not.toContain('<test>');
      }
    },
  );

  it.each([1, 2, 3])(
    'lays slide %i out top to bottom without overlaps, the chart filling the middle',
    async (n) => {
      const doc = parse(await text(`ppt/slides/slide${n}.xml`));
      const title = frameOf(doc, 'Title');
      const chart = frameOf(doc, slides[n - 1]!.chartId);
      const source = frameOf(doc, 'Source line');
      const footer = frameOf(doc, 'Footer');
      const bottom = (f: Frame) => f.y + f.h;
      const top = slides[n - 1]!.subtitle ? bottom(frameOf(doc, 'Subtitle')) : bottom(title);
      expect(title.y).toBeGreaterThan(0);
      expect(top).toBeLessThanOrEqual(chart.y);
      expect(bottom(chart)).toBeLessThanOrEqual(source.y);
      expect(bottom(source)).toBeLessThanOrEqual(footer.y);
      expect(bottom(footer)).toBeLessThanOrEqual(SLIDE_H);
      for (const f of [title, chart, source, footer]) {
        expect(f.x).toBeGreaterThanOrEqual(0);
        expect(f.x + f.w).toBeLessThanOrEqual(SLIDE_W);
      }
      if (n < 3) expect((chart.w * chart.h) / (SLIDE_W * SLIDE_H)).toBeGreaterThan(0.6);
    },
  );

  it('draws slide 1 as a native horizontal stacked bar chart with the exact data', async () => {
    const { doc } = await chartOf(1);
    const bar = one(doc, 'c', 'barChart');
    expect(one(bar, 'c', 'barDir').getAttribute('val')).toBe('bar');
    expect(one(bar, 'c', 'grouping').getAttribute('val')).toBe('stacked');
    expect(all(doc, 'c', 'lineChart')).toHaveLength(0);
    const series = readSeries(doc);
    expect(series.map((s) => s.name)).toEqual(['Part one', 'Part two']);
    for (const s of series) expect(s.categories).toEqual(barChart.categories);
    expect(series.map((s) => s.values)).toEqual([
      [62.5, 40, 0],
      [37.5, null, 100],
    ]);
    expect(series.map((s) => s.fill)).toEqual(['0072B2', 'F0E442']);
    // First category at the top, value axis at the bottom.
    const catAx = one(doc, 'c', 'catAx');
    const valAx = one(doc, 'c', 'valAx');
    expect(one(catAx, 'c', 'orientation').getAttribute('val')).toBe('maxMin');
    expect(one(valAx, 'c', 'crosses').getAttribute('val')).toBe('max');
    expect(one(valAx, 'c', 'tickLblPos').getAttribute('val')).toBe('nextTo');
  });

  it('labels slide 1 in percent, with each segment’s value in a colour that reads on its fill', async () => {
    const { doc } = await chartOf(1);
    const valAx = one(doc, 'c', 'valAx');
    expect(one(valAx, 'c', 'numFmt').getAttribute('formatCode')).toBe('#,##0"%"');
    expect(one(valAx, 'c', 'max').getAttribute('val')).toBe('100');
    expect(one(valAx, 'c', 'min').getAttribute('val')).toBe('0');
    for (const [i, ser] of all(doc, 'c', 'ser').entries()) {
      const dLbls = one(ser, 'c', 'dLbls');
      expect(one(dLbls, 'c', 'showVal').getAttribute('val')).toBe('1');
      expect(one(dLbls, 'c', 'numFmt').getAttribute('formatCode')).toBe('#,##0.0"%";-#,##0.0"%";;@');
      const colour = one(dLbls, 'a', 'srgbClr').getAttribute('val');
      const fill = barChart.series[i]!.colour;
      expect(`#${colour}`.toLowerCase()).toBe(labelColourOn(fill));
    }
    // Dark blue takes white labels, yellow black ones.
    expect(
      all(doc, 'c', 'ser').map((ser) => one(one(ser, 'c', 'dLbls'), 'a', 'srgbClr').getAttribute('val')),
    ).toEqual(['FFFFFF', '000000']);
  });

  it('draws slide 2 as a native line chart, leaving a gap for the missing value', async () => {
    const { doc } = await chartOf(2);
    expect(all(doc, 'c', 'lineChart')).toHaveLength(1);
    expect(all(doc, 'c', 'barChart')).toHaveLength(0);
    const series = readSeries(doc);
    expect(series.map((s) => s.name)).toEqual(['Line one', 'Line two', 'Line three']);
    for (const s of series) expect(s.categories).toEqual(lineChart.categories);
    expect(series.map((s) => s.values)).toEqual(lineChart.series.map((s) => s.values));
    expect(series.map((s) => s.fill)).toEqual(['D55E00', '009E73', 'CC79A7']);
    expect(one(doc, 'c', 'dispBlanksAs').getAttribute('val')).toBe('gap');
    // Counts keep thousands separators; the axis starts at zero.
    expect(one(one(doc, 'c', 'valAx'), 'c', 'numFmt').getAttribute('formatCode')).toBe('#,##0');
    expect(one(one(doc, 'c', 'valAx'), 'c', 'min').getAttribute('val')).toBe('0');
  });

  it.each([1, 2])('gives chart %i a legend (several series) and axis labels of at least 12 pt', async (n) => {
    const { doc } = await chartOf(n);
    expect(all(doc, 'c', 'legend')).toHaveLength(1);
    for (const axis of [one(doc, 'c', 'catAx'), one(doc, 'c', 'valAx')]) {
      const txPr = Array.from(axis.children).find((el) => el.localName === 'txPr')!;
      expect(Number(one(txPr, 'a', 'defRPr').getAttribute('sz'))).toBeGreaterThanOrEqual(1200);
      expect(one(axis, 'c', 'delete').getAttribute('val')).toBe('0');
    }
    const titles = all(doc, 'c', 'title').map((t) =>
      all(t, 'a', 't')
        .map((run) => run.textContent)
        .join(''),
    );
    expect(titles).toContain(n === 1 ? 'Share (%)' : 'Year');
  });

  it.each([1, 2])('embeds the data of chart %i as an editable workbook', async (n) => {
    const { path, doc } = await chartOf(n);
    const workbook = (await rels(path)).find((r) => r.type === 'package');
    expect(workbook?.path).toMatch(/^ppt\/embeddings\/.+\.xlsx$/);
    expect(one(doc, 'c', 'externalData')).toBeTruthy();
    const xlsx = await JSZip.loadAsync(await zip.file(workbook!.path)!.async('uint8array'));
    const strings = all(parse(await xlsx.file('xl/sharedStrings.xml')!.async('string')), 'ss', 't').map(
      (t) => t.textContent,
    );
    const chart = n === 1 ? barChart : lineChart;
    for (const s of chart.series) expect(strings).toContain(s.name);
    for (const c of chart.categories) expect(strings).toContain(c);
    // Column B onwards: one column per series, one row per category; a zero stays 0, a null stays empty.
    const sheet = parse(await xlsx.file('xl/worksheets/sheet1.xml')!.async('string'));
    const cells = new Map(all(sheet, 'ss', 'c').map((c) => [c.getAttribute('r'), c.textContent ?? '']));
    chart.series.forEach((s, col) => {
      s.values.forEach((v, row) => {
        const ref = `${String.fromCharCode(66 + col)}${row + 2}`;
        expect(cells.get(ref), ref).toBe(v === null ? '' : String(v));
      });
    });
  });

  it('places slide 3’s picture at its aspect ratio, centred, with no chart', async () => {
    const slideRels = await rels('ppt/slides/slide3.xml');
    expect(slideRels.some((r) => r.type === 'chart')).toBe(false);
    const image = slideRels.find((r) => r.type === 'image');
    expect(image?.path).toMatch(/^ppt\/media\/.+\.png$/);
    const bytes = await zip.file(image!.path)!.async('uint8array');
    expect(Buffer.from(bytes).equals(PNG)).toBe(true);
    const doc = parse(await text('ppt/slides/slide3.xml'));
    expect(all(doc, 'p', 'pic')).toHaveLength(1);
    expect(all(doc, 'p', 'graphicFrame')).toHaveLength(0);
    const pic = frameOf(doc, 'test-image');
    expect(pic.w / pic.h).toBeCloseTo(2, 2);
    // Centred horizontally on the slide (within rounding).
    expect(Math.abs(pic.x + pic.w / 2 - SLIDE_W / 2)).toBeLessThan(EMU * 0.01);
    // Slides 1 and 2 have no picture.
    for (const n of [1, 2])
      expect((await rels(`ppt/slides/slide${n}.xml`)).some((r) => r.type === 'image')).toBe(false);
  });

  it.each([1, 2, 3])('lists every source of slide %i in its speaker notes', async (n) => {
    const slide = slides[n - 1]!;
    const notesPart = (await rels(`ppt/slides/slide${n}.xml`)).find((r) => r.type === 'notesSlide');
    expect(notesPart?.path).toBe(`ppt/notesSlides/notesSlide${n}.xml`);
    const notes = paragraphs(parse(await text(notesPart!.path)))
      .join('\n')
      .split(/\r?\n/);
    const expected = [
      ...(slide.summary ? [slide.summary, ''] : []),
      'Sources:',
      ...slide.citations.map((c) => [c.publisher, c.title, c.date, c.url].filter(Boolean).join(', ')),
    ];
    expect(notes.slice(0, expected.length)).toEqual(expected);
    for (const c of slide.citations) {
      expect(notes.join('\n')).toContain(c.url);
      expect(notes.join('\n')).toContain(c.publisher);
    }
  });

  it('sets the deck title and author, escaped', async () => {
    const core = parse(await text('docProps/core.xml'));
    expect(one(core, 'dc', 'title').textContent).toBe('Deck & <title>');
    expect(one(core, 'dc', 'creator').textContent).toBe('Morocco & ISIS dashboard');
    // pptxgenjs does not escape the company: a raw '&' there would make the file unreadable.
    const app = parse(await text('docProps/app.xml'));
    expect(one(app, 'ep', 'Company').textContent).toBe('Morocco & ISIS dashboard');
  });
});

describe('single-series and edge cases', () => {
  it('omits the legend for one series and survives all-null values', async () => {
    const deck = await buildPptx(
      [
        {
          chartId: 'one',
          title: 'One series',
          sourceLine: 'Sources: none',
          footer: 'Footer',
          citations: [],
          chart: {
            type: 'bar',
            categories: ['A', 'B', 'C'],
            series: [{ name: 'Only', colour: '#abc', values: [3, 0, null] }],
          },
        },
        {
          chartId: 'empty',
          title: 'Nothing known',
          sourceLine: 'Sources: none',
          footer: 'Footer',
          citations: [],
          chart: {
            type: 'line',
            categories: ['A', 'B'],
            series: [{ name: 'Unknown', colour: '#000', values: [null, null] }],
          },
        },
      ],
      'Edge cases',
    );
    const z = await JSZip.loadAsync(await deck.arrayBuffer());
    const { doc: one1 } = await chartOf(1, z);
    expect(all(one1, 'c', 'legend')).toHaveLength(0);
    expect(readSeries(one1)[0]).toMatchObject({ name: 'Only', values: [3, 0, null], fill: 'AABBCC' });
    // Clustered bars label zeros, so that 0 and "not known" look different.
    expect(one(one(one1, 'c', 'ser'), 'c', 'numFmt').getAttribute('formatCode')).toBe('#,##0');
    const { doc: empty } = await chartOf(2, z);
    expect(readSeries(empty)[0]!.values).toEqual([null, null]);
  });
});

describe('speakerNotes and layoutSlide', () => {
  it('writes the summary, a blank line, then one line per source, the date omitted when unknown', () => {
    expect(speakerNotes({ summary: 'Summary.', citations }).split('\n')).toEqual([
      'Summary.',
      '',
      'Sources:',
      'Publisher One, First report, 2017-09-06, https://example.org/one',
      'Publisher Two & Co, Second <report>, https://example.org/two?a=1&b=2',
    ]);
    expect(speakerNotes({ citations: [] })).toBe('');
  });

  it('shrinks a long title to two lines and gives the chart the space that is left', () => {
    const short = layoutSlide({ title: 'Short', sourceLine: 'Sources: x', footer: 'f' });
    const long = layoutSlide({
      title:
        'A very long title that goes on and on about the chart, its data, its sources and much else besides',
      subtitle: 'And a subtitle',
      sourceLine: 'Sources: x',
      footer: 'f',
    });
    expect(short.title.pt).toBe(28);
    expect(long.title.pt).toBeLessThanOrEqual(28);
    expect(long.title.pt).toBeGreaterThanOrEqual(20);
    expect(long.title.h).toBeGreaterThan(short.title.h);
    expect(long.chart.h).toBeLessThan(short.chart.h);
    expect(long.chart.y).toBeGreaterThanOrEqual(long.subtitle!.y + long.subtitle!.h);
    expect(short.chart.y + short.chart.h).toBeLessThanOrEqual(short.source.y);
  });
});

describe('text that XML forbids', () => {
  it('writes a deck whose every XML part parses when titles, notes, categories and series names hold controls, noncharacters and lone surrogates', async () => {
    const bad = HOSTILE_CHARACTERS.join('');
    const deck = await buildPptx(
      [
        {
          chartId: 'hostile',
          title: `Title ${bad}`,
          subtitle: `Subtitle ${bad}`,
          sourceLine: `Sources: ${bad}`,
          footer: `Footer ${bad}`,
          summary: `Summary ${bad}`,
          citations: [{ ...citations[0]!, title: `Report ${bad}` }],
          chart: {
            type: 'bar',
            categories: [`Cat ${bad}`, 'B'],
            series: [{ name: `Series ${bad}`, colour: '#0072B2', values: [1, 2] }],
          },
        },
      ],
      `Deck ${bad}`,
    );
    const z = await JSZip.loadAsync(await deck.arrayBuffer());
    const parts = Object.keys(z.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(parts.length).toBeGreaterThan(10);
    for (const name of parts) {
      const xml = await z.file(name)!.async('string');
      // jsdom tolerates some of these characters; the XML 1.0 character rule does not.
      // eslint-disable-next-line no-control-regex -- the forbidden characters themselves
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(xml, name).not.toMatch(/&#x?0*(?:[0-8]|1[1-9]|2\d|3[01]|x?[bcef]|1[0-9a-f]);/i);
      parse(xml);
    }
    const slideXml = await z.file('ppt/slides/slide1.xml')!.async('string');
    expect(slideXml).toContain('Title \uFFFD');
  });
});
