// The app's one CSV cell encoder. Every CSV the app writes (chart tables,
// countermeasures, and any later download) goes through toCsv, so quoting,
// formula neutralising and character safety live here and nowhere else.
import { csvSafe } from './safe-text';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A cell a spreadsheet would evaluate: it starts with =, +, -, @, a tab, CR or LF,
 * after any spaces (some importers trim them), or with the full-width forms of
 * = + - @ that East Asian input methods produce and Excel reads as the ASCII ones.
 */
const FORMULA_START = /^[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/** Text cells only: a typed number is never a formula, so real negative numbers stay numbers. */
function textCell(text: string): string {
  const safe = csvSafe(text);
  return FORMULA_START.test(safe) ? `'${safe}` : safe;
}

function cell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') {
    // NaN and Infinity are not figures; -0 is 0.
    text = Number.isFinite(value) ? String(value === 0 ? 0 : value) : '';
  } else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = textCell(value);
  // RFC 4180 quoting.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Columns added to every row, the same value in each: where the figures come
 * from and which data version they are. Kept in the table (not in "#" lines
 * before the header, which spreadsheets read as data rows) so they survive
 * sorting, filtering and copying rows elsewhere.
 */
export type CsvCitation = Record<string, string>;

/**
 * CSV text as spreadsheets open it: a UTF-8 byte-order mark (Excel otherwise
 * reads UTF-8 as the local code page and mangles "Laâyoune"), one header row,
 * then the rows, CRLF line ends; the citation columns last.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], citation: CsvCitation = {}): string {
  const extraNames = Object.keys(citation);
  const extraValues = Object.values(citation);
  const lines = [
    [...header, ...extraNames].map(cell).join(','),
    ...rows.map((row) => [...row, ...extraValues].map(cell).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
