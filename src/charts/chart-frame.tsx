import { Suspense, useCallback, useContext, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useHeadingLevel } from '../components/heading-level';
import { ToggleButtons } from '../components/toggle-group';
import { toCsv } from '../lib/csv';
import { siteHref } from '../lib/same-origin';
import { downloadText } from '../lib/download';
import { activeLocale, t as translate, type MessageId } from '../i18n/i18n';
import { localeFromPath, localizePath } from '../i18n/locales';
import { useT } from '../i18n/use-t';
import { ChartErrorBoundary } from './chart-error-boundary';
import { useChartHost } from './chart-host';
import { ChartMenu } from './chart-menu';
import type { ChartExportInput } from './export/chart-export';
import type { LegendItem } from './export/compose-svg';
import type { NativeChart } from './export/pptx';
import { DeckContext } from './deck-context';
import { ChartTableView } from './chart-table';
import type { ChartSource, ChartTable } from './chart-types';
import { PlotRefContext } from './plot-ref';
import { PlotHeightContext, SlideDrawingContext } from './plot-height';
import { ShortSourceLine, shortSourceText, SourceLine, sourceLineText } from './source-line';
import { useFitBox } from './use-fit-box';
import { useNearViewport } from './use-near-viewport';
import { useSavedPlot } from './use-saved-plot';

const MODES = ['chart', 'table'] as const;
const MODE_LABELS: Record<(typeof MODES)[number], MessageId> = { chart: 'charts.frame.modeChart', table: 'charts.frame.modeTable' };

interface ChartFrameProps {
  /** The chart's embed id, also the base of download file names. */
  chartId: string;
  title: string;
  /** One line: the date and who said it. */
  subtitle?: ReactNode;
  sources: readonly ChartSource[];
  /** The data bundle version, cited in every export. */
  version: string;
  /** A generated one-sentence reading of the data, for everyone and for screen readers. */
  summary: string;
  table: ChartTable;
  /** Fixed chart height in px, so nothing shifts when the chart code arrives. */
  height: number;
  /** When set, there is nothing to draw and this says why. */
  emptyReason?: string | null;
  notes?: ReactNode;
  /** Controls that change what the chart shows (toggles, selectors). */
  controls?: ReactNode;
  /** Legend entries for exports (Recharts legends are HTML and would be lost). */
  legend?: LegendItem[];
  /**
   * 'svg' (the default): the chart attaches `usePlotRef()` to the SVG it draws and
   * image exports copy that node. 'html': the chart is HTML; image exports draw the table.
   */
  plot?: 'svg' | 'html';
  /**
   * A shorter table for slide images of HTML charts (the matrix's counts
   * without its long title lists); the full table stays in the CSV.
   */
  slideTable?: ChartTable;
  /** The chart as a native PowerPoint chart (bars, stacked bars, lines) with its data; others are placed as pictures. */
  nativeChart?: NativeChart | null;
  /** The chart itself, usually a lazily loaded Recharts component. */
  children: ReactNode;
  /**
   * Draw the plot only once the frame comes near the screen (the default), so
   * chart code runs for what the reader sees. Plots that are plain HTML, cheap
   * and worth finding in the page, pass false.
   */
  deferUntilNear?: boolean;
}

/**
 * The address of the full view with this chart's state, for exports' footers
 * (an embed's or slide's own address is not a view). The build's fallback
 * images (scripts/prerender.mjs) are drawn on a local server: they name the
 * site's origin when the build knows it, else the path alone, never a local address.
 */
function viewUrl(viewPath: string | undefined): string {
  const path = viewPath ? localizedViewPath(viewPath) : siteHref(location.pathname, location.search);
  const origin = document.documentElement.dataset.exportOrigin ?? location.origin;
  return origin ? new URL(path, origin).href : path;
}

/**
 * A host's full-view path ("/fighters?view=percent", as the router sees it) in the
 * page's language: "/fr/fighters?view=percent" on a French page. A path that
 * already names a language is left as it is.
 */
function localizedViewPath(viewPath: string): string {
  if (localeFromPath(viewPath) !== 'en') return viewPath;
  return localizePath(viewPath, activeLocale());
}

/**
 * The plot's own SVG is always laid out left to right, whatever the page's
 * direction (see the note where the plot is rendered): this ref marks the SVG
 * as it is attached, so Recharts' coordinates and text anchors are unaffected.
 */
function ltrPlotRef(): { current: SVGSVGElement | null } {
  let node: SVGSVGElement | null = null;
  return {
    get current() {
      return node;
    },
    set current(next: SVGSVGElement | null) {
      node = next;
      if (next) {
        next.setAttribute('dir', 'ltr');
        next.setAttribute('direction', 'ltr');
      }
    },
  };
}

/** How long an export waits for a chart whose code is still loading. */
const PLOT_WAIT_MS = 5000;

