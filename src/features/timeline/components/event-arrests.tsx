import { Link, useSearchParams } from 'react-router-dom';
import type { CellEvent } from '../../../data/schema';
import { useT } from '../../../i18n/use-t';
import { formatPartialDate } from '../../../lib/dates';
import { formatCount } from '../../../lib/format';
import type { EventLinks } from '../lib/event-links';
import { arrestsByCountryText, placesText } from '../lib/dismantlings';
import { EditorText } from './editor-text';
import { richText } from './rich-text';

/** A link that opens another event's slide, keeping the rest of the view (?event=<id>). */
function EventLink({ event }: { event: CellEvent }) {
  const t = useT();
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.set('event', event.id);
  return (
    <Link to={{ search: `?${next.toString()}` }}>
      {t('timeline.event.linkText', { date: formatPartialDate(event.date, event.approximate), places: placesText(event) })}
    </Link>
  );
}

/**
 * Arrests counted one way: in Morocco and abroad by country, later arrests
 * with their cell, and the link between a follow-up and its cell.
 */
export function EventArrests({ event, links }: { event: CellEvent; links: EventLinks }) {
  const t = useT();
  const later = event.laterArrests ?? 0;
  const parent = event.followUpOf === undefined ? undefined : links.byId.get(event.followUpOf);
  const followUps = links.followUps.get(event.id) ?? [];
  return (
    <>
      <div>
        <dt>{t('timeline.event.arrested')}</dt>
        <dd className="num">
          {arrestsByCountryText(event) ?? t('timeline.event.notStated')}
          {later > 0 && `${t('timeline.list.semicolon')}${t('timeline.event.laterInCase', { count: formatCount(later) })}`}
          {event.laterArrestsNote && (
            <span className="muted">
              {' ('}
              <EditorText record={event} field="laterArrestsNote" />
              {')'}
            </span>
          )}
        </dd>
      </div>
      {parent && (
        <div>
          <dt>{t('timeline.event.followUp')}</dt>
          <dd>{richText(t, 'timeline.event.followUpOf', {}, { link: <EventLink event={parent} /> })}</dd>
        </div>
      )}
      {followUps.length > 0 && (
        <div>
          <dt>{t('timeline.event.followedUp')}</dt>
          <dd>
            {followUps.map((f, i) => (
              <span key={f.id}>
                {i > 0 && t('timeline.list.semicolon')}
                <EventLink event={f} />
              </span>
            ))}
          </dd>
        </div>
      )}
    </>
  );
}
