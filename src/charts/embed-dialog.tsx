import './embed-dialog.css';
import { useEffect, useId, useRef, useState } from 'react';
import {
  EMBED_HEIGHT_MESSAGE,
  embedSnippet,
  embedSrc,
  FIXED_LIMITS,
  imageLinks,
  type EmbedSize,
} from './export/share-links';
import { copyText } from '../lib/clipboard';
import type { MessageId } from '../i18n/i18n';
import { useT } from '../i18n/use-t';

interface Props {
  chartId: string;
  title: string;
  /** The current view's query (its state), carried into the embed. */
  search: string;
  onClose: () => void;
}

type SizeChoice = 'article' | 'slide' | 'fixed';

const SIZE_LABELS: Record<SizeChoice, MessageId> = {
  article: 'charts.embed.sizeArticle',
  slide: 'charts.embed.sizeSlide',
  fixed: 'charts.embed.sizeFixed',
};

/** The build's fallback pictures, by the label their link has. */
type ImageKind = 'png' | 'svg' | 'slide';
const IMAGE_LABELS: Record<ImageKind, MessageId> = {
  png: 'charts.embed.imagePng',
  svg: 'charts.embed.imageSvg',
  slide: 'charts.embed.imageSlide',
};

/** The preview's width before the dialog is measured; larger embeds are shown scaled down to the dialog. */
const PREVIEW_WIDTH = 560;
/** An article embed is previewed at a typical article column width. */
const ARTICLE_WIDTH = 600;

function side(value: string): number {
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n) : 0;
}

/**
 * Embed code with a choice of size and a live preview of exactly that code's
 * iframe (scaled to fit the dialog), and links to the build's fallback images
 * for places that strip scripts and iframes.
 */
