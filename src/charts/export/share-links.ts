/** The message an embedded chart posts to its parent with its content height. */
export const EMBED_HEIGHT_MESSAGE = 'morocco-ct-embed-height';

/** The /embed URL for a chart, carrying the current view's state (and ?data=). */
export function embedUrl(origin: string, chartId: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('slide');
  const query = params.toString();
  return `${origin}/embed/${encodeURIComponent(chartId)}${query ? `?${query}` : ''}`;
}

/**
 * An iframe at a fixed height (what remains where scripts are stripped), plus a
 * few lines of script that resize it to the height the embed posts.
 */
export function embedSnippet(origin: string, chartId: string, search: string, title: string, height = 520): string {
  const src = embedUrl(origin, chartId, search);
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px";});});</script>`,
  ].join('\n');
}
