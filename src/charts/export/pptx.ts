// Builds a PowerPoint deck in the browser: one 16:9 slide per chart, with the
// chart drawn natively by PowerPoint when it maps to a bar or line chart (so
// the reader can restyle it and edit its data) and as a picture otherwise.
// Every slide carries its title, source line and footer; the speaker notes
// list every source the chart cites.
//
// pptxgenjs (and the JSZip it bundles) is loaded only when a deck is built.
import type JSZip from 'jszip';
import type PptxGenJS from 'pptxgenjs';
import type { ChartSource } from '../chart-types';
import { labelColourOn } from '../palette';
import { xmlSafe, xmlSafeDeep } from '../../lib/safe-text';
import { numberFormat as localeNumberFormat } from '../../i18n/format-locale';
import { activeLocale, t } from '../../i18n/i18n';
import { dirOf, INTL_LOCALE, type Locale } from '../../i18n/locales';

/** A chart PowerPoint can draw natively (editable, with its data). */
export interface NativeChart {
  type: 'bar' | 'line';
  /** Bars only: stacked segments (one series per segment). */
  stacked?: boolean;
  /** Bars only: horizontal bars. */
  horizontal?: boolean;
  /** Values are percentages (0-100): axis and labels say "%". */
  percent?: boolean;
  categories: string[];
  series: { name: string; values: (number | null)[]; colour: string /* CSS hex like #1f77b4 */ }[];
  /** Optional axis titles. */
  valueAxisTitle?: string;
  categoryAxisTitle?: string;
}

export interface PptxSlide {
  chartId: string;
  title: string;
  subtitle?: string;
  /** One short line, e.g. "Sources: Le360, Hespress, MAP and 12 other publishers; 61 sources; full list in the speaker notes". */
  sourceLine: string;
  /** e.g. "Morocco & ISIS dashboard, data version 2026-12-01. https://…/fighters" */
  footer: string;
  /** Every source cited by the chart: written into the speaker notes as "Publisher, Title, date, URL", one per line. */
  citations: readonly ChartSource[];
  /** Written to the notes before the citations (e.g. the chart's one-sentence summary). */
  summary?: string;
  /** Native chart when the chart maps to one; otherwise `image` is placed. */
  chart?: NativeChart | null;
  /** A high-resolution PNG (e.g. 1920x1080 or 2x) as a data URL "data:image/png;base64,…", with its pixel size. */
  image?: { dataUrl: string; width: number; height: number } | null;
}

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
/** The deck's author and company: the dashboard's name in the page's language. */
const deckAuthor = () => t('charts.export.dashboardName');

/**
 * How a deck's text is marked for PowerPoint (spelling, fonts, direction): the
 * page's language, right to left for Arabic. English keeps pptxgenjs's defaults.
 */
interface DeckLanguage {
  /** A BCP 47 tag for text runs ('fr-FR', 'ar-MA'); undefined leaves pptxgenjs's en-US. */
  lang: string | undefined;
  rtl: boolean;
}

function deckLanguage(locale: Locale): DeckLanguage {
  return { lang: locale === 'en' ? undefined : INTL_LOCALE[locale], rtl: dirOf(locale) === 'rtl' };
}

/** Text options for a slide's text boxes in the deck's language. */
function languageOptions(language: DeckLanguage): { lang?: string; rtlMode?: boolean; align?: 'right' } {
  return {
    ...(language.lang ? { lang: language.lang } : {}),
    ...(language.rtl ? { rtlMode: true, align: 'right' as const } : {}),
  };
}

// Geometry in inches: LAYOUT_WIDE is 13.333 x 7.5.
const SLIDE_W = 13.333;
const SLIDE_H = 7.5;
const MARGIN_X = 0.5;
const MARGIN_TOP = 0.35;
const MARGIN_BOTTOM = 0.3;
const CONTENT_W = SLIDE_W - 2 * MARGIN_X;
/** Space between the header, the chart and the source line. */
const GAP = 0.2;

const FONT = 'Arial';
const TEXT = '1A1A1A';
const MUTED = '595959';
const AXIS_LINE = 'BFBFBF';
const GRID = 'E0E0E0';

/** PowerPoint wants "RRGGBB": no '#', no shorthand. */
function hexColour(css: string): string {
  const hex = css.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) {
    return hex
      .split('')
      .map((c) => c + c)
      .join('')
      .toUpperCase();
  }
  if (/^[0-9a-f]{6}$/i.test(hex)) return hex.toUpperCase();
  if (/^[0-9a-f]{8}$/i.test(hex)) return hex.slice(0, 6).toUpperCase();
  return '808080';
}

