import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SourcesById } from '../../../data/sources';
import type { EventLinks } from '../lib/event-links';
import { usePrinting } from '../../../lib/use-printing';
import type { PreparedEvent } from '../lib/filters';
import { EventItem } from './event-item';
import { useT } from '../../../i18n/use-t';

/** Below this, every row is in the page so the browser's find works; above, rows are virtualised. */
const VIRTUAL_FROM = 150;

interface Props {
  events: PreparedEvent[];
  sources: SourcesById;
  links: EventLinks;
  selected: string | null;
  /** Scroll to this event once, e.g. when arriving from the Sources page. */
  scrollTo: string | null;
  onSelect: (id: string) => void;
  labelledBy: string;
}

export function EventList(props: Props) {
  const t = useT();
  // A printed list holds every row, not the ones a virtualised window happens to show.
  const printing = usePrinting();
  if (props.events.length === 0)
    return <p className="timeline-empty">{t('timeline.list.empty')}</p>;
  return props.events.length < VIRTUAL_FROM || printing ? <PlainList {...props} /> : <VirtualList {...props} />;
}

function PlainList({ events, sources, links, selected, scrollTo, onSelect, labelledBy }: Props) {
  useEffect(() => {
    if (scrollTo === null) return;
    document.getElementById(`event-${scrollTo}`)?.scrollIntoView?.({ block: 'center' });
  }, [scrollTo]);
  return (
    <ol className="event-list" aria-labelledby={labelledBy}>
      {events.map(({ event }) => (
        <li key={event.id} id={`event-${event.id}`}>
          <EventItem event={event} sources={sources} links={links} selected={selected === event.id} onSelect={onSelect} />
        </li>
      ))}
    </ol>
  );
}

function VirtualList({ events, sources, links, selected, scrollTo, onSelect, labelledBy }: Props) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const top = viewportRef.current?.getBoundingClientRect().top ?? 0;
    setOffset(top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: events.length,
    estimateSize: () => 220,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (index) => events[index]?.event.id ?? index,
  });
  // Scroll when the target changes, not on every list update.
  const eventsRef = useRef(events);
  useEffect(() => {
    eventsRef.current = events;
  });
  useEffect(() => {
    if (scrollTo === null) return;
    const index = eventsRef.current.findIndex((e) => e.event.id === scrollTo);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [scrollTo, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  return (
    <div ref={viewportRef} className="event-list__viewport" style={{ height: virtualizer.getTotalSize() }}>
      <ol
        className="event-list"
        aria-labelledby={labelledBy}
        style={{ transform: `translateY(${(first?.start ?? 0) - virtualizer.options.scrollMargin}px)` }}
      >
        {items.map((item) => {
          const prepared = events[item.index];
          if (!prepared) return null;
          const { event } = prepared;
          return (
            <li
              key={item.key}
              id={`event-${event.id}`}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={events.length}
              aria-posinset={item.index + 1}
            >
              <EventItem
                event={event}
                sources={sources}
                links={links}
                selected={selected === event.id}
                onSelect={onSelect}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
