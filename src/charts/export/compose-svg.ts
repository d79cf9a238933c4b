// Builds a self-contained SVG of a chart: title, subtitle, the chart's own
// SVG (with computed colours and fonts inlined, since CSS variables and
// classes do not travel), the legend (Recharts draws legends as HTML, so we
// draw ours here) and the source line. PNG export rasterises this same SVG,
// so the two downloads always match.
import type { ChartTable } from '../chart-types';
import { formatNumber } from '../../lib/format';
import { activeLocale, t } from '../../i18n/i18n';
import { dirOf } from '../../i18n/locales';
import { xmlSafe } from '../../lib/safe-text';

const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export interface LegendItem {
  label: string;
  colour: string;
  /** Derived values are hatched in the chart; the legend says so too. */
  derived?: boolean;
  /** Unofficial estimates are drawn hollow. */
  hollow?: boolean;
}

export interface ExportColours {
  background: string;
  text: string;
  muted: string;
  border: string;
}

interface ExportSpec {
  title: string;
  subtitle?: string;
  summary?: string;
  legend: LegendItem[];
  sourceLine: string;
  footer?: string;
  /** The live chart; when null the table is drawn instead. */
  plot: SVGSVGElement | null;
  table: ChartTable;
  /** Output size in CSS px; height is computed when not given. */
  width: number;
  height?: number;
  /** 1 on screen; larger for a bigger picture. */
  fontScale?: number;
  /** A 1920 x 1080 slide: slide type sizes, one short source line, rows fitted to the slide. */
  slide?: boolean;
  /**
   * With `slide`: the legend and the chart alone, at the given size, for a
   * PowerPoint slide that sets its own title and source line around the picture.
   */
  bare?: boolean;
  colours: ExportColours;
  /**
   * Right to left (Arabic pages): title, legend, table and source line are laid out
   * from the right; the chart itself stays left to right, as on screen. Defaults to
   * the page's direction.
   */
  rtl?: boolean;
}

const INLINED_PROPERTIES = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'fill-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

let measureContext: CanvasRenderingContext2D | null | undefined;

function textWidth(text: string, fontSize: number, weight = 400): number {
  if (measureContext === undefined) {
    try {
      measureContext = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      measureContext = null;
    }
  }
  if (measureContext) {
    measureContext.font = `${weight} ${fontSize}px ${EXPORT_FONT}`;
    return measureContext.measureText(text).width;
  }
  return text.length * fontSize * 0.56;
}