export default function EmbedDialog({ chartId, title, search, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const previewRef = useRef<HTMLIFrameElement>(null);
  const headingId = useId();
  const [choice, setChoice] = useState<SizeChoice>('article');
  const [width, setWidth] = useState('800');
  const [height, setHeight] = useState('450');
  const [compact, setCompact] = useState(true);
  const [articleHeight, setArticleHeight] = useState(520);
  const [status, setStatus] = useState('');
  const [room, setRoom] = useState(PREVIEW_WIDTH);
  const previewBoxRef = useRef<HTMLElement>(null);
  const t = useT();

  // The preview scales to the room the dialog has (a phone's is narrower than the embed).
  useEffect(() => {
    const node = previewBoxRef.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setRoom(Math.max(120, Math.floor(node.clientWidth))));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  const w = side(width);
  const h = side(height);
  const fixedError =
    choice === 'fixed' && (w < FIXED_LIMITS.min || w > FIXED_LIMITS.max || h < FIXED_LIMITS.min || h > FIXED_LIMITS.max)
      ? t('charts.embed.fixedError', { min: String(FIXED_LIMITS.min), max: String(FIXED_LIMITS.max) })
      : null;
  const size: EmbedSize = choice === 'fixed' ? { width: w, height: h } : choice;
  const origin = location.origin;
  const code = embedSnippet(origin, chartId, search, title, size, { compact });
  const src = embedSrc(origin, chartId, search, size, { compact });
  const images = imageLinks(origin, chartId);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    const close = () => onClose();
    dialog.addEventListener('close', close);
    return () => dialog.removeEventListener('close', close);
  }, [onClose]);

  // The article preview follows its embed's height messages, as the embed code's script does.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (event.origin !== origin || event.source !== previewRef.current?.contentWindow) return;
      if (data?.type === EMBED_HEIGHT_MESSAGE && typeof data.height === 'number') setArticleHeight(data.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [origin]);

  const box = choice === 'article' ? { width: ARTICLE_WIDTH, height: articleHeight } : choice === 'slide' ? { width: 1280, height: 720 } : { width: w, height: h };
  const scale = Math.min(1, room / box.width);

  const copyCode = async (text: string, copied: string) => {
    setStatus((await copyText(text)) ? copied : t('charts.embed.copyManually'));
  };

  return (
    <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={headingId}>
      <div className="embed-dialog__body">
        <h2 id={headingId} className="embed-dialog__title">
          {t('charts.embed.heading', { title })}
        </h2>
        <fieldset className="embed-dialog__sizes">
          <legend>{t('charts.embed.size')}</legend>
          {(Object.keys(SIZE_LABELS) as SizeChoice[]).map((option) => (
            <label key={option}>
              <input type="radio" name={`${headingId}-size`} value={option} checked={choice === option} onChange={() => setChoice(option)} />{' '}
              {t(SIZE_LABELS[option])}
            </label>
          ))}
          {choice === 'fixed' && (
            <div className="embed-dialog__fixed">
              <label className="field">
                <span>{t('charts.embed.width')}</span>
                <input type="number" inputMode="numeric" min={FIXED_LIMITS.min} max={FIXED_LIMITS.max} value={width} onChange={(e) => setWidth(e.target.value)} />
              </label>
              <label className="field">
                <span>{t('charts.embed.height')}</span>
                <input type="number" inputMode="numeric" min={FIXED_LIMITS.min} max={FIXED_LIMITS.max} value={height} onChange={(e) => setHeight(e.target.value)} />
              </label>
              <label>
                <input type="checkbox" checked={compact} onChange={(e) => setCompact(e.target.checked)} />{' '}
                {t('charts.embed.compact')}
              </label>
            </div>
          )}
          {fixedError && (
            <p className="embed-dialog__error" role="alert">
              {fixedError}
            </p>
          )}
        </fieldset>

        <label className="field embed-dialog__code">
          <span>{t('charts.embed.code')}</span>
          <textarea readOnly value={fixedError ? '' : code} rows={choice === 'article' ? 5 : 3} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <p className="embed-dialog__actions">
          <button type="button" className="toggle" disabled={fixedError !== null} onClick={() => void copyCode(code, t('charts.embed.codeCopied'))}>
            {t('charts.embed.copyCode')}
          </button>
          <span role="status" aria-live="polite">
            {status}
          </span>
        </p>

        <section ref={previewBoxRef} className="embed-dialog__preview" aria-label={t('charts.embed.preview')}>
          <h3>
            {t('charts.embed.preview')}{' '}
            <span className="muted">
              {scale < 1
                ? t('charts.embed.previewScaled', { width: String(box.width), height: String(box.height), percent: String(Math.round(scale * 100)) })
                : t('charts.embed.previewSize', { width: String(box.width), height: String(box.height) })}
            </span>
          </h3>
          {!fixedError && (
            <div className="embed-dialog__stage" style={{ width: box.width * scale, height: box.height * scale }}>
              <iframe
                ref={previewRef}
                key={src}
                src={src}
                title={t('charts.embed.previewTitle', { title })}
                width={box.width}
                height={box.height}
                style={{ transform: scale < 1 ? `scale(${scale})` : undefined }}
              />
            </div>
          )}
        </section>

        <section className="embed-dialog__images" aria-label={t('charts.embed.imageLinks')}>
          <h3>{t('charts.embed.imageLinks')}</h3>
          <p className="muted">{t('charts.embed.imageLinksHint')}</p>
          <ul>
            {(Object.keys(IMAGE_LABELS) as ImageKind[]).map((kind) => (
              <li key={kind}>
                <a href={images[kind]} target="_blank" rel="noopener noreferrer">
                  {t(IMAGE_LABELS[kind])}
                </a>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void copyCode(images[kind], t('charts.embed.imageLinkCopied', { label: t(IMAGE_LABELS[kind]) }))}
                >
                  {t('charts.embed.copyImageLink')}
                </button>
              </li>
            ))}
          </ul>
        </section>

        <form method="dialog" className="embed-dialog__close">
          <button type="submit" className="toggle">
            {t('charts.embed.close')}
          </button>
        </form>
      </div>
    </dialog>
  );
}
