import { comparePartialDates } from '../../../lib/dates';
import type { ContextCategory, ContextEvent } from '../../../data/schema';
import { contains, dateSpan, periodOfDate, type Granularity, type MonthSpan } from './periods';

export interface ContextMarker {
  event: ContextEvent;
  /** 1-based number shown on the chart and in the key; stable across granularities. */
  number: number;
  /** The bucket the event sits in, or null when its date is vaguer than the buckets. */
  period: string | null;
  /** Position among markers of the same bucket, so labels stack instead of overlapping. */
  stack: number;
}

/** Context events of the chosen categories within the timeline, numbered in date order. */
export function contextMarkers(
  events: readonly ContextEvent[],
  categories: readonly ContextCategory[],
  granularity: Granularity,
  extent: MonthSpan | null,
): ContextMarker[] {
  const shown = new Set(categories);
  const perPeriod = new Map<string, number>();
  return [...events]
    .filter((e) => {
      const span = dateSpan(e.date);
      return span !== null && extent !== null && contains(extent, span);
    })
    .sort((a, b) => comparePartialDates(a.date, b.date))
    .map((event, index) => ({ event, number: index + 1 }))
    .filter(({ event }) => shown.has(event.category))
    .map(({ event, number }) => {
      const period = periodOfDate(event.date, granularity);
      const stack = period === null ? 0 : (perPeriod.get(period) ?? 0);
      if (period !== null) perPeriod.set(period, stack + 1);
      return { event, number, period, stack };
    });
}
