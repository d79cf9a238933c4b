// Periods of the timeline: a year ("2016"), a quarter ("2016-Q3") or a month
// ("2016-10"). Every period is also a span of months, so a date of any
// precision can be tested against any period without inventing a day.
import { t } from '../../../i18n/i18n';
import { monthName, parsePartialDate } from '../../../lib/dates';

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** A span of months, as month indexes (year * 12 + month - 1), both ends included. */
export interface MonthSpan {
  start: number;
  end: number;
}

const PERIOD = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})))?$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/** "2016-03" -> month index; null when not a real YYYY-MM. */
export function parseMonth(value: string | null): number | null {
  if (value === null) return null;
  const match = MONTH.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  return monthIndex(year, month);
}

/** Month index -> "2016-03". */
export function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The months a partial date could fall in: "2016" spans 12 months, "2016-03" and "2016-03-29" one. */
export function dateSpan(date: string): MonthSpan | null {
  const parts = parsePartialDate(date);
  if (!parts) return null;
  if (parts.month === null) return { start: monthIndex(parts.year, 1), end: monthIndex(parts.year, 12) };
  const index = monthIndex(parts.year, parts.month);
  return { start: index, end: index };
}

export function periodSpan(period: string): MonthSpan | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) return null;
  if (match[2] !== undefined) {
    const start = monthIndex(year, (Number(match[2]) - 1) * 3 + 1);
    return { start, end: start + 2 };
  }
  if (match[3] !== undefined) {
    const month = Number(match[3]);
    if (month < 1 || month > 12) return null;
    const index = monthIndex(year, month);
    return { start: index, end: index };
  }
  return { start: monthIndex(year, 1), end: monthIndex(year, 12) };
}

export function isPeriod(value: string): boolean {
  return periodSpan(value) !== null;
}

export function granularityOfPeriod(period: string): Granularity | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  if (match[2] !== undefined) return 'quarter';
  return match[3] !== undefined ? 'month' : 'year';
}

/** The period of a month index at a granularity. */
function periodOfMonth(index: number, granularity: Granularity): string {
  const year = Math.floor(index / 12);
  if (granularity === 'year') return String(year);
  if (granularity === 'quarter') return `${year}-Q${Math.floor((index % 12) / 3) + 1}`;
  return formatMonth(index);
}

/**
 * The bucket a date belongs to, or null when the date is vaguer than the
 * bucket (a year-only date has no month or quarter: it is never guessed).
 */
export function periodOfDate(date: string, granularity: Granularity): string | null {
  const span = dateSpan(date);
  if (!span) return null;
  const start = periodOfMonth(span.start, granularity);
  return start === periodOfMonth(span.end, granularity) ? start : null;
}

export const contains = (outer: MonthSpan, inner: MonthSpan) =>
  inner.start >= outer.start && inner.end <= outer.end;

/** "2016", "Q3 2016", "Oct 2016" (in French "T3 2016", "oct. 2016"). */
export function formatPeriod(period: string): string {
  const match = PERIOD.exec(period);
  if (!match) return period;
  const year = match[1] ?? '';
  if (match[2] !== undefined) return t('timeline.period.quarter', { quarter: match[2], year });
  if (match[3] !== undefined) {
    const month = Number(match[3]);
    return month >= 1 && month <= 12 ? `${monthName(month - 1)} ${year}` : `${match[3]} ${year}`;
  }
  return year || period;
}

/** Every period at a granularity from the first to the last month, in order. */
export function periodsBetween(span: MonthSpan, granularity: Granularity): string[] {
  const periods: string[] = [];
  let index = span.start;
  while (index <= span.end) {
    const period = periodOfMonth(index, granularity);
    periods.push(period);
    const own = periodSpan(period);
    index = (own?.end ?? index) + 1;
  }
  return periods;
}

/** Label steps that keep ticks on round periods: every n months, quarters or years. */
const TICK_STEPS: Record<Granularity, number[]> = {
  month: [1, 2, 3, 6, 12, 24, 36, 60],
  quarter: [1, 2, 4, 8, 12, 20],
  year: [1, 2, 5, 10, 20],
};

/**
 * The axis interval (labels skipped between two shown) for `count` periods
 * where about `room` month or quarter labels ("Oct 2016") fit, or twice as
 * many year labels: the smallest round step that fits. A fixed
 * step spares Recharts measuring every label's text, which forces a layout of
 * the whole page each time.
 */
export function periodTickInterval(granularity: Granularity, count: number, room: number): number {
  const steps = TICK_STEPS[granularity];
  const fit = granularity === 'year' ? room * 2 : room;
  const step = steps.find((s) => Math.ceil(count / s) <= fit) ?? steps[steps.length - 1] ?? 1;
  return step - 1;
}
