import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { ChartExportInput } from './export/chart-export';
import { embedSnippet } from './export/share-links';
import { copyText } from '../lib/clipboard';
import { downloadBlob, downloadText } from '../lib/download';
import type { MessageId } from '../i18n/i18n';
import { useT } from '../i18n/use-t';

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

const ITEMS: [MessageId, Action][] = [
  ['charts.menu.png', 'png'],
  ['charts.menu.png2', 'png2'],
  ['charts.menu.slidePng', 'slide'],
  ['charts.menu.svg', 'svg'],
  ['charts.menu.slideSvg', 'slide-svg'],
  ['charts.menu.pptx', 'pptx'],
  ['charts.menu.csv', 'csv'],
  ['charts.menu.copyImage', 'copy-image'],
  ['charts.menu.copyLink', 'link'],
  ['charts.menu.copyEmbed', 'embed'],
  ['charts.menu.copyEmbedSlide', 'embed-slide'],
  ['charts.menu.embedDialog', 'embed-dialog'],
];

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Downloads and sharing for one chart: PNG (1x, 2x, 16:9 slide), SVG, CSV, link and embed code. */
export function ChartMenu({ chartId, title, exportInput, onCsv }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const [dialog, setDialog] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const t = useT();

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
        setStatus(t('charts.menu.svgDone'));
      } else {
        const ratio = preset.kind === 'slide' ? 1 : preset.ratio;
        const { svgToPng } = await loadExports();
        const png = await svgToPng(svg, width, height, ratio);
        const suffix = preset.kind === 'slide' ? '-slide-1920x1080' : ratio === 2 ? '@2x' : '';
        downloadBlob(png, `${chartId}${suffix}.png`);
        setStatus(t('charts.menu.pngDone'));
      }
    } catch (error) {
      setStatus(t('charts.menu.downloadFailed', { error: errorText(error) }));
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
      setStatus(what === 'link' ? t('charts.menu.linkCopied') : t('charts.menu.embedCopied'));
    } else {
      setManualCopy(text);
      setStatus(t('charts.menu.copyBelow'));
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
      setStatus(t('charts.menu.noImageCopy'));
      return;
    }
    const png = Promise.all([compose({ kind: 'png', ratio: 2 }), loadExports()]).then(([{ svg, width, height }, { svgToPng }]) =>
      svgToPng(svg, width, height, 2),
    );
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      setStatus(t('charts.menu.imageCopied'));
    } catch (error) {
      setStatus(t('charts.menu.copyFailed', { error: errorText(error) }));
    }
  };

  const pptx = async () => {
    setOpen(false);
    setStatus(t('charts.menu.pptxMaking'));
    try {
      const { pptxSlideOf, pptxDeck } = await loadExports();
      const deck = await pptxDeck([await pptxSlideOf(exportInput())], title);
      downloadBlob(deck, `${chartId}.pptx`);
      setStatus(t('charts.menu.pptxDone'));
    } catch (error) {
      setStatus(
        navigator.onLine
          ? t('charts.menu.pptxFailed', { error: errorText(error) })
          : t('charts.menu.pptxFailedOffline', { error: errorText(error) }),
      );
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
      setStatus(t('charts.menu.csvDone'));
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
        {t('charts.menu.button')}
      </button>
      <ul id={menuId} className="chart-menu__list" hidden={!open}>
        {ITEMS.map(([label, action]) => (
          <li key={action}>
            <button type="button" onClick={() => act(action)}>
              {t(label)}
            </button>
          </li>
        ))}
        <li className="chart-menu__hint">
          {t('charts.menu.embedId')} <code>{chartId}</code>
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
          <span>{t('charts.menu.selectAndCopy')}</span>
          <textarea readOnly value={manualCopy} rows={3} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

