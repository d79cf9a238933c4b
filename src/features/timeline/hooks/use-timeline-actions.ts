import { useCallback } from 'react';
import type { Aggregation } from '../lib/aggregate';
import { NO_FILTERS } from '../lib/filters';
import { formatMonth } from '../lib/periods';
import type { TimelineState } from '../lib/timeline-url';

type SetState = (update: (s: TimelineState) => TimelineState) => void;

/** The changes the timeline's controls make to URL state, shared by the page, embeds and slides. */
export function useTimelineActions(setState: SetState, buckets: Aggregation['buckets'] | undefined) {
  const change = useCallback(
    (patch: Partial<TimelineState>) => setState((s) => ({ ...s, ...patch })),
    [setState],
  );
  const onBrush = useCallback(
    (start: number, end: number) => {
      if (!buckets) return;
      const first = buckets[start];
      const last = buckets[end];
      if (!first || !last) return;
      const whole = start === 0 && end === buckets.length - 1;
      change({
        from: whole ? null : formatMonth(first.span.start),
        to: whole ? null : formatMonth(last.span.end),
        period: null,
      });
    },
    [buckets, change],
  );
  const onSelectPeriod = useCallback(
    (period: string) => setState((s) => ({ ...s, period: s.period === period ? null : period })),
    [setState],
  );
  const onSelectEvent = useCallback(
    (id: string) => setState((s) => ({ ...s, event: s.event === id ? null : id })),
    [setState],
  );
  const onClear = useCallback(() => change({ ...NO_FILTERS, from: null, to: null, period: null }), [change]);
  return { change, onBrush, onSelectPeriod, onSelectEvent, onClear };
}
