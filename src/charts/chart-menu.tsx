import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { ChartExportInput } from './export/chart-export';
import { embedSnippet } from './export/share-links';
import { copyText } from '../lib/clipboard';
import { downloadBlob, downloadText } from '../lib/download';

interface Props {
  chartId: string;
  title: string;
  /** What the exports need, built by the frame when a download is asked for. */
  exportInput: () => ChartExportInput;
  onCsv: () => void;
}

// The dialog's code loads when it is opened; the exports' code when a download is asked for.
const EmbedDialog = lazy(() => import('./embed-dialog'));
const loadExports = () => import('./export/chart-export');

type Preset = { kind: 'png'; ratio: 1 | 2 } | { kind: 'slide' } | { kind: 'slide-svg' } | { kind: 'svg' };
type Action =
  | 'png'
  | 'png2'
  | 'slide'
  | 'slide-svg'
  | 'svg'
  | 'pptx'
  | 'csv'
  | 'copy-image'
  | 'link'
  | 'embed'
  | 'embed-slide'
  | 'embed-dialog';

const ITEMS: [string, Action][] = [
  ['Download PNG', 'png'],
  ['Download PNG (2×)', 'png2'],
  ['Download slide PNG (1920 × 1080)', 'slide'],
  ['Download SVG', 'svg'],
  ['Download slide SVG (1920 × 1080)', 'slide-svg'],
  ['Download PowerPoint slide (.pptx)', 'pptx'],
  ['Download CSV', 'csv'],
  ['Copy image', 'copy-image'],
  ['Copy link to this view', 'link'],
  ['Copy embed code', 'embed'],
  ['Copy embed code for a slide (16:9)', 'embed-slide'],
  ['Embed: sizes, preview and image links…', 'embed-dialog'],
];

/** Downloads and sharing for one chart: PNG (1x, 2x, 16:9 slide), SVG, CSV, link and embed code. */
export function ChartMenu({ chartId, title, exportInput, onCsv }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const [dialog, setDialog] = useState(false);
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
    const { composeChart } = await loadExports();
    return composeChart(exportInput(), preset.kind === 'slide' || preset.kind === 'slide-svg' ? 'slide' : 'picture');
  };

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
        const { svgToPng } = await loadExports();
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
        ? exportInput().viewUrl
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
    const png = Promise.all([compose({ kind: 'png', ratio: 2 }), loadExports()]).then(([{ svg, width, height }, { svgToPng }]) =>
      svgToPng(svg, width, height, 2),
    );
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      setStatus('Image copied.');
    } catch (error) {
      setStatus(`Copy failed: ${error instanceof Error ? error.message : String(error)}. Use Download PNG instead.`);
    }
  };

  const pptx = async () => {
    setOpen(false);
    setStatus('Making the PowerPoint slide…');
    try {
      const { pptxSlideOf, pptxDeck } = await loadExports();
      const deck = await pptxDeck([await pptxSlideOf(exportInput())], title);
      downloadBlob(deck, `${chartId}.pptx`);
      setStatus('PowerPoint slide downloaded.');
    } catch (error) {
      setStatus(`PowerPoint download failed: ${error instanceof Error ? error.message : String(error)}${navigator.onLine ? '' : ' (its code is fetched the first time it is used: go online once)'}`);
    }
  };

  const act = (action: Action) => {
    if (action === 'png') void run({ kind: 'png', ratio: 1 });
    else if (action === 'png2') void run({ kind: 'png', ratio: 2 });
    else if (action === 'slide') void run({ kind: 'slide' });
    else if (action === 'svg') void run({ kind: 'svg' });
    else if (action === 'slide-svg') void run({ kind: 'slide-svg' });
    else if (action === 'copy-image') void copyImage();
    else if (action === 'pptx') void pptx();
    else if (action === 'embed-dialog') {
      setOpen(false);
      setDialog(true);
    }
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
      {dialog && (
        <Suspense fallback={null}>
          <EmbedDialog
            chartId={chartId}
            title={title}
            search={location.search}
            onClose={() => {
              setDialog(false);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
      {manualCopy && (
        <label className="field chart-menu__manual">
          <span>Select and copy</span>
          <textarea readOnly value={manualCopy} rows={3} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

