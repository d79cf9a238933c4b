import { useId, useState } from 'react';
import { useTimelineState } from '../hooks/use-timeline-state';
import { useTimelineActions } from '../hooks/use-timeline-actions';
import { useTimelineView } from '../hooks/use-timeline-view';
import { countActiveFilters } from '../lib/filters';
import type { TimelineData } from '../lib/timeline-data';
import { CumulativeFrame } from './cumulative-frame';
import { EventListSection } from './event-list-section';
import { EventsSection } from './events-section';
import { TimelineFilters } from './timeline-filters';

export function TimelineView({ data }: { data: TimelineData }) {
  const [state, setState] = useTimelineState();
  const view = useTimelineView(data, state);
  const listHeadingId = useId();
  // The event to scroll to: only the one in the URL on arrival (a link from Sources).
  const [arrivalEvent] = useState(state.event);

  const { change, onBrush, onSelectPeriod, onSelectEvent, onClear } = useTimelineActions(
    setState,
    view.aggregation?.buckets,
  );

  return (
    <>
      <TimelineFilters
        data={data}
        state={state}
        filters={view.filters}
        listed={view.listed.length}
        onChange={change}
        onClear={onClear}
      />
      <EventsSection
        data={data}
        state={state}
        view={view}
        change={change}
        onBrush={onBrush}
        onSelectPeriod={onSelectPeriod}
      />
      {view.cumulative && (
        <CumulativeFrame
          data={data}
          series={view.cumulative}
          filtered={countActiveFilters(view.filters) > 0}
        />
      )}
      <EventListSection
        headingId={listHeadingId}
        data={data}
        state={state}
        events={view.listed}
        selectedHidden={view.selectedEvent !== null && !view.listed.includes(view.selectedEvent)}
        scrollTo={arrivalEvent}
        onChange={change}
        onClear={onClear}
        onSelectEvent={onSelectEvent}
      />
    </>
  );
}
