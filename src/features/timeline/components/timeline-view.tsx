import { useId, useState } from 'react';
import type { ContextCategory } from '../../../data/schema';
import { useTimelineState } from '../hooks/use-timeline-state';
import { useTimelineActions } from '../hooks/use-timeline-actions';
import { useTimelineView } from '../hooks/use-timeline-view';
import { countActiveFilters } from '../lib/filters';
import type { Granularity } from '../lib/periods';
import type { TimelineData } from '../lib/timeline-data';
import type { Measure } from '../lib/timeline-url';
import { CumulativeFrame } from './cumulative-frame';
import { EventListSection } from './event-list-section';
import { EventsFrame } from './events-frame';
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
      {view.aggregation ? (
        <EventsFrame
          data={data}
          aggregation={view.aggregation}
          measure={state.measure}
          markers={view.markers}
          context={state.context}
          brush={view.brush}
          highlight={view.highlight}
          onGranularity={(by: Granularity) => change({ by })}
          onMeasure={(measure: Measure) => change({ measure })}
          onContext={(context: ContextCategory[]) => change({ context })}
          onBrush={onBrush}
          onSelect={onSelectPeriod}
        />
      ) : (
        <p className="timeline-empty">This bundle has no dated cell dismantlings to chart.</p>
      )}
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
        onSelectEvent={onSelectEvent}
      />
    </>
  );
}