/** Greedy word wrap to a width in px. */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight = 400): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A copy of the live chart SVG with computed styles written as attributes and nothing executable. */
function inlineChartSvg(source: SVGSVGElement): { markup: string; width: number; height: number } {
  const rect = source.getBoundingClientRect();
  const width = rect.width || Number(source.getAttribute('width')) || 600;
  const height = rect.height || Number(source.getAttribute('height')) || 300;
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...Array.from(source.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy || typeof getComputedStyle !== 'function') return;
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      copy.setAttribute('display', 'none');
      return;
    }
    for (const property of INLINED_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value && !value.includes('var(')) copy.setAttribute(property, value);
    }
  });
  // The brush, focus rings and drag rectangles are controls for the reader on screen, not part of the picture.
  for (const el of Array.from(clone.querySelectorAll('script, foreignObject, .recharts-brush, .chart-control'))) el.remove();
  for (const el of [clone, ...Array.from(clone.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const value = attr.value.trim().toLowerCase();
      if (attr.name === 'class') {
        // Recharts' own class names stay as layer names (bars, ticks, lines) for whoever edits the file;
        // they carry no style, since no stylesheet travels with the export.
        const kept = attr.value.split(/\s+/).filter((c) => /^(recharts|mark)-[\w-]+$/.test(c));
        if (kept.length) el.setAttribute('class', kept.join(' '));
        else el.removeAttribute('class');
        continue;
      }
      if (
        attr.name.startsWith('on') ||
        attr.name === 'tabindex' ||
        attr.name === 'style' ||
        (/href$/.test(attr.name) && !value.startsWith('#'))
      ) {
        el.removeAttribute(attr.name);
      }
    }
  }
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('width');
  clone.removeAttribute('height');
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/**
 * Where a box starting at `x` (of width `w`) goes: the same place left to right; in
 * a right-to-left picture, mirrored, so its start is `x` from the right edge. Text
 * placed there anchors at the right, since the picture's root says direction="rtl".
 */
type Place = (x: number, w?: number) => number;
const leftToRight: Place = (x) => x;

function textLines(lines: string[], x: number, y: number, size: number, fill: string, weight = 400): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * size * 1.3}" font-family="${escapeXml(EXPORT_FONT)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/**
 * Wraps text to at most `maxLines` lines of `maxWidth`; what does not fit ends the last
 * line with an ellipsis, so a cut is always visible (a single long word is cut too).
 */
function fitLines(text: string, fontSize: number, maxWidth: number, maxLines: number, weight = 400): string[] {
  const lines = wrapText(text, fontSize, maxWidth, weight);
  const cut = lines.length > maxLines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  if (last < 0) return kept;
  let line = kept[last] ?? '';
  if (!cut && textWidth(line, fontSize, weight) <= maxWidth) return kept;
  while (line.length > 1 && textWidth(`${line}…`, fontSize, weight) > maxWidth) line = line.slice(0, -1).trimEnd();
  kept[last] = `${line}…`;
  return kept;
}

const TABLE_CELL_LINES = 3;

const CELL_PAD = 12;

function cellText(value: string | number | null | undefined): string {
  return typeof value === 'number' ? formatNumber(value) : (value ?? '–');
}

/**
 * Column widths for an exported table. Every column gets at least its
 * longest word (headers included), so no word is cut; what is left goes to
 * the columns whose text is longer than their share, in proportion.
 */
function columnWidths(table: ChartTable, width: number, size: number): number[] {
  const texts = table.columns.map((c) => [c.label, ...table.rows.map((r) => cellText(r[c.key]))]);
  const longestWord = texts.map((column, col) =>
    Math.max(
      ...column.flatMap((text, row) => text.split(/\s+/).map((w) => textWidth(w, size, row === 0 || col === 0 ? 700 : 400))),
    ) + CELL_PAD,
  );
  const natural = texts.map((column, col) =>
    Math.max(...column.map((text, row) => textWidth(text, size, row === 0 || col === 0 ? 700 : 400))) + CELL_PAD,
  );
  const floor = longestWord.reduce((a, b) => a + b, 0);
  if (floor >= width) return longestWord.map((w) => (w / floor) * width);
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= width) return natural.map((w) => w + (width - total) / natural.length);
  // Share what is left over the floor by how much more each column would like.
  const wants = natural.map((w, i) => w - (longestWord[i] ?? 0));
  const wanted = wants.reduce((a, b) => a + b, 0) || 1;
  return longestWord.map((w, i) => w + ((wants[i] ?? 0) / wanted) * (width - floor));
}

