// Spreadsheet cells to record fields, each conversion saying in plain words
// what is wrong ("'2017-13' is not a year, month or day"). Blank cells are
// missing values: undefined for optional fields, null where the format has one.
import { isolate, t } from '../../i18n/i18n';
import { isValidPartialDate, isYearInRange, YEAR_RANGE } from '../../lib/dates';

export type Cell = string | undefined;

/** A conversion's result: a value, or what is wrong with the cell. */
export type Converted<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Converted<T> => ({ ok: true, value });
const bad = (message: string): Converted<never> => ({ ok: false, message });

const FORMULA_CHARS = /^'(?=[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/;

/**
 * The cell as text. The app's CSVs put an apostrophe before text a spreadsheet
 * would run as a formula ('=…); that mark is removed so an export imports back
 * unchanged. A formula itself (=HYPERLINK(…)) is kept as the plain text it is.
 */
export function cleanText(cell: Cell): string | undefined {
  if (cell === undefined) return undefined;
  const trimmed = cell.trim();
  if (trimmed === '') return undefined;
  return trimmed.replace(FORMULA_CHARS, '');
}

/**
 * A cell's text as the messages quote it, cut at 40 characters (the messages add the
 * quotation marks); kept in its own order inside an Arabic sentence.
 */
export const quoted = (text: string) => isolate(text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function toInteger(cell: Cell): Converted<number | null> {
  const text = cleanText(cell);
  if (text === undefined) return ok(null);
  const normalised = text.replace(/[\s\u00A0\u202F,]/g, '');
  if (!/^\d+$/.test(normalised)) return bad(t('ownData.cell.notWholeNumber', { value: quoted(text) }));
  return ok(Number(normalised));
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'vrai', 'oui']);
const FALSE = new Set(['false', 'no', 'n', '0', 'faux', 'non']);

export function toBoolean(cell: Cell, fallback: boolean): Converted<boolean> {
  const text = cleanText(cell)?.toLowerCase();
  if (text === undefined) return ok(fallback);
  if (TRUE.has(text)) return ok(true);
  if (FALSE.has(text)) return ok(false);
  return bad(t('ownData.cell.notYesNo', { value: quoted(text) }));
}

/** A date at its real precision. Day-first dates from spreadsheets (29/03/2018) are read too. */
export function toPartialDate(cell: Cell): Converted<string | undefined> {
  const text = cleanText(cell);
  if (text === undefined) return ok(undefined);
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  const value = dayFirst
    ? `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`
    : text;
  const notADate = bad(t('ownData.cell.notDate', { value: quoted(text) }));
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return notADate;
  if (!isYearInRange(Number(value.slice(0, 4)))) {
    return bad(
      t('ownData.cell.outsideYears', { value: quoted(text), min: String(YEAR_RANGE.min), max: String(YEAR_RANGE.max) }),
    );
  }
  if (!isValidPartialDate(value)) return notADate;
  return ok(value);
}

/** "a | b | c" -> ["a", "b", "c"], as the app's exports join lists. */
export function toList(cell: Cell): string[] {
  const text = cleanText(cell);
  if (text === undefined) return [];
  return text
    .split(/\s*\|\s*/)
    .map((part) => cleanText(part))
    .filter((part): part is string => part !== undefined);
}

/** Any number written plainly (a latitude, -9.59815); blank is null. */
export function toNumber(cell: Cell): Converted<number | null> {
  const text = cleanText(cell);
  if (text === undefined) return ok(null);
  const value = Number(text);
  if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) || !Number.isFinite(value)) {
    return bad(t('ownData.cell.notNumber', { value: quoted(text) }));
  }
  return ok(value);
}

/**
 * "a |  | c" -> ["a", undefined, "c"]: a list whose places matter (each place's
 * id beside its city), so a blank stays a blank. '' -> [].
 */
export function toAlignedList(cell: Cell): (string | undefined)[] {
  const text = cleanText(cell);
  if (text === undefined) return [];
  return text.split('|').map((part) => cleanText(part));
}