// ---------------------------------------------------------------- text fitting

/**
 * PowerPoint does not shrink text on open (`normAutofit` only takes effect once
 * the box is edited), so each text box is sized here: the largest font size
 * at which the text wraps to at most `maxLines` lines. Widths come from
 * Arial's advance widths (1/1000 em, the same as Helvetica's and Liberation
 * Sans's), plus a small safety margin so that real text never wraps later
 * than estimated.
 */
const ARIAL = {
  regular: [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
    500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
    556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
    278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  ],
  bold: [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
    556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
    556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
    333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
  ],
};
const SAFETY = 1.04;

function charWidthEm(ch: string, bold: boolean): number {
  const table = bold ? ARIAL.bold : ARIAL.regular;
  // Accented Latin letters are as wide as their base letter.
  const base = ch.normalize('NFD')[0] ?? ch;
  const code = base.codePointAt(0) ?? 0;
  const known = code >= 32 && code <= 126 ? table[code - 32] : undefined;
  if (known !== undefined) return known / 1000;
  if ('‘’‚'.includes(ch)) return bold ? 0.278 : 0.222;
  if ('“”„'.includes(ch)) return 0.5;
  if (ch === '–') return 0.556;
  if ('—…'.includes(ch)) return 1;
  return code >= 0x2e80 ? 1 : 0.6;
}

function textWidthIn(text: string, pt: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch, bold);
  return (em * pt * SAFETY) / 72;
}

/** Lines the text takes when wrapped at word boundaries (a word wider than the line breaks over several). */
function wrappedLines(text: string, pt: number, widthIn: number, bold: boolean): number {
  const space = textWidthIn(' ', pt, bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidthIn(word, pt, bold);
    const needed = used === 0 ? w : used + space + w;
    if (needed <= widthIn) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    const extra = Math.max(0, Math.ceil(w / widthIn) - 1);
    lines += extra;
    used = w - extra * widthIn;
  }
  return lines;
}

interface FittedText {
  pt: number;
  lines: number;
  /** Box height in inches. */
  h: number;
}

function fitText(
  text: string,
  widthIn: number,
  opts: { maxPt: number; minPt: number; maxLines: number; bold?: boolean },
): FittedText {
  const bold = opts.bold ?? false;
  let pt = opts.maxPt;
  let lines = wrappedLines(text, pt, widthIn, bold);
  while (lines > opts.maxLines && pt > opts.minPt) {
    pt -= 1;
    lines = wrappedLines(text, pt, widthIn, bold);
  }
  // 1.2 line height plus a little room for ascenders and descenders.
  return { pt, lines, h: (lines * pt * 1.2) / 72 + 0.06 };
}

// ---------------------------------------------------------------- layout

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SlideLayout {
  title: Box & { pt: number };
  subtitle: (Box & { pt: number }) | null;
  /** The space the chart or picture may fill. */
  chart: Box;
  source: Box & { pt: number };
  footer: Box & { pt: number };
}

/** Where each part of a slide goes; exported for tests. */
export function layoutSlide(
  slide: Pick<PptxSlide, 'title' | 'subtitle' | 'sourceLine' | 'footer'>,
): SlideLayout {
  let y = MARGIN_TOP;
  const t = fitText(slide.title, CONTENT_W, { maxPt: 28, minPt: 20, maxLines: 2, bold: true });
  const title = { x: MARGIN_X, y, w: CONTENT_W, h: t.h, pt: t.pt };
  y += t.h;
  let subtitle: SlideLayout['subtitle'] = null;
  if (slide.subtitle) {
    const s = fitText(slide.subtitle, CONTENT_W, { maxPt: 16, minPt: 13, maxLines: 2 });
    y += 0.04;
    subtitle = { x: MARGIN_X, y, w: CONTENT_W, h: s.h, pt: s.pt };
    y += s.h;
  }
  const chartTop = y + GAP;

  const f = fitText(slide.footer, CONTENT_W, { maxPt: 10, minPt: 9, maxLines: 2 });
  const footerY = SLIDE_H - MARGIN_BOTTOM - f.h;
  const footer = { x: MARGIN_X, y: footerY, w: CONTENT_W, h: f.h, pt: f.pt };
  const s = fitText(slide.sourceLine, CONTENT_W, { maxPt: 11, minPt: 9, maxLines: 2 });
  const sourceY = footerY - s.h;
  const source = { x: MARGIN_X, y: sourceY, w: CONTENT_W, h: s.h, pt: s.pt };
  const chartBottom = sourceY - GAP;

  return {
    title,
    subtitle,
    chart: { x: MARGIN_X, y: chartTop, w: CONTENT_W, h: Math.max(1, chartBottom - chartTop) },
    source,
    footer,
  };
}

