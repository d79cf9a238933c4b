// Where a partial date lies on the event timeline's axis, in months (month
// index, fractional). A day sits within its month; a month or a year is a span
// over the whole month or year, never a guessed day.
import { comparePartialDates, parsePartialDate } from '../../../lib/dates';
import type { CellEvent } from '../../../data/schema';
import { monthIndex, type MonthSpan } from './periods';

export type MarkShape = 'point' | 'month' | 'year';

/** Where a partial date lies on the axis, in months: [start, end) and the point of a day. */
export interface TimeSpan {
  start: number;
  end: number;
  shape: MarkShape;
}

export function timeSpanOf(date: string): TimeSpan | null {
  const parts = parsePartialDate(date);
  if (!parts) return null;
  if (parts.month === null) {
    const start = monthIndex(parts.year, 1);
    return { start, end: start + 12, shape: 'year' };
  }
  const month = monthIndex(parts.year, parts.month);
  if (parts.day === null) return { start: month, end: month + 1, shape: 'month' };
  const days = new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate();
  const at = month + (parts.day - 0.5) / days;
  return { start: at, end: at, shape: 'point' };
}

/** Whether any part of a span lies in a domain of whole months [start, end + 1). */
export function spanOverlaps(span: TimeSpan, domain: MonthSpan): boolean {
  const end = domain.end + 1;
  return span.shape === 'point'
    ? span.start >= domain.start && span.start < end
    : span.start < end && span.end > domain.start;
}

export function overlaps(date: string, domain: MonthSpan): boolean {
  const span = timeSpanOf(date);
  return span !== null && spanOverlaps(span, domain);
}

/** The events with any part of their date in the domain, in date order: what the chart draws and walks through. */
export function eventsInDomain<T extends { event: CellEvent }>(events: readonly T[], domain: MonthSpan): T[] {
  return events
    .filter((e) => overlaps(e.event.date, domain))
    .sort((a, b) => comparePartialDates(a.event.date, b.event.date) || a.event.id.localeCompare(b.event.id));
}
