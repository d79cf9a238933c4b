import { activeLocale } from '../../i18n/i18n';
import { localizePath } from '../../i18n/locales';

/** The message an embedded chart posts to its parent with its content height. */
export const EMBED_HEIGHT_MESSAGE = 'morocco-ct-embed-height';

/**
 * The /embed URL for a chart, carrying the current view's state (and ?data=), in the
 * page's language: /fr/embed/<id> from a French page, so the embed reads as the page did.
 */
export function embedUrl(origin: string, chartId: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('slide');
  const query = params.toString();
  return `${origin}${localizePath(`/embed/${encodeURIComponent(chartId)}`, activeLocale())}${query ? `?${query}` : ''}`;
}

/**
 * Where the embed goes: an article (responsive width, auto height), a 16:9
 * slide (a 1280x720 box that scales down with its container), or a fixed box.
 */
export type EmbedSize = 'article' | 'slide' | { width: number; height: number };

export interface EmbedOptions {
  /**
   * Compact chrome for a fixed box: title, chart, one-line source, link; no controls or
   * tables. Slides always are; an article embed never is (it grows with its content).
   */
  compact?: boolean;
}

/** Widths and heights a fixed embed may have: from a phone column to a 4K screen. */
export const FIXED_LIMITS = { min: 200, max: 3840 } as const;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function clampSide(n: number): number {
  return Math.round(Math.min(FIXED_LIMITS.max, Math.max(FIXED_LIMITS.min, Number.isFinite(n) ? n : FIXED_LIMITS.min)));
}

/** The embed address for a size: slides (and compact embeds) ask for compact chrome. */
export function embedSrc(origin: string, chartId: string, search: string, size: EmbedSize, options: EmbedOptions = {}): string {
  const params = new URLSearchParams(search);
  if (size === 'slide' || (typeof size === 'object' && options.compact)) params.set('mode', 'compact');
  else params.delete('mode');
  return embedUrl(origin, chartId, `?${params.toString()}`);
}

/**
 * Embed code. For an article: an iframe at a starting height (what remains
 * where scripts are stripped), plus a few lines of script that resize it to the
 * height the embed posts, growing and shrinking. For a slide: the compact chart
 * (title, chart, one-line source, link) in a 16:9 box that fits a 1280x720
 * slide and scales down with its container; it needs no script. A fixed size
 * is an iframe of exactly that size, which the compact chart fills.
 */
export function embedSnippet(
  origin: string,
  chartId: string,
  search: string,
  title: string,
  size: EmbedSize = 'article',
  options: EmbedOptions = {},
): string {
  const src = embedSrc(origin, chartId, search, size, options);
  if (size === 'slide') {
    return `<iframe src="${attr(src)}" title="${attr(title)}" width="1280" height="720" style="border:0;width:100%;max-width:1280px;height:auto;aspect-ratio:16/9"></iframe>`;
  }
  if (typeof size === 'object') {
    const width = clampSide(size.width);
    const height = clampSide(size.height);
    return `<iframe src="${attr(src)}" title="${attr(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  }
  const height = 520;
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px";});});</script>`,
  ].join('\n');
}

/** The build's fallback pictures of a chart in its default state (scripts/prerender.mjs writes them). */
export function imageLinks(origin: string, chartId: string): { png: string; svg: string; slide: string } {
  const base = `${origin}/images/${encodeURIComponent(chartId)}`;
  return { png: `${base}.png`, svg: `${base}.svg`, slide: `${base}-slide.png` };
}