/** The largest box of the picture's aspect ratio that fits in `area`, centred in it. */
function containBox(area: Box, width: number, height: number): Box {
  if (!(width > 0) || !(height > 0)) return area;
  const scale = Math.min(area.w / width, area.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}

// ---------------------------------------------------------------- notes

function citationLine(source: ChartSource): string {
  return [source.publisher, source.title, source.date, source.url].filter((part) => part).join(t('charts.source.comma'));
}

/** The speaker notes: the summary, a blank line, then one line per cited source. */
export function speakerNotes(slide: Pick<PptxSlide, 'summary' | 'citations'>): string {
  const parts: string[] = [];
  if (slide.summary) parts.push(slide.summary, '');
  if (slide.citations.length > 0) parts.push(t('charts.pptx.notesSources'), ...slide.citations.map(citationLine));
  return parts.join('\n');
}

// ---------------------------------------------------------------- native charts

/** pptxgenjs's option type narrows two axis options the chart XML accepts. */
type ChartOptions = Omit<PptxGenJS.IChartOpts, 'catAxisOrientation' | 'catAxisCrossesAt'> & {
  catAxisOrientation?: 'minMax' | 'maxMin';
  /** Written on the value axis: where it crosses the category axis. */
  catAxisCrossesAt?: number | 'autoZero' | 'max';
};

/** What pptxgenjs cannot say per series, set in the chart XML afterwards. */
interface SeriesLabels {
  /** Data-label colour of each series (black or white on its fill). */
  colours: string[];
  /** Per series, the points whose label does not fit in its segment. */
  hidden: number[][];
}

interface NativeChartPlan {
  options: ChartOptions;
  labels: SeriesLabels | null;
}

const DATA_LABEL_PT = 12;

/**
 * Values for pptxgenjs. It writes `value || ''` into the embedded workbook, so
 * a 0 would become an empty cell (and a gap once the data is edited); the
 * string '0' is written as 0 in both the chart and the workbook. A null is
 * written as an empty point and an empty cell: a gap in a line, no segment in
 * a bar (never a made-up 0).
 */
function chartValues(values: readonly (number | null)[], count: number): number[] {
  const out: (number | string | null)[] = [];
  for (let i = 0; i < count; i++) {
    const v = values[i];
    out.push(v === null || v === undefined || !Number.isFinite(v) ? null : v === 0 ? '0' : v);
  }
  return out as number[];
}

/** Decimals the values need (0-2). */
function decimalsOf(values: readonly number[]): number {
  let decimals = 0;
  for (const v of values) {
    if (Math.abs(v * 10 - Math.round(v * 10)) > 1e-6) return 2;
    if (Math.abs(v - Math.round(v)) > 1e-6) decimals = 1;
  }
  return decimals;
}

/** Excel number format with thousands separators. */
function numberFormat(decimals: number, percent: boolean): string {
  return `#,##0${decimals > 0 ? '.' + '0'.repeat(decimals) : ''}${percent ? '"%"' : ''}`;
}

/**
 * A data label as the reader's PowerPoint will draw it, to measure whether it fits
 * its segment. PowerPoint writes the number format code in the viewer's own
 * locale, so the page's language is the best guess ("1 664,5" in French).
 */
function formatLabel(value: number, decimals: number, percent: boolean): string {
  const text = localeNumberFormat({
    signDisplay: 'negative',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
  return percent ? `${text}%` : text;
}

function nativeChartPlan(
  chart: NativeChart,
  box: Box,
  altText: string,
  objectName: string,
  language: DeckLanguage = deckLanguage('en'),
): NativeChartPlan {
  const isBar = chart.type === 'bar';
  const stacked = isBar && !!chart.stacked;
  const horizontal = isBar && !!chart.horizontal;
  const percent = !!chart.percent;
  const n = chart.categories.length;
  const colours = chart.series.map((s) => hexColour(s.colour));
  const numbers = chart.series.flatMap((s) =>
    s.values.filter((v): v is number => v !== null && Number.isFinite(v)),
  );
  const nonNegative = numbers.every((v) => v >= 0);
  const top = stacked
    ? Math.max(
        0,
        ...chart.categories.map((_, i) =>
          chart.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0),
        ),
      )
    : Math.max(0, ...numbers);
  const decimals = decimalsOf(numbers);
  // LibreOffice hides every other category label once they would wrap into each other, whatever tickLblSkip
  // says: a long list of categories (the 11 domains) gets type small enough for one line each.
  const catLabelPt = n > 10 ? 10 : n > 6 ? 12 : 14;

  const opts: ChartOptions = {
    ...box,
    objectName,
    altText,
    chartColors: colours.length > 0 ? colours : ['1F77B4'],
    // Legend whenever there is more than one series.
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontSize: 14,
    legendFontFace: FONT,
    legendColor: TEXT,
    // Axes.
    catAxisLabelFontSize: catLabelPt,
    catAxisLabelFontFace: FONT,
    catAxisLabelColor: TEXT,
    // Every category named: LibreOffice otherwise skips every other label on a long bar list.
    catAxisLabelFrequency: '1',
    catAxisLineShow: true,
    catAxisLineColor: AXIS_LINE,
    catGridLine: { style: 'none' },
    valAxisLabelFontSize: 12,
    valAxisLabelFontFace: FONT,
    valAxisLabelColor: MUTED,
    valAxisLineShow: false,
    // Ticks are round numbers: decimals only on a very short axis.
    valAxisLabelFormatCode: numberFormat(top > 0 && top < 5 ? 1 : 0, percent),
    valLabelFormatCode: numberFormat(decimals, percent),
    valGridLine: { color: GRID, size: 0.75, style: 'solid' },
    displayBlanksAs: 'gap',
    ...(language.lang ? { lang: language.lang } : {}),
  };
  if (nonNegative) opts.valAxisMinVal = 0;
  // A percentage axis ends at 100 when the data allow it (PowerPoint would otherwise pick 120).
  const percentAxis = percent && nonNegative && top > 0 && top <= 100 + 1e-9;
  if (percentAxis) opts.valAxisMaxVal = 100;

  if (chart.valueAxisTitle) {
    Object.assign(opts, {
      showValAxisTitle: true,
      valAxisTitle: chart.valueAxisTitle,
      valAxisTitleFontSize: 13,
      valAxisTitleFontFace: FONT,
      valAxisTitleColor: MUTED,
    });
  }
  if (chart.categoryAxisTitle) {
    Object.assign(opts, {
      showCatAxisTitle: true,
      catAxisTitle: chart.categoryAxisTitle,
      catAxisTitleFontSize: 13,
      catAxisTitleFontFace: FONT,
      catAxisTitleColor: MUTED,
    });
  }

  if (!isBar) {
    Object.assign(opts, { lineSize: 2.5, lineDataSymbol: n > 24 ? 'none' : 'circle', lineDataSymbolSize: 7 });
    return { options: opts, labels: null };
  }

  opts.barDir = horizontal ? 'bar' : 'col';
  opts.barGrouping = stacked ? 'stacked' : 'clustered';
  opts.barGapWidthPct = stacked ? 50 : 80;
  if (horizontal) {
    // First category at the top, as in the dashboard, with the value axis and
    // its labels still at the bottom ('low', pptxgenjs's default label
    // position for bars, would put them at the top once the order is reversed).
    opts.catAxisOrientation = 'maxMin';
    opts.catAxisCrossesAt = 'max';
    opts.valAxisLabelPos = 'nextTo';
  }
  const labelStyle = { dataLabelFontSize: DATA_LABEL_PT, dataLabelFontFace: FONT, showValue: true };

  if (!stacked) {
    // Values above the bars while they stay readable; zeros are labelled (a
    // missing value has no bar and no label, so the two stay apart).
    if (n * chart.series.length <= 24) {
      Object.assign(opts, labelStyle, {
        dataLabelPosition: 'outEnd',
        dataLabelFormatCode: numberFormat(decimals, percent),
        dataLabelColor: TEXT,
      });
    }
    return { options: opts, labels: null };
  }

  // Stacked: each segment's value inside it, when the segment can hold it.
  // The plot's extent is estimated from the chart box less axis labels, titles and legend.
  const catLabelW = Math.min(
    box.w * 0.4,
    Math.max(0, ...chart.categories.map((c) => textWidthIn(c, catLabelPt, false))),
  );
  const legendH = opts.showLegend ? 0.45 : 0;
  // Along the bars (the value direction) and across them (the category direction).
  const plotAlong = horizontal
    ? box.w - catLabelW - 0.4
    : box.h - legendH - 0.4 - (chart.categoryAxisTitle ? 0.3 : 0);
  const plotAcross = horizontal
    ? box.h - legendH - 0.3 - (chart.valueAxisTitle ? 0.3 : 0)
    : box.w - 0.6 - (chart.valueAxisTitle ? 0.3 : 0);
  const thickness = plotAcross / Math.max(1, n) / 1.5; // gap width 50%
  const axisTop = percentAxis ? 100 : top * 1.2;
  const labelH = (DATA_LABEL_PT * 1.2) / 72;
  // A bar thinner than the digits' height takes no labels at all.
  if (axisTop <= 0 || thickness < (horizontal ? (DATA_LABEL_PT * 0.95) / 72 : 0.3))
    return { options: opts, labels: null };

  const hidden = chart.series.map((s) =>
    chart.categories.flatMap((_, i) => {
      const v = s.values[i];
      if (v === null || v === undefined || !Number.isFinite(v) || v === 0) return [];
      const length = (Math.abs(v) / axisTop) * plotAlong;
      const labelW = textWidthIn(formatLabel(v, decimals, percent), DATA_LABEL_PT, false) + 0.08;
      const fits = horizontal ? length >= labelW : length >= labelH + 0.04 && thickness >= labelW;
      return fits ? [] : [i];
    }),
  );
  const labelColours = colours.map((hex) => hexColour(labelColourOn(`#${hex}`)));
  Object.assign(opts, labelStyle, {
    dataLabelPosition: 'ctr',
    // Zeros hidden (no segment to label).
    dataLabelFormatCode: `${numberFormat(decimals, percent)};-${numberFormat(decimals, percent)};;@`,
    // pptxgenjs has one label colour for all series; buildPptx then sets each series' own.
    dataLabelColor: labelColours[0] ?? TEXT,
  });
  return { options: opts, labels: { colours: labelColours, hidden } };
}

function nativeChartData(chart: NativeChart): PptxGenJS.OptsChartData[] {
  return chart.series.map((s) => ({
    name: s.name,
    labels: chart.categories,
    values: chartValues(s.values, chart.categories.length),
  }));
}

/**
 * Sets each series' data-label colour and deletes the labels that do not fit,
 * in the chart part of slide `slideNumber`.
 */
async function patchSeriesLabels(zip: JSZip, slideNumber: number, labels: SeriesLabels): Promise<void> {
  const rels = await zip.file(`ppt/slides/_rels/slide${slideNumber}.xml.rels`)?.async('string');
  const target = rels && /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
  const file = target ? zip.file(`ppt/charts/${target}`) : null;
  if (!target || !file) return;
  let index = 0;
  const xml = (await file.async('string')).replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const colour = labels.colours[index];
    const hidden = labels.hidden[index] ?? [];
    index += 1;
    let out = ser;
    if (colour) {
      out = out.replace(
        /(<c:dLbls>[\s\S]*?<a:defRPr[^>]*>\s*<a:solidFill>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}/,
        `$1${colour}`,
      );
    }
    if (hidden.length > 0) {
      // <c:dLbl> entries come first in <c:dLbls>.
      const deleted = hidden.map((i) => `<c:dLbl><c:idx val="${i}"/><c:delete val="1"/></c:dLbl>`).join('');
      out = out.replace('<c:dLbls>', `<c:dLbls>${deleted}`);
    }
    return out;
  });
  zip.file(`ppt/charts/${target}`, xml);
}

