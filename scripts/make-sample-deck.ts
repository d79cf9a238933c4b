// Writes a sample PowerPoint deck built by src/charts/export/pptx.ts from the
// unit-test fixture bundle, so the deck pipeline (and scripts/verify-pptx.mjs)
// can be tried without a browser. The deck says on every slide that it is
// test data.
//
//   npx tsx scripts/make-sample-deck.ts /tmp/sample.pptx
//   node scripts/verify-pptx.mjs /tmp/sample.pptx /tmp/sample-pages
import { writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import type { ChartSource } from '../src/charts/chart-types.ts';
import { buildPptx, type PptxSlide } from '../src/charts/export/pptx.ts';
import { FIGURE_COLOURS } from '../src/charts/palette.ts';
import { fixtureBundle } from '../src/testing/fixture-bundle.ts';

const DECK_TITLE = 'Pipeline check (test data)';

// ---------------------------------------------------------------- a PNG without a canvas

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB PNG drawn by `paint(x, y)`. */
function png(
  width: number,
  height: number,
  paint: (x: number, y: number) => [number, number, number],
): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y);
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

// ---------------------------------------------------------------- slides from the fixture

const bundle = fixtureBundle();
const sourcesById = new Map(bundle.sources.map((s) => [s.id, s]));

function cited(ids: readonly string[]): ChartSource[] {
  return [...new Set(ids)].flatMap((id) => {
    const s = sourcesById.get(id);
    return s ? [{ id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url }] : [];
  });
}

function sourceLine(sources: readonly ChartSource[]): string {
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  return `Sources: ${publishers.join('; ')}; ${sources.length} source${sources.length === 1 ? '' : 's'}; full list in the speaker notes`;
}

const footer = `${DECK_TITLE}: fixture bundle ${bundle.meta.version}, not the published data.`;
const snapshots = [...bundle.fighterSnapshots].sort((a, b) => a.date.localeCompare(b.date));
const snapshotSources = cited(snapshots.flatMap((s) => s.sources));
const snapshotLabel = (s: (typeof snapshots)[number]) => `${s.speaker} (${s.date})`;

/** Share of the total, one decimal; null when a figure is unknown. */
const share = (part: number | null, total: number | null) =>
  part === null || !total ? null : Math.round((part / total) * 1000) / 10;

const slides: PptxSlide[] = [
  {
    chartId: 'test-outcomes-share',
    title: 'Test data: killed & returned as a share of the total, by snapshot (<fixture>)',
    subtitle: 'Percent of each snapshot’s total; the rest is neither killed nor returned',
    sourceLine: sourceLine(snapshotSources),
    footer,
    citations: snapshotSources,
    summary: 'Pipeline check built from the unit-test fixture bundle.',
    chart: {
      type: 'bar',
      stacked: true,
      horizontal: true,
      percent: true,
      categories: snapshots.map(snapshotLabel),
      series: [
        {
          name: 'Killed',
          colour: FIGURE_COLOURS.killed,
          values: snapshots.map((s) => share(s.figures.killed, s.figures.total)),
        },
        {
          name: 'Returned',
          colour: FIGURE_COLOURS.returned,
          values: snapshots.map((s) => share(s.figures.returned, s.figures.total)),
        },
        {
          name: 'Neither (derived)',
          colour: FIGURE_COLOURS.unaccounted,
          values: snapshots.map((s) => {
            const { total, killed, returned } = s.figures;
            return total === null || killed === null || returned === null
              ? null
              : share(total - killed - returned, total);
          }),
        },
      ],
      valueAxisTitle: 'Share of the total (%)',
    },
  },
  {
    chartId: 'test-figures-line',
    title: 'Test data: women, children and ISIS joiners in the two fixture snapshots',
    sourceLine: sourceLine(snapshotSources),
    footer,
    citations: snapshotSources,
    summary: 'Pipeline check: one series has a missing value, drawn as a gap.',
    chart: {
      type: 'line',
      categories: snapshots.map((s) => s.date),
      series: [
        { name: 'Women', colour: FIGURE_COLOURS.women, values: snapshots.map((s) => s.figures.women) },
        {
          name: 'Children',
          colour: FIGURE_COLOURS.children,
          values: snapshots.map((s) => s.figures.children),
        },
        {
          name: 'Joined ISIS',
          colour: FIGURE_COLOURS.joinedIsis,
          values: snapshots.map((s) => s.figures.joinedIsis),
        },
      ],
      valueAxisTitle: 'People',
      categoryAxisTitle: 'Snapshot date',
    },
  },
  ...bundle.cellEvents.map((event): PptxSlide => {
    const sources = cited(event.sources);
    return {
      chartId: `test-arrests-${event.id}`,
      title: `Test data: arrests in the fixture's ${event.places.map((p) => p.city).join(' and ')} dismantling of ${event.date}, first wave and later arrests, drawn as a single-series column chart so that the title has to wrap`,
      subtitle: event.laterArrestsNote ?? undefined,
      sourceLine: sourceLine(sources),
      footer,
      citations: sources,
      chart: {
        type: 'bar',
        categories: ['Arrested', 'Later arrests'],
        series: [
          {
            name: 'People',
            colour: FIGURE_COLOURS.men,
            values: [event.arrested ?? null, event.laterArrests ?? null],
          },
        ],
      },
    };
  }),
];

// A picture slide: the fixture snapshot totals as plain bars on a 1920 x 1080 canvas.
const first = snapshots[0];
if (first) {
  const figures: [number | null, string][] = [
    [first.figures.total, FIGURE_COLOURS.total],
    [first.figures.killed, FIGURE_COLOURS.killed],
    [first.figures.returned, FIGURE_COLOURS.returned],
    [first.figures.women, FIGURE_COLOURS.women],
    [first.figures.children, FIGURE_COLOURS.children],
  ];
  const max = Math.max(...figures.map(([v]) => v ?? 0));
  const W = 1920;
  const H = 1080;
  const barW = 240;
  const image = png(W, H, (x, y) => {
    const i = Math.floor((x - 160) / 340);
    const within = x >= 160 && (x - 160) % 340 < barW && i < figures.length;
    const entry = figures[i];
    if (within && entry && entry[0] !== null && y >= H - 120 - ((H - 240) * entry[0]) / max && y < H - 120) {
      return rgb(entry[1]);
    }
    if (y === H - 120 && x >= 120 && x < W - 120) return [120, 120, 120];
    return [255, 255, 255];
  });
  slides.push({
    chartId: 'test-picture',
    title: `Test data: a picture slide (${W} x ${H} PNG of the ${snapshotLabel(first)} snapshot figures)`,
    subtitle: 'Bars: total, killed, returned, women, children',
    sourceLine: sourceLine(cited(first.sources)),
    footer,
    citations: cited(first.sources),
    chart: null,
    image: { dataUrl: `data:image/png;base64,${image.toString('base64')}`, width: W, height: H },
  });
}

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx scripts/make-sample-deck.ts OUT.pptx');
  process.exit(2);
}
const blob = await buildPptx(slides, DECK_TITLE);
await writeFile(out, Buffer.from(await blob.arrayBuffer()));
console.log(`${out}: ${slides.length} slides, ${blob.size} bytes (${DECK_TITLE})`);
