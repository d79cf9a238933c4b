import { lazy, Suspense, useId, useState } from 'react';
import { useTimelineState } from '../hooks/use-timeline-state';
import { useTimelineActions } from '../hooks/use-timeline-actions';
import { useTimelineView } from '../hooks/use-timeline-view';
import { countActiveFilters } from '../lib/filters';
import type { TimelineData } from '../lib/timeline-data';
import { EventListSection } from './event-list-section';
import { DismantlingsSection } from './dismantlings-section';
import { TimelineFilters } from './timeline-filters';

// The per-period and running-total charts sit below the event timeline: their
// frames' code comes in a chunk of its own, after the first paint.
const EventsSection = lazy(() => import('./events-section').then((m) => ({ default: m.EventsSection })));
const MapSection = lazy(() => import('./map-section').then((m) => ({ default: m.MapSection })));
const CumulativeFrame = lazy(() =>
  import('./cumulative-frame').then((m) => ({ default: m.CumulativeFrame })),
);

export function TimelineView({ data }: { data: TimelineData }) {
  const [state, setState] = useTimelineState();
  const view = useTimelineView(data, state);
  const listHeadingId = useId();
  // The event in the URL on arrival (a link from Sources or a deck): its slide is scrolled to, once.
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
      <DismantlingsSection
        data={data}
        state={state}
        view={view}
        change={change}
        onSelectEvent={onSelectEvent}
        arrivalEvent={arrivalEvent}
      />
      <Suspense fallback={<div className="chart-placeholder" style={{ height: 640 }} aria-hidden="true" />}>
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
      </Suspense>
      {/* Its own boundary: the map's chunk arriving never holds back the charts above. */}
      <Suspense fallback={<div className="chart-placeholder" style={{ height: 560 }} aria-hidden="true" />}>
        <MapSection data={data} view={view} />
      </Suspense>
      <EventListSection
        headingId={listHeadingId}
        data={data}
        state={state}
        events={view.listed}
        selectedHidden={view.selectedEvent !== null && !view.listed.includes(view.selectedEvent)}
        scrollTo={null}
        onChange={change}
        onClear={onClear}
        onSelectEvent={onSelectEvent}
      />
    </>
  );
}