/**
 * pptxgenjs writes speaker notes as en-US whatever the text options say: their
 * runs are marked in the deck's language here, and right to left for Arabic.
 */
async function patchNotesLanguage(zip: JSZip, count: number, language: DeckLanguage): Promise<void> {
  if (!language.lang) return;
  const lang = language.lang;
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const path = `ppt/notesSlides/notesSlide${i + 1}.xml`;
      const file = zip.file(path);
      if (!file) return;
      const xml = (await file.async('string')).replace(
        /(<p:ph type="body"[^>]*\/>[\s\S]*?<a:p>)(<a:r>)?<a:rPr lang="en-US"([\s\S]*?)<a:endParaRPr lang="en-US"/,
        (_all, head: string, run: string | undefined, middle: string) =>
          `${head}${language.rtl ? '<a:pPr rtl="1" algn="r"/>' : ''}${run ?? ''}<a:rPr lang="${lang}"${middle}<a:endParaRPr lang="${lang}"`,
      );
      zip.file(path, xml);
    }),
  );
}

// ---------------------------------------------------------------- deck

/** Adds one slide; returns what its chart's series labels need set afterwards. */
function addSlide(pptx: PptxGenJS, slide: PptxSlide, language: DeckLanguage): SeriesLabels | null {
  const s = pptx.addSlide();
  s.background = { color: 'FFFFFF' };
  const layout = layoutSlide(slide);
  const text = { fontFace: FONT, margin: 0, valign: 'top' as const, fit: 'shrink' as const, ...languageOptions(language) };

  s.addText(slide.title, {
    ...text,
    ...layout.title,
    fontSize: layout.title.pt,
    bold: true,
    color: TEXT,
    objectName: 'Title',
  });
  if (slide.subtitle && layout.subtitle) {
    s.addText(slide.subtitle, {
      ...text,
      ...layout.subtitle,
      fontSize: layout.subtitle.pt,
      color: MUTED,
      objectName: 'Subtitle',
    });
  }

  const altText = slide.summary || slide.title;
  let labels: SeriesLabels | null = null;
  if (slide.chart && slide.chart.series.length > 0 && slide.chart.categories.length > 0) {
    const type = slide.chart.type === 'bar' ? pptx.ChartType.bar : pptx.ChartType.line;
    const plan = nativeChartPlan(slide.chart, layout.chart, altText, slide.chartId, language);
    s.addChart(type, nativeChartData(slide.chart), plan.options as PptxGenJS.IChartOpts);
    labels = plan.labels;
  } else if (slide.image) {
    const box = containBox(layout.chart, slide.image.width, slide.image.height);
    s.addImage({ data: slide.image.dataUrl, ...box, altText, objectName: slide.chartId });
  }

  s.addText(slide.sourceLine, {
    ...text,
    ...layout.source,
    fontSize: layout.source.pt,
    color: MUTED,
    objectName: 'Source line',
  });
  s.addText(slide.footer, {
    ...text,
    ...layout.footer,
    fontSize: layout.footer.pt,
    color: MUTED,
    objectName: 'Footer',
  });

  const notes = speakerNotes(slide);
  if (notes) s.addNotes(notes);
  return labels;
}