/**
 * The one frame every chart sits in: title, subtitle, controls, Chart/Table,
 * downloads and sharing, summary, notes, source line and (in an embed) the way
 * to the full view. It takes everything it shows as props and fetches nothing.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { chartId, title, subtitle, sources, version, summary, table, height, emptyReason, notes, controls, legend, children } =
    props;
  const svgPlot = (props.plot ?? 'svg') === 'svg';
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const frameRef = useRef<HTMLElement>(null);
  const [plotRef] = useState(ltrPlotRef);
  const t = useT();
  const host = useChartHost();
  const Heading = useHeadingLevel() === 1 ? 'h1' : 'h2';
  const headingId = useId();
  const summaryId = useId();
  // A keyboard or pointer reaching the frame (e.g. to export) draws the chart even before it scrolls in.
  const [near, reveal] = useNearViewport(frameRef, props.deferUntilNear !== false);
  const { valid: savedValid, showing: savedShowing, hold: holdSaved, reach: setSavedAside } = useSavedPlot(
    chartId,
    version,
    children,
  );
  const reach = useCallback(() => {
    setSavedAside();
    reveal();
  }, [setSavedAside, reveal]);
  const compact = host.compact === true;
  // Compact chrome fills its box: the plot gets the height that is left.
  const { measureBox, measureContent, height: fitHeight, scale } = useFitBox(compact, svgPlot);
  const plotHeight = compact ? fitHeight : null;
  const boxHeight = plotHeight ?? height;
  const placeholder = <div className="chart-placeholder" style={{ height: boxHeight }} aria-hidden="true" />;
  const savedPlaceholder = (
    <div className="chart-placeholder chart-placeholder--saved" style={{ height: boxHeight }} aria-hidden="true" ref={holdSaved} />
  );
  const drawsPlot = svgPlot && mode === 'chart' && !emptyReason;
  const plotContent = savedShowing ? (
    savedPlaceholder
  ) : near ? (
    <Suspense fallback={savedValid ? savedPlaceholder : placeholder}>{children}</Suspense>
  ) : (
    placeholder
  );

  /** The chart's own SVG for an export: drawn live first if a saved picture or a placeholder stands in for it. */
  const getPlot = useCallback(async (): Promise<SVGSVGElement | null> => {
    if (!drawsPlot) return null;
    reach();
    const started = performance.now();
    while (!plotRef.current?.isConnected) {
      if (performance.now() - started > PLOT_WAIT_MS) throw new Error(translate('charts.frame.notDrawnYet'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return plotRef.current;
  }, [drawsPlot, reach, plotRef]);

  /**
   * The chart drawn again, off screen, at a slide's size: a slide image is made
   * from a plot drawn for it, so its type is as large as a slide needs, rather
   * than the on-screen plot stretched (whose labels then come out too small).
   */
  const [slideBox, setSlideBox] = useState<{ width: number; height: number } | null>(null);
  const [slidePlotRef] = useState(ltrPlotRef);
  const slideRenderRef = useRef<HTMLDivElement>(null);
  const getSlidePlot = useCallback(
    async (box: { width: number; height: number }): Promise<{ plot: SVGSVGElement | null; release: () => void }> => {
      const release = () => setSlideBox(null);
      if (!drawsPlot) return { plot: null, release };
      // The chart's code is loaded by drawing it on the page first.
      await getPlot();
      const started = performance.now();
      const drawn = async (target: { width: number; height: number }) => {
        setSlideBox(target);
        const ready = () => {
          const svg = slidePlotRef.current;
          if (!svg?.isConnected) return false;
          const rect = svg.getBoundingClientRect();
          const box = slideRenderRef.current;
          return Math.abs(rect.width - target.width) < 2 && rect.height > 0 && box?.style.height === `${target.height}px` && box.contains(svg);
        };
        while (!ready()) {
          if (performance.now() - started > PLOT_WAIT_MS) {
            release();
            throw new Error(translate('charts.frame.slideNotDrawn'));
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        // Two frames, so labels measured in the first pass are drawn in place.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return slidePlotRef.current?.getBoundingClientRect().height ?? target.height;
      };
      const first = await drawn(box);
      // A chart that draws something beside its SVG (a note, a key) gets that room back, so the plot fills the slide.
      if (first < box.height - 2) await drawn({ width: box.width, height: Math.round(box.height + (box.height - first)) });
      return { plot: slidePlotRef.current, release };
    },
    [drawsPlot, getPlot, slidePlotRef],
  );

  /** What the exports need, read when a download is asked for (so it is always the current state). */
  const exportInput = (): ChartExportInput => {
    const frame = frameRef.current;
    if (!frame) throw new Error(translate('charts.frame.notOnScreen'));
    return {
      chartId,
      title,
      frame,
      getPlot,
      getSlidePlot,
      table,
      slideTable: props.slideTable ?? table,
      legend: legend ?? [],
      summary,
      sources,
      sourceLine: sourceLineText(sources),
      shortSourceLine: shortSourceText(sources, false),
      version,
      viewUrl: viewUrl(host.viewPath),
      nativeChart: props.nativeChart ?? null,
    };
  };
  const inputRef = useRef(exportInput);
  useLayoutEffect(() => {
    inputRef.current = exportInput;
  });
  // On /present the deck download asks each slide's frame for its PowerPoint slide.
  const deck = useContext(DeckContext);
  useEffect(() => (deck ? deck.register(chartId, () => inputRef.current()) : undefined), [deck, chartId]);

  const downloadCsv = () => {
    const csv = toCsv(
      table.columns.map((c) => c.label),
      table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null)),
      {
        [t('charts.csv.chart')]: title,
        [t('charts.csv.source')]: sourceLineText(sources, true),
        [t('charts.csv.dataVersion')]: t('charts.csv.dataVersionValue', { version }),
      },
    );
    downloadText(csv, `${chartId}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <figure
      ref={frameRef}
      className={`chart-frame chart-frame--${host.mode}${compact ? ' chart-frame--compact' : ''}`}
      aria-labelledby={headingId}
      data-chart-id={chartId}
      onFocus={near && !savedShowing ? undefined : reach}
      onPointerEnter={near && !savedShowing ? undefined : reach}
    >
      <figcaption className="chart-frame__head">
        <Heading id={headingId} className="chart-frame__title" tabIndex={-1}>
          {title}
        </Heading>
        {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
      </figcaption>
      {!compact && (
        <div className="chart-frame__toolbar">
          {controls && <div className="chart-frame__controls">{controls}</div>}
          <div className="chart-frame__actions" role="group" aria-label={t('charts.frame.actionsLabel', { title })}>
            <ToggleButtons options={MODES} labels={{ chart: t(MODE_LABELS.chart), table: t(MODE_LABELS.table) }} value={mode} onChange={setMode} />
            <ChartMenu chartId={chartId} title={title} exportInput={exportInput} onCsv={downloadCsv} />
          </div>
        </div>
      )}
      <p id={summaryId} className={compact ? 'visually-hidden' : 'chart-frame__summary'}>
        {summary}
      </p>
      {mode === 'table' ? (
        <ChartTableView table={table} caption={title} />
      ) : emptyReason ? (
        <div className="chart-state" style={{ minHeight: height }}>
          <p>{emptyReason}</p>
        </div>
      ) : (
        // Right-to-left pages (Arabic): the time axis still runs left to right, as in the
        // Arabic-language press, and the bundle's years are written in Western digits. Only
        // the plot's own SVG is laid out left to right (ltrPlotRef sets dir="ltr" on it), so
        // Recharts' coordinates and text anchors are unaffected; everything around it (title,
        // legend and tooltips, which Recharts draws as HTML beside the SVG, notes, table and
        // menus) inherits the page's direction, so Arabic text reads right to left.
        <div
          ref={measureBox}
          className="chart-frame__plot"
          style={compact ? undefined : { minHeight: height }}
          aria-describedby={summaryId}
        >
          <ChartErrorBoundary title={title}>
            <PlotRefContext.Provider value={plotRef}>
              <PlotHeightContext.Provider value={plotHeight}>
                {compact && !svgPlot ? (
                  <div
                    ref={measureContent}
                    className="chart-frame__scaled"
                    data-scale={scale.toFixed(3)}
                    style={scale < 1 ? { transform: `scale(${scale})` } : undefined}
                  >
                    {plotContent}
                  </div>
                ) : (
                  plotContent
                )}
              </PlotHeightContext.Provider>
            </PlotRefContext.Provider>
          </ChartErrorBoundary>
        </div>
      )}
      {notes && !compact && <div className="chart-frame__notes">{notes}</div>}
      {compact && legend && legend.length > 0 && mode === 'chart' && (
        // The notes (where such charts keep their key) are folded away on a slide; the legend never is.
        <ul className="chart-frame__legend" aria-label={t('charts.frame.legendLabel')}>
          {legend.map((item) => (
            <li key={item.label}>
              <span
                className={`chart-frame__swatch${item.derived ? ' chart-frame__swatch--derived' : ''}${item.hollow ? ' chart-frame__swatch--hollow' : ''}`}
                style={{ color: item.colour, backgroundColor: item.derived || item.hollow ? undefined : item.colour }}
                aria-hidden="true"
              />
              {item.derived ? t('charts.legend.derived', { label: item.label }) : item.label}
            </li>
          ))}
        </ul>
      )}
      {compact ? <ShortSourceLine sources={sources} fullListHref={siteHref('/sources')} /> : <SourceLine sources={sources} />}
      {slideBox && (
        <div
          ref={slideRenderRef}
          className="chart-slide-render"
          aria-hidden="true" inert style={{ width: slideBox.width, height: slideBox.height }}>
          <PlotRefContext.Provider value={slidePlotRef}>
            <PlotHeightContext.Provider value={slideBox.height}>
              <SlideDrawingContext.Provider value={true}>
                <Suspense fallback={null}>{children}</Suspense>
              </SlideDrawingContext.Provider>
            </PlotHeightContext.Provider>
          </PlotRefContext.Provider>
        </div>
      )}
      {host.mode === 'embed' && host.viewPath && (
        <p className="chart-frame__full-view">
          <a href={localizedViewPath(host.viewPath)} target="_blank" rel="noopener noreferrer">
            {t('charts.frame.openFullView')}
          </a>
        </p>
      )}
    </figure>
  );
}
