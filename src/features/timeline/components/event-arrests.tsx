import { Link, useSearchParams } from 'react-router-dom';
import { arrestsByCountry } from '../../../data/cell-events';
import type { CellEvent } from '../../../data/schema';
import { formatPartialDate } from '../../../lib/dates';
import { formatCount } from '../../../lib/format';
import type { EventLinks } from '../lib/event-links';
import { placesText } from '../lib/dismantlings';

/** A link that opens another event's slide, keeping the rest of the view (?event=<id>). */
function EventLink({ event }: { event: CellEvent }) {
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.set('event', event.id);
  return (
    <Link to={{ search: `?${next.toString()}` }}>
      {formatPartialDate(event.date, event.approximate)}, {placesText(event)}
    </Link>
  );
}

/**
 * Arrests counted one way: in Morocco and abroad by country, later arrests
 * with their cell, and the link between a follow-up and its cell.
 */
export function EventArrests({ event, links }: { event: CellEvent; links: EventLinks }) {
  const later = event.laterArrests ?? 0;
  const parent = event.followUpOf === undefined ? undefined : links.byId.get(event.followUpOf);
  const followUps = links.followUps.get(event.id) ?? [];
  return (
    <>
      <div>
        <dt>Arrested</dt>
        <dd className="num">
          {arrestsByCountry(event) ?? 'Not stated'}
          {later > 0 && `; ${formatCount(later)} more later in the same case`}
          {event.laterArrestsNote && <span className="muted"> ({event.laterArrestsNote})</span>}
        </dd>
      </div>
      {parent && (
        <div>
          <dt>Follow-up</dt>
          <dd>
            Follow-up of <EventLink event={parent} />: its arrests count, it is not a new cell.
          </dd>
        </div>
      )}
      {followUps.length > 0 && (
        <div>
          <dt>Followed up</dt>
          <dd>
            {followUps.map((f, i) => (
              <span key={f.id}>
                {i > 0 && '; '}
                <EventLink event={f} />
              </span>
            ))}
          </dd>
        </div>
      )}
    </>
  );
}