/**
 * Builds a 16:9 deck (one slide per entry, in order) and returns it as a Blob
 * (application/vnd.openxmlformats-officedocument.presentationml.presentation).
 * pptxgenjs is imported dynamically inside so it stays out of first loads.
 */
export async function buildPptx(
  unsafeSlides: readonly PptxSlide[],
  unsafeTitle: string,
  locale: Locale = activeLocale(),
): Promise<Blob> {
  const language = deckLanguage(locale);
  // A slide is XML inside the zip: text that XML forbids would make PowerPoint refuse the whole deck.
  const slides = xmlSafeDeep(unsafeSlides);
  const deckTitle = xmlSafe(unsafeTitle);
  const [{ default: PptxGenJSClass }, { default: JSZipClass }] = await Promise.all([
    import('pptxgenjs'),
    import('jszip'),
  ]);
  const pptx = new PptxGenJSClass();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deckTitle;
  pptx.subject = deckTitle;
  const author = xmlSafe(deckAuthor());
  pptx.author = author;
  // pptxgenjs 4.0.1 writes the company into docProps/app.xml without escaping it.
  pptx.company = author.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // Right-to-left presentation (slide order and default paragraph direction) for Arabic.
  if (language.rtl) pptx.rtlMode = true;

  const seriesLabels = slides.map((slide) => addSlide(pptx, slide, language));

  // pptxgenjs 4.0.1's write() only compresses when given no outputType, and
  // then mistakes its props object for one; every outputType it accepts is
  // stored uncompressed (3-4 times larger). So: take the stored zip as an
  // ArrayBuffer (the same in browsers and Node), patch the chart XML, and
  // deflate it with the JSZip that pptxgenjs bundles anyway.
  const stored = await pptx.write({ outputType: 'arraybuffer' });
  const zip = await JSZipClass.loadAsync(stored as ArrayBuffer);
  await Promise.all(
    seriesLabels.map((labels, i) => (labels ? patchSeriesLabels(zip, i + 1, labels) : undefined)),
  );
  if (language.lang) await patchNotesLanguage(zip, slides.length, language);
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_MIME });
}
