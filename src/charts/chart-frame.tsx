import { Suspense, useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useBundle } from '../data/bundle-query';
import type { Bundle, Source } from '../data/schema';
import { toCsv } from '../lib/csv';
import { downloadText } from '../lib/download';
import { ChartErrorBoundary } from './chart-error-boundary';
import { useChartHost } from './chart-host';
import { ChartMenu } from './chart-menu';
import type { LegendItem } from './export/compose-svg';
import { ChartTableView } from './chart-table';
import type { ChartTable } from './chart-types';
import { SourceLine, sourceLineText } from './source-line';
import { useNearViewport } from './use-near-viewport';
import { takeStaticPlot } from './static-plots';

const selectVersion = (bundle: Bundle) => bundle.meta.version;

export interface ChartFrameProps {
  /** The chart's embed id, also the base of download file names. */
  chartId: string;
  title: string;
  /** One line: the date and who said it. */
  subtitle?: ReactNode;
  sources: Source[];
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
  /** The chart itself, usually a lazily loaded Recharts component. */
  children: ReactNode;
  /**
   * Draw the plot only once the frame comes near the screen (the default), so
   * chart code runs for what the reader sees. Plots that are plain HTML, cheap
   * and worth finding in the page, pass false.
   */
  deferUntilNear?: boolean;
}

export function ChartFrame(props: ChartFrameProps) {
  const {
    chartId,
    title,
    subtitle,
    sources,
    summary,
    table,
    height,
    emptyReason,
    notes,
    controls,
    legend,
    children,
  } = props;
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const frameRef = useRef<HTMLElement>(null);
  const host = useChartHost();
  const Heading = host.headingLevel === 1 ? 'h1' : 'h2';
  const headingId = useId();
  const summaryId = useId();
  const version = useBundle(selectVersion).data ?? 'unknown';
  // A keyboard or pointer reaching the frame (e.g. to export) draws the chart even before it scrolls in.
  const [near, reveal] = useNearViewport(frameRef, props.deferUntilNear !== false);
  const placeholder = <div className="chart-placeholder" style={{ height }} aria-hidden="true" />;

  // The picture this chart drew in the prerendered first screen (src/charts/static-plots.ts).
  // It stands in for the chart, with no chart code run, only while it is certainly the
  // same picture: drawn from this bundle version, at this width, and with nothing
  // re-rendered since (any change of data or view state re-renders the frame's parent,
  // which makes new children). Theme colours are CSS variables in the picture as in the
  // live chart. The reader reaching for the chart draws it live.
  const [saved] = useState(() => takeStaticPlot(chartId));
  // Compared with the first render, so that once the picture is set aside it never comes back.
  const [firstChildren] = useState(children);
  const [firstVersion] = useState(version);
  const [savedFits, setSavedFits] = useState(true);
  const [reached, setReached] = useState(false);
  const savedValid =
    saved !== undefined &&
    saved.version === firstVersion &&
    version === firstVersion &&
    children === firstChildren &&
    savedFits;
  const showSaved = savedValid && !reached;
  const reach = () => {
    setReached(true);
    reveal();
  };
  const holdSaved = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element || !saved) return;
      if (!element.firstChild)
        for (const child of saved.node.childNodes) element.append(child.cloneNode(true));
      const observer = new ResizeObserver(([entry]) => {
        const width = entry?.contentRect.width ?? 0;
        if (width > 0 && Math.abs(width - saved.width) > 1) setSavedFits(false);
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [saved],
  );
  const savedPlaceholder = (
    <div
      className="chart-placeholder chart-placeholder--saved"
      style={{ height }}
      aria-hidden="true"
      ref={holdSaved}
    />
  );

  const downloadCsv = () => {
    const csv = toCsv(
      table.columns.map((c) => c.label),
      table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null)),
      [
        title,
        `Source: ${sourceLineText(sources, true)}`,
        `Data bundle version ${version}. Derived values are computed by the dashboard, not stated by sources.`,
      ],
    );
    downloadText(csv, `${chartId}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <figure
      ref={frameRef}
      className={`chart-frame chart-frame--${host.mode}`}
      aria-labelledby={headingId}
      data-chart-id={chartId}
      onFocus={near && !showSaved ? undefined : reach}
      onPointerEnter={near && !showSaved ? undefined : reach}
    >
      <figcaption className="chart-frame__head">
        <Heading id={headingId} className="chart-frame__title">
          {title}
        </Heading>
        {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
      </figcaption>
      <div className="chart-frame__toolbar">
        {controls && <div className="chart-frame__controls">{controls}</div>}
        <div className="chart-frame__actions" role="group" aria-label={`${title}: view and download`}>
          <button
            type="button"
            className="toggle"
            aria-pressed={mode === 'chart'}
            onClick={() => setMode('chart')}
          >
            Chart
          </button>
          <button
            type="button"
            className="toggle"
            aria-pressed={mode === 'table'}
            onClick={() => setMode('table')}
          >
            Table
          </button>
          <ChartMenu
            chartId={chartId}
            title={title}
            frameRef={frameRef}
            table={table}
            legend={legend ?? []}
            sourceLine={sourceLineText(sources)}
            version={version}
            onCsv={downloadCsv}
          />
        </div>
      </div>
      <p id={summaryId} className="chart-frame__summary">
        {summary}
      </p>
      {mode === 'table' ? (
        <ChartTableView table={table} caption={title} />
      ) : emptyReason ? (
        <div className="chart-state" style={{ minHeight: height }}>
          <p>{emptyReason}</p>
        </div>
      ) : (
        <div className="chart-frame__plot" style={{ minHeight: height }} aria-describedby={summaryId}>
          <ChartErrorBoundary title={title}>
            {showSaved ? (
              savedPlaceholder
            ) : near ? (
              <Suspense fallback={savedValid ? savedPlaceholder : placeholder}>{children}</Suspense>
            ) : (
              placeholder
            )}
          </ChartErrorBoundary>
        </div>
      )}
      {notes && <div className="chart-frame__notes">{notes}</div>}
      <SourceLine sources={sources} />
      {host.mode === 'embed' && host.viewPath && (
        <p className="chart-frame__full-view">
          <a href={host.viewPath} target="_blank" rel="noopener noreferrer">
            Open in the full dashboard
          </a>
        </p>
      )}
    </figure>
  );
}
