import { useEffect, useRef } from 'react';
import { DataLink } from '../../../components/data-link';
import { ExternalLink } from '../../../components/external-link';
import type { CellEvent } from '../../../data/schema';
import type { SourcesById } from '../../../data/sources';
import { formatPartialDate, precisionOf } from '../../../lib/dates';
import { formatCount } from '../../../lib/format';
import { AFFILIATION_COLOURS } from '../lib/colours';
import { eventLabel, placesText } from '../lib/dismantlings';
import { AFFILIATION_LABELS } from '../lib/labels';
import type { EventLinks } from '../lib/event-links';
import { EventArrests } from './event-arrests';
import { SOURCE_KIND_LABELS } from '../../../data/source-kinds';

interface Props {
  event: CellEvent;
  sources: SourcesById;
  links: EventLinks;
  /** Where the event is in the chart's walk (date order), or null when filters or the range hide it. */
  position: number | null;
  total: number;
  onGo: (id: string) => void;
  onClose: () => void;
  previous: CellEvent | null;
  next: CellEvent | null;
  /** Arrived by a link: bring the slide into view (with the chart above it where the screen allows). */
  scrollIntoView?: boolean;
}

const PRECISION = { day: 'Known to the day', month: 'Known to the month', year: 'Known to the year only' };

/** The selected dismantling as a slide: date at its precision, what happened, where, who, and every source. */
export function EventDetail({ event, sources, links, position, total, onGo, onClose, previous, next, scrollIntoView = false }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const scrolled = useRef(false);
  useEffect(() => {
    if (!scrollIntoView || scrolled.current) return;
    scrolled.current = true;
    sectionRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [scrollIntoView]);
  const first = useRef(true);
  // Moving with previous/next takes the reader's focus to the new slide's heading; arriving by link does not.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus({ preventScroll: true });
  }, [event.id]);

  return (
    <section ref={sectionRef} className="event-detail card" aria-labelledby={`detail-${event.id}`}>
      <p className="visually-hidden" role="status">
        {`Selected: ${eventLabel(event)}`}
      </p>
      <div className="event-detail__nav">
        <button type="button" className="button button--quiet" disabled={!previous} onClick={() => previous && onGo(previous.id)}>
          ← Previous
        </button>
        <p className="muted event-detail__position">
          {position === null ? 'Not drawn under the current filters or range' : `Event ${position} of ${formatCount(total)}`}
        </p>
        <button type="button" className="button button--quiet" disabled={!next} onClick={() => next && onGo(next.id)}>
          Next →
        </button>
        <button type="button" className="button button--quiet event-detail__close" onClick={onClose}>
          Close<span className="visually-hidden"> the event</span>
        </button>
      </div>
      <p className="event-detail__date">
        <span className="event-detail__swatch" style={{ background: AFFILIATION_COLOURS[event.affiliation] }} aria-hidden="true" />
        <time dateTime={event.date}>{formatPartialDate(event.date, event.approximate)}</time>
        <span className="muted">
          {' '}
          · {event.placed ? 'Year placed by the editors (undated page)' : PRECISION[precisionOf(event.date)]}
          {event.approximate ? ', approximate' : ''}
        </span>
      </p>
      <h3 id={`detail-${event.id}`} ref={headingRef} tabIndex={-1} className="event-detail__title">
        {placesText(event)}
      </h3>
      {event.dateNote && <p className="muted event-detail__note">{event.dateNote}</p>}
      <dl className="event-detail__facts">
        <EventArrests event={event} links={links} />
        <div>
          <dt>Affiliation</dt>
          <dd>
            {AFFILIATION_LABELS[event.affiliation]}
            {event.group && <span className="muted">: {event.group}</span>}
          </dd>
        </div>
        <div>
          <dt>Agencies</dt>
          <dd>{event.agencies.length > 0 ? event.agencies.join(', ') : 'Not stated'}</dd>
        </div>
        <div>
          <dt>Foreign partners</dt>
          <dd>{event.partners.length > 0 ? event.partners.join(', ') : 'None named'}</dd>
        </div>
      </dl>
      <p className="event-detail__text">{event.details}</p>
      {event.note && <p className="muted event-detail__note">{event.note}</p>}
      <h4 className="event-detail__sources-head">{event.sources.length > 1 ? 'Sources' : 'Source'}</h4>
      <ul className="event-detail__sources">
        {event.sources.map((id) => {
          const source = sources.get(id);
          return (
            <li key={id}>
              {source ? (
                <>
                  {source.publisher}, <ExternalLink href={source.url}>{source.title}</ExternalLink>
                  {source.date && `, ${formatPartialDate(source.date)}`}
                  <span className="muted"> ({SOURCE_KIND_LABELS[source.kind].toLowerCase()})</span>{' '}
                </>
              ) : null}
              <DataLink to={`/sources#source-${id}`} className="event-item__bib">
                {source ? (
                  <>
                    [in sources]<span className="visually-hidden">: {source.publisher}</span>
                  </>
                ) : (
                  id
                )}
              </DataLink>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