function tableSvg(
  table: ChartTable,
  x: number,
  y: number,
  width: number,
  size: number,
  colours: ExportColours,
  place: Place = leftToRight,
): { markup: string; height: number } {
  const lineHeight = size * 1.25;
  const pad = size * 0.5;
  const widths = columnWidths(table, width, size);
  const starts = widths.map((_, i) => x + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const font = `font-family="${escapeXml(EXPORT_FONT)}" font-size="${size}" fill="${escapeXml(colours.text)}"`;
  /** One table row: each cell wrapped in its column, the row as tall as its tallest cell. */
  const row = (texts: string[], rowY: number, weightOf: (col: number) => number) => {
    const cells = texts.map((text, col) => fitLines(text, size, (widths[col] ?? 0) - 12, TABLE_CELL_LINES, weightOf(col)));
    const lines = Math.max(1, ...cells.map((c) => c.length));
    const markup = cells
      .map((cellLines, col) => {
        const numeric = table.columns[col]?.numeric;
        const cx = numeric ? (starts[col] ?? 0) + (widths[col] ?? 0) - 6 : (starts[col] ?? 0) + 6;
        const anchor = numeric ? 'end' : 'start';
        return cellLines
          .map(
            (line, i) =>
              `<text x="${place(cx)}" y="${rowY + pad + size * 0.85 + i * lineHeight}" text-anchor="${anchor}" ${font} font-weight="${weightOf(col)}">${escapeXml(line)}</text>`,
          )
          .join('');
      })
      .join('');
    return { markup, height: lines * lineHeight + pad * 2 };
  };
  const head = row(
    table.columns.map((c) => c.label),
    y,
    () => 700,
  );
  let markup = head.markup;
  let rowY = y + head.height;
  markup += `<line x1="${place(x)}" x2="${place(x + width)}" y1="${rowY}" y2="${rowY}" stroke="${escapeXml(colours.text)}" stroke-width="2"/>`;
  for (const r of table.rows) {
    const texts = table.columns.map((c) => cellText(r[c.key]));
    const drawn = row(texts, rowY, (col) => (col === 0 ? 600 : 400));
    markup += drawn.markup;
    rowY += drawn.height;
    markup += `<line x1="${place(x)}" x2="${place(x + width)}" y1="${rowY}" y2="${rowY}" stroke="${escapeXml(colours.border)}" stroke-width="1"/>`;
  }
  return { markup, height: rowY - y };
}

function legendSvg(
  items: LegendItem[],
  x: number,
  y: number,
  width: number,
  size: number,
  colours: ExportColours,
  place: Place = leftToRight,
) {
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  const defs: string[] = [];
  items.forEach((item, i) => {
    const label = item.derived
      ? t('charts.legend.derived', { label: item.label })
      : item.hollow
        ? t('charts.legend.hollow', { label: item.label })
        : item.label;
    const w = size * 1.1 + size * 0.4 + textWidth(label, size) + size * 1.4;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += size * 1.6;
    }
    const c = escapeXml(item.colour);
    if (item.derived) {
      defs.push(
        `<pattern id="legend-hatch-${i}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${c}" fill-opacity="0.18"/><line x1="0" y1="0" x2="0" y2="6" stroke="${c}" stroke-width="2"/></pattern>`,
      );
    }
    const fill = item.derived ? `url(#legend-hatch-${i})` : item.hollow ? 'none' : c;
    const dash = item.derived || item.hollow ? ' stroke-dasharray="3 2"' : '';
    parts.push(
      `<rect x="${place(cx, size)}" y="${cy - size * 0.85}" width="${size}" height="${size}" rx="2" fill="${fill}" stroke="${c}" stroke-width="1.5"${dash}/>`,
      `<text x="${place(cx + size * 1.4)}" y="${cy}" font-family="${escapeXml(EXPORT_FONT)}" font-size="${size}" fill="${escapeXml(colours.text)}">${escapeXml(label)}</text>`,
    );
    cx += w;
  });
  return { markup: `<defs>${defs.join('')}</defs>${parts.join('')}`, height: items.length ? cy - y + size * 1.6 : 0 };
}

/** A 1920 x 1080 slide: type sized to read from the back of a room. */
export const SLIDE = {
  width: 1920,
  height: 1080,
  pad: 32,
  title: 44,
  subtitle: 26,
  legend: 28,
  source: 22,
  table: 28,
  /** The smallest table type a slide falls back to before it leaves rows to the CSV. */
  minTable: 22,
  /**
   * A slide's plot is drawn at its box divided by this and scaled up, so the
   * chart's 12 px tick labels come out at 12 x 2.4 = 28.8 px.
   */
  plotScale: 2.4,
} as const;

interface Sizes {
  pad: number;
  title: number;
  subtitle: number;
  legend: number;
  source: number;
  table: number;
  gap: number;
  /** Subtitle and source lines beyond this end in an ellipsis (slides); Infinity elsewhere. */
  maxSubtitleLines: number;
}

function sizesFor(spec: ExportSpec): Sizes {
  if (spec.slide) {
    return { ...SLIDE, gap: 10, maxSubtitleLines: 2 };
  }
  const scale = spec.fontScale ?? 1;
  return {
    pad: 24 * scale,
    title: 22 * scale,
    subtitle: 14 * scale,
    legend: 14 * scale,
    source: 12 * scale,
    table: 13 * scale,
    gap: 8 * scale,
    maxSubtitleLines: Infinity,
  };
}

interface Layout {
  sizes: Sizes;
  inner: number;
  titleLines: string[];
  subLines: string[];
  sourceLines: string[];
  footerLines: string[];
  /** Where the legend starts and how tall it is. */
  legendTop: number;
  legendHeight: number;
  /** Where the chart or table starts. */
  bodyTop: number;
  /** Room for the chart or table on a fixed-size picture; null when the picture grows to fit. */
  bodyRoom: number | null;
  /** Height of source and footer lines with the bottom margin. */
  tail: number;
}

