import { memo } from 'react';
import { DataLink } from '../../../components/data-link';
import { ExternalLink } from '../../../components/external-link';
import { formatPartialDate } from '../../../lib/dates';
import type { CellEvent } from '../../../data/schema';
import type { SourcesById } from '../../../data/sources';
import { AFFILIATION_LABELS } from '../lib/labels';
import type { EventLinks } from '../lib/event-links';
import { EventArrests } from './event-arrests';
import { SOURCE_KIND_LABELS } from '../../../data/source-kinds';

interface Props {
  event: CellEvent;
  sources: SourcesById;
  links: EventLinks;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One dismantling with its date at its real precision, its numbers and its sources. */
export const EventItem = memo(function EventItem({ event, sources, links, selected, onSelect }: Props) {
  const places = event.places.map((p) => (p.country === 'Morocco' ? p.city : `${p.city} (${p.country})`));
  return (
    <article
      className={selected ? 'event-item event-item--selected' : 'event-item'}
      aria-current={selected ? 'true' : undefined}
    >
      <header className="event-item__head">
        <p className="event-item__date">
          <time dateTime={event.date}>{formatPartialDate(event.date, event.approximate)}</time>
          {event.placed && <span className="placed-tag"> year placed by the editors</span>}
          {event.dateNote && <span className="event-item__date-note muted"> · {event.dateNote}</span>}
        </p>
        <h3 className="event-item__title">{places.length > 0 ? places.join(', ') : 'Places not stated'}</h3>
      </header>
      <dl className="event-item__facts">
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
        {event.partners.length > 0 && (
          <div>
            <dt>Foreign partners</dt>
            <dd>{event.partners.join(', ')}</dd>
          </div>
        )}
      </dl>
      <p className="event-item__details">{event.details}</p>
      {event.note && <p className="event-item__note muted">{event.note}</p>}
      <p className="event-item__sources">
        <span className="event-item__label">{event.sources.length > 1 ? 'Sources' : 'Source'}: </span>
        {event.sources.map((id, i) => {
          const source = sources.get(id);
          return (
            <span key={id}>
              {i > 0 && '; '}
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
            </span>
          );
        })}
      </p>
      <button
        type="button"
        className="toggle event-item__select"
        aria-pressed={selected}
        onClick={() => onSelect(event.id)}
      >
        {selected ? 'Highlighted on the chart' : 'Highlight on the chart'}
      </button>
    </article>
  );
});
