import { useMemo } from 'react';
import { aggregate, bucketIndexRange } from '../lib/aggregate';
import { contextMarkers } from '../lib/context-markers';
import { cumulativeSeries } from '../lib/cumulative';
import { filterEvents, withinSpan, type EventFilters } from '../lib/filters';
import { parseMonth, periodOfDate, periodSpan, type MonthSpan } from '../lib/periods';
import { sortEvents } from '../lib/sort';
import type { TimelineData } from '../lib/timeline-data';
import type { TimelineState } from '../lib/timeline-url';

/**
 * Everything the view derives from data and URL state, each step memoised on
 * only what it reads: a brush drag recomputes the list, not the aggregation.
 */
export function useTimelineView(data: TimelineData, state: TimelineState) {
  const { region, affiliation, agency, partner, minArrests, q, by, from, to, period, sort, context, event } =
    state;
  const filters = useMemo<EventFilters>(
    () => ({ region, affiliation, agency, partner, minArrests, q }),
    [region, affiliation, agency, partner, minArrests, q],
  );
  const filtered = useMemo(() => filterEvents(data.events, filters), [data.events, filters]);
  const aggregation = useMemo(
    () => (data.extent ? aggregate(filtered, by, data.extent, data.perYear) : null),
    [filtered, by, data.extent, data.perYear],
  );
  const cumulative = useMemo(
    () =>
      data.cumulativeExtent ? cumulativeSeries(filtered, by, data.cumulativeExtent, data.cumulative) : null,
    [filtered, by, data.cumulativeExtent, data.cumulative],
  );
  const markers = useMemo(
    () => contextMarkers(data.context, context, by, data.extent),
    [data.context, context, by, data.extent],
  );

  const range = useMemo<MonthSpan | null>(() => {
    const start = parseMonth(from) ?? data.extent?.start ?? null;
    const end = parseMonth(to) ?? data.extent?.end ?? null;
    return from === null && to === null ? null : start !== null && end !== null ? { start, end } : null;
  }, [from, to, data.extent]);
  const brush = useMemo(
    () => (aggregation ? bucketIndexRange(aggregation.buckets, range) : ([0, 0] as [number, number])),
    [aggregation, range],
  );

  const sorted = useMemo(() => sortEvents(filtered, sort), [filtered, sort]);
  const listed = useMemo(() => {
    const inRange = withinSpan(sorted, range);
    const span = period === null ? null : periodSpan(period);
    return span === null ? inRange : withinSpan(inRange, span);
  }, [sorted, range, period]);

  // The bars to highlight: the selected period, else the selected event's own bucket.
  const selectedEvent = useMemo(
    () => (event === null ? null : (data.events.find((e) => e.event.id === event) ?? null)),
    [data.events, event],
  );
  const highlight = useMemo<MonthSpan | null>(() => {
    if (period !== null) return periodSpan(period);
    if (selectedEvent === null) return null;
    const key = periodOfDate(selectedEvent.event.date, by);
    return key === null ? selectedEvent.span : periodSpan(key);
  }, [period, selectedEvent, by]);

  return {
    filters,
    filtered,
    aggregation,
    cumulative,
    markers,
    range,
    brush,
    listed,
    selectedEvent,
    highlight,
  };
}