function layout(spec: ExportSpec): Layout {
  const sizes = sizesFor(spec);
  const { pad, gap } = sizes;
  const inner = spec.width - pad * 2;
  const bare = spec.slide === true && spec.bare === true;
  const titleLines = bare ? [] : spec.slide ? fitLines(spec.title, sizes.title, inner, 2, 700) : wrapText(spec.title, sizes.title, inner, 700);
  const subLines = spec.subtitle && !bare ? fitLines(spec.subtitle, sizes.subtitle, inner, sizes.maxSubtitleLines) : [];
  // A slide has one short paragraph for the source and the dashboard's address; other pictures give each its lines.
  const sourceLines = bare
    ? []
    : spec.slide
    ? fitLines(`${t('charts.export.sourceLine', { source: spec.sourceLine })}.${spec.footer ? ` ${spec.footer}` : ''}`, sizes.source, inner, 2)
    : wrapText(t('charts.export.sourceLine', { source: spec.sourceLine }), sizes.source, inner);
  const footerLines = spec.footer && !spec.slide ? wrapText(spec.footer, sizes.source, inner) : [];
  let y = bare ? gap : pad + sizes.title + titleLines.length * sizes.title * 1.3 + subLines.length * sizes.subtitle * 1.3 + gap;
  const legendTop = y;
  const legendHeight = legendSvg(spec.legend, pad, 0, inner, sizes.legend, spec.colours).height;
  y += legendHeight + (legendHeight ? gap : 0);
  const tail = bare ? gap : (sourceLines.length + footerLines.length) * sizes.source * 1.3 + pad + gap;
  const height = spec.slide && !bare ? SLIDE.height : spec.height;
  return {
    sizes,
    inner,
    titleLines,
    subLines,
    sourceLines,
    footerLines,
    legendTop,
    legendHeight,
    bodyTop: y,
    bodyRoom: height ? Math.max(height - y - tail - gap, 40) : null,
    tail,
  };
}

/**
 * The size to draw a chart at for a slide: the room the slide leaves for it,
 * divided by the slide's plot scale (the chart is then scaled up into that room).
 */
export function slidePlotBox(
  spec: Omit<ExportSpec, 'plot' | 'width' | 'height' | 'slide'>,
  size: { width: number; height: number } = SLIDE,
): { width: number; height: number } {
  const l = layout({ ...spec, plot: null, width: size.width, height: size.height, slide: true });
  return { width: Math.floor(l.inner / SLIDE.plotScale), height: Math.floor((l.bodyRoom ?? 0) / SLIDE.plotScale) };
}

