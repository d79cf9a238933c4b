/**
 * Text that would run script or mislead a reader if a view ever put it into
 * the page as markup instead of text. Each payload that could execute sets
 * `window.__pwned`, so a browser test can prove none ran.
 */
export const SCRIPT_PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<svg onload="window.__pwned = 1"><circle r="1"/></svg>',
  '<svg><script>window.__pwned = 1</script></svg>',
  '"><iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  '\'"><a href="javascript:window.__pwned = 1">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 1">',
  '{{constructor.constructor("window.__pwned = 1")()}}',
] as const;

/** Unicode bidi overrides and invisible characters: shown as they are, never trusted for layout or links. */
export const UNICODE_PAYLOADS = [
  'Total \u202Egnp.exe\u202C figures',
  '\u2066isolate\u2069 \u200Fright-to-left mark\u200E',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  'مغرب ⵍⵎⵖⵔⵉⴱ Maroc',
] as const;

/** Source addresses that must never become links; the schema refuses them. */
export const UNSAFE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  'java\tscript:window.__pwned=1',
] as const;

export const HOSTILE_STRINGS: readonly string[] = [...SCRIPT_PAYLOADS, ...UNICODE_PAYLOADS];
