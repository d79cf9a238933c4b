// What a chart's downloads are made of, loaded only when a reader exports:
// PNG and SVG pictures (compose-svg), slide pictures drawn for the slide, and
// PowerPoint slides (pptx, which loads pptxgenjs only when a deck is built).
import type { ChartSource, ChartTable } from '../chart-types';
import { t } from '../../i18n/i18n';
import { composeSvg, slidePlotBox, svgToPng, type ExportColours, type LegendItem } from './compose-svg';
import { buildPptx, layoutSlide, type NativeChart, type PptxSlide } from './pptx';

/** Everything a chart frame knows that its exports need; the frame builds it when asked. */
export interface ChartExportInput {
  chartId: string;
  title: string;
  frame: HTMLElement;
  /** The chart's own SVG as drawn on screen (null for HTML charts). */
  getPlot: () => Promise<SVGSVGElement | null>;
  /** The chart drawn off screen at a slide's size; `release` removes it. */
  getSlidePlot: (box: { width: number; height: number }) => Promise<{ plot: SVGSVGElement | null; release: () => void }>;
  table: ChartTable;
  slideTable: ChartTable;
  legend: LegendItem[];
  summary: string;
  sources: readonly ChartSource[];
  /** Every source, for pictures that have room for it. */
  sourceLine: string;
  /** The one-line source for slides. */
  shortSourceLine: string;
  version: string;
  /** The address of the full view with this chart's state. */
  viewUrl: string;
  /** The chart as a native PowerPoint chart, when it maps to one. */
  nativeChart?: NativeChart | null;
}

export type PictureKind = 'picture' | 'slide';

function themeColours(el: HTMLElement): ExportColours {
  const style = getComputedStyle(el);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--bg', '#ffffff'),
    text: read('--text', '#1a1d21'),
    muted: read('--muted', '#555d66'),
    border: read('--border', '#d9dde3'),
  };
}

/**
 * The legend Recharts drew beside the chart's own SVG (it is HTML, so the SVG copy lacks it):
 * read from the chart's wrapper, so the export's legend is the one on screen.
 */
function drawnLegend(plot: SVGSVGElement | null): LegendItem[] {
  const items = plot?.parentElement?.querySelectorAll(':scope > .recharts-legend-wrapper .recharts-legend-item') ?? [];
  return [...items].flatMap((item) => {
    const label = item.querySelector('.recharts-legend-item-text')?.textContent?.trim();
    const icon = item.querySelector('svg path, svg rect, svg line, svg circle');
    if (!label || !icon) return [];
    const style = getComputedStyle(icon);
    const fill = style.fill;
    // Line icons are stroked paths with no fill: their colour is the stroke.
    const unfilled = fill === 'none' || fill === 'transparent' || fill === 'rgba(0, 0, 0, 0)';
    const colour = unfilled ? style.stroke : fill;
    return [{ label, colour: colour && colour !== 'none' ? colour : '#555d66' }];
  });
}

const footerOf = (input: ChartExportInput) => t('charts.export.footer', { version: input.version, url: input.viewUrl });

/** The frame's own caption, never another chart's. */
const subtitleOf = (input: ChartExportInput) =>
  input.frame.querySelector(':scope > .chart-frame__head > .chart-frame__subtitle')?.textContent ?? undefined;

/**
 * A slide picture: the chart redrawn off screen at the slide's size, so its
 * type is as large as a slide needs. `bare` leaves out title and source (a
 * PowerPoint slide sets them itself) and draws at the given size.
 */
async function composeSlide(input: ChartExportInput, bare?: { width: number; height: number }) {
  const base = {
    title: input.title,
    subtitle: subtitleOf(input),
    summary: input.summary,
    sourceLine: t('charts.export.slideSource', { source: input.shortSourceLine }),
    footer: footerOf(input),
    table: input.slideTable,
    colours: themeColours(input.frame),
    bare: bare !== undefined,
  };
  const legendFirst = input.legend.length ? input.legend : drawnLegend(await input.getPlot());
  const { plot, release } = await input.getSlidePlot(slidePlotBox({ ...base, legend: legendFirst }, bare));
  try {
    const legend = input.legend.length ? input.legend : drawnLegend(plot);
    return composeSvg({ ...base, legend, plot, width: bare?.width ?? 1920, height: bare?.height, slide: true });
  } finally {
    release();
  }
}

/** The SVG of a chart export: the picture of the chart on screen, or a 1920 x 1080 slide. */
export async function composeChart(input: ChartExportInput, kind: PictureKind) {
  if (kind === 'slide') return composeSlide(input);
  const plot = await input.getPlot();
  const onScreen = plot?.getBoundingClientRect().width ?? input.frame.getBoundingClientRect().width - 48;
  return composeSvg({
    title: input.title,
    subtitle: subtitleOf(input),
    summary: input.summary,
    legend: input.legend.length ? input.legend : drawnLegend(plot),
    sourceLine: input.sourceLine,
    footer: footerOf(input),
    plot,
    table: input.table,
    width: Math.max(Math.round(onScreen + 48), 480),
    colours: themeColours(input.frame),
  });
}

export { svgToPng };

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(t('charts.export.pictureUnreadable')));
    reader.readAsDataURL(blob);
  });
}

/** The width in px of a picture placed in a PowerPoint slide's chart box (its height follows the box). */
const PICTURE_WIDTH = 1920;

/**
 * One PowerPoint slide for a chart: title, subtitle, the one-line source and
 * the dashboard's address on the slide; the summary and every citation in the
 * speaker notes. A chart that maps to a native chart is written as one (with
 * its data, editable); any other is a picture drawn for the slide's chart box.
 */
export async function pptxSlideOf(input: ChartExportInput): Promise<PptxSlide> {
  const slide: PptxSlide = {
    chartId: input.chartId,
    title: input.title,
    subtitle: subtitleOf(input),
    sourceLine: t('charts.export.pptxSource', { count: input.sources.length, source: input.shortSourceLine }),
    footer: footerOf(input),
    citations: input.sources,
    summary: input.summary,
  };
  if (input.nativeChart) return { ...slide, chart: input.nativeChart };
  const box = layoutSlide(slide).chart;
  const size = { width: PICTURE_WIDTH, height: Math.round((PICTURE_WIDTH * box.h) / box.w) };
  const { svg, width, height } = await composeSlide(input, size);
  const png = await svgToPng(svg, width, height, 1);
  return { ...slide, image: { dataUrl: await blobToDataUrl(png), width, height } };
}

/** A deck of slides as a .pptx file. */
export function pptxDeck(slides: readonly PptxSlide[], title: string): Promise<Blob> {
  return buildPptx(slides, title);
}
