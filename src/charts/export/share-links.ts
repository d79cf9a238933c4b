/** The message an embedded chart posts to its parent with its content height. */
export const EMBED_HEIGHT_MESSAGE = 'morocco-ct-embed-height';

/** The /embed URL for a chart, carrying the current view's state (and ?data=). */
export function embedUrl(origin: string, chartId: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('slide');
  const query = params.toString();
  return `${origin}/embed/${encodeURIComponent(chartId)}${query ? `?${query}` : ''}`;
}

/** Where the embed goes: an article (responsive width, auto height) or a 16:9 slide (fixed box, compact). */
export type EmbedSize = 'article' | 'slide';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Embed code. For an article: an iframe at a starting height (what remains
 * where scripts are stripped), plus a few lines of script that resize it to the
 * height the embed posts, growing and shrinking. For a slide: the compact chart
 * (title, chart, one-line source, link) in a 16:9 box that fits a 1280x720
 * slide and scales down with its container; it needs no script.
 */
export function embedSnippet(origin: string, chartId: string, search: string, title: string, size: EmbedSize = 'article'): string {
  if (size === 'slide') {
    const params = new URLSearchParams(search);
    params.set('mode', 'compact');
    const src = embedUrl(origin, chartId, `?${params.toString()}`);
    return `<iframe src="${attr(src)}" title="${attr(title)}" width="1280" height="720" style="border:0;width:100%;max-width:1280px;height:auto;aspect-ratio:16/9"></iframe>`;
  }
  const height = 520;
  const src = embedUrl(origin, chartId, search);
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px";});});</script>`,
  ].join('\n');
}
