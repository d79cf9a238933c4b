// Text from a bundle may hold anything JSON allows: control characters,
// noncharacters, lone surrogates. Each output format accepts less, so each has
// one sanitiser, applied where the file's text is produced. What cannot be
// written becomes U+FFFD (the replacement character), so the reader sees that
// something was there, and nothing else in the text moves.

export const REPLACEMENT = '\uFFFD';

// XML 1.0 allows tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and U+10000 up.
// Everything else (C0 controls, U+FFFE, U+FFFF, surrogates not in a pair) makes
// the file ill-formed: no editor or browser opens it, and an SVG of it does not draw.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A serializer may write such a character as a reference (&#1; or &#xFFFE;), which XML forbids as well.
const XML_INVALID_REFERENCE = /&#(?:x([0-9a-f]+)|([0-9]+));/gi;

function xmlAllowed(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Text that can go into an XML file (SVG, PowerPoint's XML parts) as it is. */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, REPLACEMENT).replace(XML_INVALID_REFERENCE, (whole, hex?: string, dec?: string) => {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return xmlAllowed(code) ? whole : REPLACEMENT;
  });
}

// A CSV is read by spreadsheets that stop at NUL, break rows on other controls
// and cannot encode a lone surrogate as UTF-8. Tab, LF and CR stay: quoting keeps them in their cell.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CSV_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for a CSV cell (before quoting and formula neutralising, which csv.ts does). */
export function csvSafe(text: string): string {
  return text.replace(CSV_INVALID, REPLACEMENT);
}

/** Every string inside a value (objects and arrays, not modified in place) made XML-safe. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = xmlSafeDeep(item);
    return out as T;
  }
  return value;
}
