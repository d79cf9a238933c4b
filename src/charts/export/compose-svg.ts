// Builds a self-contained SVG of a chart: title, subtitle, the chart's own
// SVG (with computed colours and fonts inlined, since CSS variables and
// classes do not travel), the legend (Recharts draws legends as HTML, so we
// draw ours here) and the source line. PNG export rasterises this same SVG,
// so the two downloads always match.
import type { ChartTable } from '../chart-types';
import { formatNumber } from '../../lib/format';

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
  /** 1 on screen; larger for a 1920 x 1080 slide. */
  fontScale?: number;
  colours: ExportColours;
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
  // The brush is a control for the reader on screen, not part of the picture.
  for (const el of Array.from(clone.querySelectorAll('script, foreignObject, .recharts-brush'))) el.remove();
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

function tableSvg(
  table: ChartTable,
  x: number,
  y: number,
  width: number,
  size: number,
  colours: ExportColours,
): { markup: string; height: number } {
  const lineHeight = size * 1.25;
  const pad = size * 0.5;
  // Long text columns get more room, but never so much that short ones are squeezed to nothing.
  const weights = table.columns.map((c) =>
    Math.min(Math.max(c.label.length, ...table.rows.map((r) => String(r[c.key] ?? '–').length), 6), 48),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / sum) * width);
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
              `<text x="${cx}" y="${rowY + pad + size * 0.85 + i * lineHeight}" text-anchor="${anchor}" ${font} font-weight="${weightOf(col)}">${escapeXml(line)}</text>`,
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
  markup += `<line x1="${x}" x2="${x + width}" y1="${rowY}" y2="${rowY}" stroke="${escapeXml(colours.text)}" stroke-width="2"/>`;
  for (const r of table.rows) {
    const texts = table.columns.map((c) => {
      const v = r[c.key];
      return typeof v === 'number' ? formatNumber(v) : (v ?? '–');
    });
    const drawn = row(texts, rowY, (col) => (col === 0 ? 600 : 400));
    markup += drawn.markup;
    rowY += drawn.height;
    markup += `<line x1="${x}" x2="${x + width}" y1="${rowY}" y2="${rowY}" stroke="${escapeXml(colours.border)}" stroke-width="1"/>`;
  }
  return { markup, height: rowY - y };
}

function legendSvg(items: LegendItem[], x: number, y: number, width: number, size: number, colours: ExportColours) {
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  const defs: string[] = [];
  items.forEach((item, i) => {
    const label = item.derived ? `${item.label} (derived)` : item.hollow ? `${item.label} (unofficial, hollow)` : item.label;
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
      `<rect x="${cx}" y="${cy - size * 0.85}" width="${size}" height="${size}" rx="2" fill="${fill}" stroke="${c}" stroke-width="1.5"${dash}/>`,
      `<text x="${cx + size * 1.4}" y="${cy}" font-family="${escapeXml(EXPORT_FONT)}" font-size="${size}" fill="${escapeXml(colours.text)}">${escapeXml(label)}</text>`,
    );
    cx += w;
  });
  return { markup: `<defs>${defs.join('')}</defs>${parts.join('')}`, height: items.length ? cy - y + size * 1.6 : 0 };
}

/** The complete SVG document for a chart export. */
export function composeSvg(spec: ExportSpec): { svg: string; width: number; height: number } {
  const scale = spec.fontScale ?? 1;
  const pad = 24 * scale;
  const inner = spec.width - pad * 2;
  const titleSize = 22 * scale;
  const subSize = 14 * scale;
  const legendSize = 14 * scale;
  const sourceSize = 12 * scale;
  const { colours } = spec;

  const titleLines = wrapText(spec.title, titleSize, inner, 700);
  const subLines = spec.subtitle ? wrapText(spec.subtitle, subSize, inner) : [];
  const sourceLines = wrapText(`Source: ${spec.sourceLine}`, sourceSize, inner);
  const footerLines = spec.footer ? wrapText(spec.footer, sourceSize, inner) : [];

  let y = pad + titleSize;
  const head =
    textLines(titleLines, pad, y, titleSize, colours.text, 700) +
    textLines(subLines, pad, y + titleLines.length * titleSize * 1.3, subSize, colours.muted);
  y += titleLines.length * titleSize * 1.3 + subLines.length * subSize * 1.3 + 8 * scale;

  const legend = legendSvg(spec.legend, pad, y + legendSize, inner, legendSize, colours);
  y += legend.height + (legend.height ? 8 * scale : 0);
  const legendMarkup = legend.markup;

  const tail = (sourceLines.length + footerLines.length) * sourceSize * 1.3 + pad + 8 * scale;
  let body: string;
  let bodyHeight: number;
  if (spec.plot) {
    const plot = inlineChartSvg(spec.plot);
    const available = spec.height ? spec.height - y - tail : (inner * plot.height) / plot.width;
    bodyHeight = Math.max(available, 40);
    const w = Math.min(inner, (bodyHeight * plot.width) / plot.height);
    const h = (w * plot.height) / plot.width;
    const x = pad + (inner - w) / 2;
    // On a fixed-size slide a short chart sits in the middle of the space left for it.
    const top = spec.height ? y + Math.max(0, (bodyHeight - h) / 2) : y;
    body = plot.markup.replace(/^<svg\b/, `<svg x="${x}" y="${top}" width="${w}" height="${h}"`);
    bodyHeight = spec.height ? bodyHeight : h;
  } else {
    const table = tableSvg(spec.table, pad, y, inner, 13 * scale, colours);
    body = table.markup;
    bodyHeight = table.height;
  }
  y += bodyHeight + 12 * scale;
  const foot =
    textLines(sourceLines, pad, y + sourceSize, sourceSize, colours.muted) +
    textLines(footerLines, pad, y + sourceSize + sourceLines.length * sourceSize * 1.3, sourceSize, colours.muted);
  const height = spec.height ?? Math.ceil(y + tail);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${height}" viewBox="0 0 ${spec.width} ${height}" font-family="${escapeXml(EXPORT_FONT)}">` +
    `<title>${escapeXml(spec.title)}</title>` +
    (spec.summary ? `<desc>${escapeXml(spec.summary)}</desc>` : '') +
    `<rect width="100%" height="100%" fill="${escapeXml(colours.background)}"/>` +
    head +
    legendMarkup +
    body +
    foot +
    `</svg>`;
  return { svg, width: spec.width, height };
}

/** Rasterises an SVG document to PNG at a pixel ratio (2 for crisp slides). */
export async function svgToPng(svg: string, width: number, height: number, pixelRatio: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart image could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.scale(pixelRatio, pixelRatio);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