/** The complete SVG document for a chart export. */
export function composeSvg(input: ExportSpec): { svg: string; width: number; height: number } {
  const spec = input.slide && !input.bare ? { ...input, width: SLIDE.width, height: SLIDE.height } : input;
  const l = layout(spec);
  const { sizes, inner } = l;
  const { pad, gap } = sizes;
  const { colours } = spec;
  const locale = activeLocale();
  const rtl = spec.rtl ?? dirOf(locale) === 'rtl';
  const place: Place = rtl ? (x, w = 0) => spec.width - x - w : leftToRight;

  const titleTop = pad + sizes.title;
  const subTop = titleTop + l.titleLines.length * sizes.title * 1.3;
  const head =
    textLines(l.titleLines, place(pad), titleTop, sizes.title, colours.text, 700) +
    textLines(l.subLines, place(pad), subTop, sizes.subtitle, colours.muted);
  const legendMarkup = legendSvg(spec.legend, pad, l.legendTop + sizes.legend, inner, sizes.legend, colours, place).markup;

  let y = l.bodyTop;
  let body: string;
  let bodyHeight: number;
  if (spec.plot) {
    const plot = inlineChartSvg(spec.plot);
    const available = l.bodyRoom ?? (inner * plot.height) / plot.width;
    bodyHeight = Math.max(available, 40);
    const w = Math.min(inner, (bodyHeight * plot.width) / plot.height);
    const h = (w * plot.height) / plot.width;
    const x = pad + (inner - w) / 2;
    // On a fixed-size picture a short chart sits in the middle of the space left for it.
    const top = l.bodyRoom ? y + Math.max(0, (bodyHeight - h) / 2) : y;
    // The plot is marked for whoever edits or checks the file (its own class list is kept, so the class is added to it).
    const placed = plot.markup.replace(/^<svg\b/, `<svg x="${x}" y="${top}" width="${w}" height="${h}"`);
    // The chart keeps its own left-to-right layout inside a right-to-left picture, as on screen.
    const oriented = rtl ? placed.replace(/^<svg\b/, '<svg direction="ltr"') : placed;
    body = /^<svg\b[^>]*\sclass="/.test(oriented)
      ? oriented.replace(/^(<svg\b[^>]*\sclass=")/, '$1export-plot ')
      : oriented.replace(/^<svg\b/, '<svg class="export-plot"');
    bodyHeight = l.bodyRoom ? bodyHeight : h;
  } else {
    const table = fittedTable(spec.table, pad, y, inner, sizes, l.bodyRoom, spec.slide === true, colours, place);
    body = table.markup;
    bodyHeight = l.bodyRoom ?? table.height;
  }
  y += bodyHeight + gap;
  const foot =
    textLines(l.sourceLines, place(pad), y + sizes.source, sizes.source, colours.muted) +
    textLines(l.footerLines, place(pad), y + sizes.source + l.sourceLines.length * sizes.source * 1.3, sizes.source, colours.muted);
  const height = spec.height ?? Math.ceil(y + l.tail - gap);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${height}" viewBox="0 0 ${spec.width} ${height}" font-family="${escapeXml(EXPORT_FONT)}"${locale === 'en' ? '' : ` xml:lang="${locale}"`}${rtl ? ' direction="rtl"' : ''}>` +
    `<title>${escapeXml(spec.title)}</title>` +
    (spec.summary ? `<desc>${escapeXml(spec.summary)}</desc>` : '') +
    `<rect width="100%" height="100%" fill="${escapeXml(colours.background)}"/>` +
    head +
    legendMarkup +
    body +
    foot +
    `</svg>`;
  // Bundle text may hold characters JSON allows and XML does not; one pass over the finished file
  // covers the chart's own SVG (serialised from the page) and every text added here.
  return { svg: xmlSafe(svg), width: spec.width, height };
}

/**
 * The table in the room it has: on a slide the type steps down to a floor,
 * then rows that still do not fit are left to the CSV, and a last line says
 * how many, so nothing is cut without a word.
 */
function fittedTable(
  table: ChartTable,
  x: number,
  y: number,
  width: number,
  sizes: Sizes,
  room: number | null,
  slide: boolean,
  colours: ExportColours,
  place: Place = leftToRight,
): { markup: string; height: number } {
  if (room === null) return tableSvg(table, x, y, width, sizes.table, colours, place);
  for (let size = sizes.table; size >= (slide ? SLIDE.minTable : sizes.table); size -= 2) {
    const drawn = tableSvg(table, x, y, width, size, colours, place);
    if (drawn.height <= room) return drawn;
  }
  const size = slide ? SLIDE.minTable : sizes.table;
  for (let keep = table.rows.length - 1; keep >= 1; keep--) {
    const left = table.rows.length - keep;
    const drawn = tableSvg({ columns: table.columns, rows: table.rows.slice(0, keep) }, x, y, width, size, colours, place);
    const note = t('charts.export.moreRows', { left });
    if (drawn.height + size * 1.6 <= room) {
      return {
        markup: drawn.markup + textLines([note], place(x), y + drawn.height + size * 1.3, size, colours.muted),
        height: drawn.height + size * 1.6,
      };
    }
  }
  return tableSvg(table, x, y, width, size, colours, place);
}

/** Rasterises an SVG document to PNG at a pixel ratio (2 for crisp slides). */
export async function svgToPng(svg: string, width: number, height: number, pixelRatio: number): Promise<Blob> {
  // An ill-formed SVG does not load as an image at all: the PNG would fail, not just look wrong.
  const url = URL.createObjectURL(new Blob([xmlSafe(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(t('charts.export.imageFailed')));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t('charts.export.noCanvas'));
    context.scale(pixelRatio, pixelRatio);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('charts.export.pngFailed')))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
