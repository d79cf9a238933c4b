import { memo } from 'react';
import { formatPartialDate } from '../../../lib/dates';
import type { CellEvent } from '../../../data/schema';
import type { SourcesById } from '../../../data/sources';
import { affiliationLabel } from '../lib/labels';
import { useT } from '../../../i18n/use-t';
import { joinItems, placeText } from '../lib/dismantlings';
import { EditorText } from './editor-text';
import { SourceLine } from './source-line';
import type { EventLinks } from '../lib/event-links';
import { EventArrests } from './event-arrests';

interface Props {
  event: CellEvent;
  sources: SourcesById;
  links: EventLinks;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One dismantling with its date at its real precision, its numbers and its sources. */
export const EventItem = memo(function EventItem({ event, sources, links, selected, onSelect }: Props) {
  const t = useT();
  const places = event.places.map(placeText);
  return (
    <article
      className={selected ? 'event-item event-item--selected' : 'event-item'}
      aria-current={selected ? 'true' : undefined}
    >
      <header className="event-item__head">
        <p className="event-item__date">
          <time dateTime={event.date}>{formatPartialDate(event.date, event.approximate)}</time>
          {event.placed && <span className="placed-tag">{t('timeline.item.placed')}</span>}
          {event.dateNote && (
            <span className="event-item__date-note muted">
              {' · '}
              <EditorText record={event} field="dateNote" />
            </span>
          )}
        </p>
        <h3 className="event-item__title">{places.length > 0 ? joinItems(places) : t('timeline.item.placesNotStated')}</h3>
      </header>
      <dl className="event-item__facts">
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
        {event.partners.length > 0 && (
          <div>
            <dt>{t('timeline.event.partners')}</dt>
            <dd>{joinItems(event.partners)}</dd>
          </div>
        )}
      </dl>
      <EditorText as="p" className="event-item__details" record={event} field="details" />
      {event.note && <EditorText as="p" className="event-item__note muted" record={event} field="note" />}
      <p className="event-item__sources">
        <span className="event-item__label">{t(event.sources.length > 1 ? 'timeline.item.sourcesLabel' : 'timeline.item.sourceLabel')}</span>
        {event.sources.map((id, i) => (
          <span key={id}>
            {i > 0 && t('timeline.list.semicolon')}
            <SourceLine id={id} source={sources.get(id)} />
          </span>
        ))}
      </p>
      <button
        type="button"
        className="toggle event-item__select"
        aria-pressed={selected}
        onClick={() => onSelect(event.id)}
      >
        {selected ? t('timeline.item.highlighted') : t('timeline.item.highlight')}
      </button>
    </article>
  );
});
