import { useEffect, useRef } from 'react';
import type { CellEvent } from '../../../data/schema';
import type { SourcesById } from '../../../data/sources';
import { formatPartialDate, precisionOf } from '../../../lib/dates';
import { formatCount } from '../../../lib/format';
import { AFFILIATION_COLOURS } from '../lib/colours';
import { eventLabel, placesText } from '../lib/dismantlings';
import { affiliationLabel } from '../lib/labels';
import type { MessageId } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { joinItems } from '../lib/dismantlings';
import { EditorText } from './editor-text';
import { SourceLine } from './source-line';
import type { EventLinks } from '../lib/event-links';
import { EventArrests } from './event-arrests';

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

const PRECISION: Record<'day' | 'month' | 'year', MessageId> = {
  day: 'timeline.detail.precision.day',
  month: 'timeline.detail.precision.month',
  year: 'timeline.detail.precision.year',
};

/** The selected dismantling as a slide: date at its precision, what happened, where, who, and every source. */
export function EventDetail({ event, sources, links, position, total, onGo, onClose, previous, next, scrollIntoView = false }: Props) {
  const t = useT();
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
        {t('timeline.detail.selected', { label: eventLabel(event) })}
      </p>
      <div className="event-detail__nav">
        <button type="button" className="button button--quiet" disabled={!previous} onClick={() => previous && onGo(previous.id)}>
          {t('timeline.detail.previous')}
        </button>
        <p className="muted event-detail__position">
          {position === null
            ? t('timeline.detail.notDrawn')
            : t('timeline.detail.position', { position, total: formatCount(total) })}
        </p>
        <button type="button" className="button button--quiet" disabled={!next} onClick={() => next && onGo(next.id)}>
          {t('timeline.detail.next')}
        </button>
        <button type="button" className="button button--quiet event-detail__close" onClick={onClose}>
          {t('timeline.detail.close')}
          <span className="visually-hidden">{t('timeline.detail.closeWhat')}</span>
        </button>
      </div>
      <p className="event-detail__date">
        <span className="event-detail__swatch" style={{ background: AFFILIATION_COLOURS[event.affiliation] }} aria-hidden="true" />
        <time dateTime={event.date}>{formatPartialDate(event.date, event.approximate)}</time>
        <span className="muted">
          {' '}
          · {t(event.placed ? 'timeline.detail.precision.placed' : PRECISION[precisionOf(event.date)])}
          {event.approximate ? t('timeline.detail.approximate') : ''}
        </span>
      </p>
      <h3 id={`detail-${event.id}`} ref={headingRef} tabIndex={-1} className="event-detail__title">
        {placesText(event)}
      </h3>
      {event.dateNote && <EditorText as="p" className="muted event-detail__note" record={event} field="dateNote" />}
      <dl className="event-detail__facts">
        <EventArrests event={event} links={links} />
        <div>
          <dt>{t('timeline.event.affiliation')}</dt>
          <dd>
            {affiliationLabel(event.affiliation)}
            {event.group && <span className="muted">: {event.group}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('timeline.event.agencies')}</dt>
          <dd>{event.agencies.length > 0 ? joinItems(event.agencies) : t('timeline.event.notStated')}</dd>
        </div>
        <div>
          <dt>{t('timeline.event.partners')}</dt>
          <dd>{event.partners.length > 0 ? joinItems(event.partners) : t('timeline.detail.noPartners')}</dd>
        </div>
      </dl>
      <EditorText as="p" className="event-detail__text" record={event} field="details" />
      {event.note && <EditorText as="p" className="muted event-detail__note" record={event} field="note" />}
      <h4 className="event-detail__sources-head">{t(event.sources.length > 1 ? 'timeline.event.sources' : 'timeline.event.source')}</h4>
      <ul className="event-detail__sources">
        {event.sources.map((id) => (
          <li key={id}>
            <SourceLine id={id} source={sources.get(id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
