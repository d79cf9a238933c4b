import { lazy, Suspense, useMemo } from 'react';
import { EmptyChart } from '../../../charts/empty-chart';
import type { useTimelineView } from '../hooks/use-timeline-view';
import { eventsInDomain } from '../lib/time-span';
import type { TimelineData } from '../lib/timeline-data';
import type { TimelineState } from '../lib/timeline-url';
import { DismantlingsFrame } from './dismantlings-frame';
import { useT } from '../../../i18n/use-t';

// Loaded when an event is first opened.
const EventDetail = lazy(() => import('./event-detail').then((m) => ({ default: m.EventDetail })));

interface Props {
  data: TimelineData;
  state: TimelineState;
  view: ReturnType<typeof useTimelineView>;
  change: (patch: Partial<TimelineState>) => void;
  onSelectEvent: (id: string) => void;
  /** The event a link opened the page on: its slide scrolls into view when it first shows. */
  arrivalEvent?: string | null;
}

/** The event timeline and, under it, the selected event with previous and next: the page and embeds share it. */
export function DismantlingsSection({ data, state, view, change, onSelectEvent, arrivalEvent = null }: Props) {
  const t = useT();
  const domain = view.range ?? data.extent;
  const events = useMemo(
    () => (domain ? eventsInDomain(view.filtered, domain) : []),
    [view.filtered, domain],
  );
  const selected = view.selectedEvent?.event ?? null;
  const index = selected ? events.findIndex((e) => e.event.id === selected.id) : -1;
  if (!domain) {
    return (
      <EmptyChart title={t('timeline.dismantlings.title')} message={t('timeline.empty.noDatedDismantlings')} />
    );
  }
  return (
    <>
      <DismantlingsFrame
        data={data}
        state={state}
        domain={domain}
        events={events}
        change={change}
        onSelectEvent={onSelectEvent}
      />
      {selected && (
        <Suspense fallback={null}>
          <EventDetail
            event={selected}
            sources={data.sourcesById}
            links={data.links}
            position={index >= 0 ? index + 1 : null}
            total={events.length}
            previous={index > 0 ? (events[index - 1]?.event ?? null) : null}
            next={index >= 0 ? (events[index + 1]?.event ?? null) : null}
            onGo={(id) => change({ event: id })}
            onClose={() => change({ event: null })}
            scrollIntoView={selected.id === arrivalEvent}
          />
        </Suspense>
      )}
    </>
  );
}
