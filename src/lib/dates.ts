// Dates are kept at the precision their source gives: "2015", "2015-03" or
// "2015-03-29". These helpers never invent the missing parts: a month-precision
// date is placed in its month, shown as "Mar 2015", and sorts at the start of
// that month only for ordering.

import { dateFormat, formatLocale } from '../i18n/format-locale';

type DatePrecision = 'year' | 'month' | 'day';

/**
 * The years a bundle may name, in dates and in per-year counts. Wide enough for
 * any record about Moroccan jihadism and its sources; narrow enough that a
 * typo (216 for 2016, 20016) is an error with its path, not a timeline of 20,000
 * empty years that freezes the tab. README "Data bundle" states it.
 */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

export const isYearInRange = (year: number) => Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

export function parsePartialDate(value: string): DateParts | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (!isYearInRange(year)) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, month, day };
}

export function isValidPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

export function precisionOf(value: string): DatePrecision {
  const parts = parsePartialDate(value);
  if (!parts || parts.month === null) return 'year';
  return parts.day === null ? 'month' : 'day';
}

/** A month's name in the page's language: 0 -> "Jan" (English), "janv." (French), "يناير" (Arabic). */
export function monthName(index: number, width: 'short' | 'long' = 'short'): string {
  const month = ((index % 12) + 12) % 12;
  if (formatLocale() === 'en' && width === 'short') return MONTHS[month] ?? '';
  return dateFormat({ month: width }).format(Date.UTC(2000, month, 1));
}

/** Approximate dates' prefix in each language. */
const ABOUT: Record<string, string> = { en: 'c. ', fr: 'vers ', ar: 'حوالي ' };

/**
 * "29 Mar 2018", "Mar 2018", "2018"; "c. " before approximate dates. In French and
 * Arabic the month is written out by Intl at the date's own precision: "juin 2014",
 * "يونيو 2014", "3 juin 2014".
 */
export function formatPartialDate(value: string, approximate = false): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  const locale = formatLocale();
  if (locale !== 'en') {
    const about = approximate ? (ABOUT[locale] ?? '') : '';
    if (parts.month === null) return `${about}${parts.year}`;
    const date = Date.UTC(parts.year, parts.month - 1, parts.day ?? 1);
    const options: Intl.DateTimeFormatOptions =
      parts.day === null ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
    return `${about}${dateFormat(options).format(date)}`;
  }
  const month = parts.month === null ? '' : `${MONTHS[parts.month - 1] ?? ''} `;
  const day = parts.day === null ? '' : `${parts.day} `;
  return `${approximate ? 'c. ' : ''}${day}${month}${parts.year}`;
}

/** Sort key: the first day of the period the date names (UTC ms). */
export function startOf(value: string): number {
  const parts = parsePartialDate(value);
  if (!parts) return Number.NaN;
  return Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

export function comparePartialDates(a: string, b: string): number {
  const diff = startOf(a) - startOf(b);
  if (diff !== 0) return diff;
  // Same start: the more precise date sorts after the vaguer one.
  return a.length - b.length;
}
