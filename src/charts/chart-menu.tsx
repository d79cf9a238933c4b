import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useChartHost } from './chart-host';
import type { ChartTable } from './chart-types';
import { composeSvg, slidePlotBox, svgToPng, type ExportColours, type LegendItem } from './export/compose-svg';
import { embedSnippet } from './export/share-links';
import { downloadBlob, downloadText } from '../lib/download';

interface Props {
  chartId: string;
  title: string;
  frameRef: RefObject<HTMLElement | null>;
  /** The chart's own SVG (null for HTML charts, whose exports draw the table). */
  getPlot: () => Promise<SVGSVGElement | null>;
  /** The chart drawn off screen at a slide's size (null for HTML charts); `release` removes it. */
  getSlidePlot: (box: { width: number; height: number }) => Promise<{ plot: SVGSVGElement | null; release: () => void }>;
  table: ChartTable;
  /** What an HTML chart's slide image shows (the table, or a shorter one). */
  slideTable: ChartTable;
  legend: LegendItem[];
  sourceLine: string;
  /** The one-line source for slide images; the full list is in the CSV and on the Sources page. */
  shortSourceLine: string;
  version: string;
  onCsv: () => void;
}

type Preset = { kind: 'png'; ratio: 1 | 2 } | { kind: 'slide' } | { kind: 'slide-svg' } | { kind: 'svg' };
type Action = 'png' | 'png2' | 'slide' | 'slide-svg' | 'svg' | 'csv' | 'copy-image' | 'link' | 'embed' | 'embed-slide';

const ITEMS: [string, Action][] = [
  ['Download PNG', 'png'],
  ['Download PNG (2×)', 'png2'],
  ['Download slide PNG (1920 × 1080)', 'slide'],
  ['Download SVG', 'svg'],
  ['Download slide SVG (1920 × 1080)', 'slide-svg'],
  ['Download CSV', 'csv'],
  ['Copy image', 'copy-image'],
  ['Copy link to this view', 'link'],
  ['Copy embed code', 'embed'],
  ['Copy embed code for a slide (16:9)', 'embed-slide'],
];

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

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Downloads and sharing for one chart: PNG (1x, 2x, 16:9 slide), SVG, CSV, link and embed code. */
export function ChartMenu({ chartId, title, frameRef, getPlot, getSlidePlot, table, slideTable, legend, sourceLine, shortSourceLine, version, onCsv }: Props) {
  const host = useChartHost();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      const root = buttonRef.current?.parentElement;
      if (root && event.target instanceof Node && !root.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const compose = async (preset: Preset) => {
    const frame = frameRef.current;
    if (!frame) throw new Error('The chart is not on screen.');
    // The frame's own caption and reading, never another chart's.
    const subtitle = frame.querySelector(':scope > .chart-frame__head > .chart-frame__subtitle')?.textContent ?? undefined;
    const summary = frame.querySelector(':scope > .chart-frame__summary')?.textContent ?? undefined;
    const footer = `Morocco & ISIS dashboard, data version ${version}. ${viewUrl()}`;
    const colours = themeColours(frame);
    if (preset.kind === 'slide' || preset.kind === 'slide-svg') {
      const base = {
        title,
        subtitle,
        summary,
        sourceLine: `${shortSourceLine}; full list in the CSV and on the dashboard's Sources page`,
        footer,
        table: slideTable,
        colours,
      };
      // The plot is drawn for the slide (see ChartFrame); its legend is read from that drawing.
      const { plot, release } = await getSlidePlot(slidePlotBox({ ...base, legend: legend.length ? legend : drawnLegend(await getPlot()) }));
      try {
        return composeSvg({ ...base, legend: legend.length ? legend : drawnLegend(plot), plot, width: 1920, slide: true });
      } finally {
        release();
      }
    }
    const plot = await getPlot();
    const onScreen = plot?.getBoundingClientRect().width ?? frame.getBoundingClientRect().width - 48;
    return composeSvg({
      title,
      subtitle,
      summary,
      legend: legend.length ? legend : drawnLegend(plot),
      sourceLine,
      footer,
      plot,
      table,
      width: Math.max(Math.round(onScreen + 48), 480),
      colours,
    });
  };

  /** The address of the full view with this chart's state (an embed's or slide's own address is not a view). */
  const viewUrl = () => (host.viewPath ? new URL(host.viewPath, location.origin).href : location.href);

  const run = async (preset: Preset) => {
    setOpen(false);
    try {
      const { svg, width, height } = await compose(preset);
      if (preset.kind === 'svg' || preset.kind === 'slide-svg') {
        const suffix = preset.kind === 'slide-svg' ? '-slide-1920x1080' : '';
        downloadText(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, `${chartId}${suffix}.svg`, 'image/svg+xml');
        setStatus('SVG downloaded.');
      } else {
        const ratio = preset.kind === 'slide' ? 1 : preset.ratio;
        const png = await svgToPng(svg, width, height, ratio);
        const suffix = preset.kind === 'slide' ? '-slide-1920x1080' : ratio === 2 ? '@2x' : '';
        downloadBlob(png, `${chartId}${suffix}.png`);
        setStatus('PNG downloaded.');
      }
    } catch (error) {
      setStatus(`Download failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const share = async (what: 'link' | 'embed' | 'embed-slide') => {
    setOpen(false);
    const text =
      what === 'link'
        ? viewUrl()
        : embedSnippet(location.origin, chartId, location.search, title, what === 'embed-slide' ? 'slide' : 'article');
    if (await copyText(text)) {
      setManualCopy(null);
      setStatus(what === 'link' ? 'Link copied.' : 'Embed code copied.');
    } else {
      setManualCopy(text);
      setStatus('Copy the text below.');
    }
  };

  /**
   * The chart as a 2x PNG on the clipboard, for pasting into slides and documents.
   * The image is handed over as a promise, so the click still counts as the
   * user's gesture while the picture is drawn.
   */
  const copyImage = async () => {
    setOpen(false);
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
      setStatus('This browser cannot copy images; use Download PNG.');
      return;
    }
    const png = compose({ kind: 'png', ratio: 2 }).then(({ svg, width, height }) => svgToPng(svg, width, height, 2));
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      setStatus('Image copied.');
    } catch (error) {
      setStatus(`Copy failed: ${error instanceof Error ? error.message : String(error)}. Use Download PNG instead.`);
    }
  };

  const act = (action: Action) => {
    if (action === 'png') void run({ kind: 'png', ratio: 1 });
    else if (action === 'png2') void run({ kind: 'png', ratio: 2 });
    else if (action === 'slide') void run({ kind: 'slide' });
    else if (action === 'svg') void run({ kind: 'svg' });
    else if (action === 'slide-svg') void run({ kind: 'slide-svg' });
    else if (action === 'copy-image') void copyImage();
    else if (action === 'csv') {
      setOpen(false);
      onCsv();
      setStatus('CSV downloaded.');
    } else void share(action);
  };

  return (
    <div className="chart-menu">
      <button
        ref={buttonRef}
        type="button"
        className="toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        Share and download
      </button>
      <ul id={menuId} className="chart-menu__list" hidden={!open}>
        {ITEMS.map(([label, action]) => (
          <li key={label}>
            <button type="button" onClick={() => act(action)}>
              {label}
            </button>
          </li>
        ))}
        <li className="chart-menu__hint">
          Embed id: <code>{chartId}</code>
        </li>
      </ul>
      <p className="chart-menu__status" role="status" aria-live="polite">
        {status}
      </p>
      {manualCopy && (
        <label className="field chart-menu__manual">
          <span>Select and copy</span>
          <textarea readOnly value={manualCopy} rows={3} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

