import { useId } from 'react';
import { periodSpan, periodsBetween, formatPeriod, granularityOfPeriod } from '../lib/periods';
import type { PreparedEvent } from '../lib/filters';
import { SORT_KEYS, SORT_LABELS } from '../lib/sort';
import type { TimelineData } from '../lib/timeline-data';
import type { TimelineState } from '../lib/timeline-url';
import { EventList } from './event-list';
import { siteHref } from '../../../lib/same-origin';

/** The events listed (filters, dates and period applied), every field, as a spreadsheet. */
export function downloadEventsCsv(events: readonly PreparedEvent[], data: TimelineData): Promise<void> {
  const selection = `${events.length} of ${data.total} dismantlings, as listed at ${siteHref(location.pathname, location.search)}`;
  return import('../lib/events-csv').then((m) =>
    m.downloadTimelineCsv('events', { events: events.map((e) => e.event) }, data.sourcesById, selection, data.version),
  );
}

interface Props {
  headingId: string;
  data: TimelineData;
  state: TimelineState;
  events: PreparedEvent[];
  /** The event in the URL is hidden by the filters or dates. */
  selectedHidden: boolean;
  scrollTo: string | null;
  onChange: (patch: Partial<TimelineState>) => void;
  /** Clears every filter, the dates and the period: the same as the filters' "Clear filters". */
  onClear: () => void;
  onSelectEvent: (id: string) => void;
}

export function EventListSection({
  headingId,
  data,
  state,
  events,
  selectedHidden,
  scrollTo,
  onChange,
  onClear,
  onSelectEvent,
}: Props) {
  const id = useId();
  const periods = data.extent ? periodsBetween(data.extent, state.by) : [];
  const periodOptions =
    state.period !== null && !periods.includes(state.period) ? [state.period, ...periods] : periods;
  return (
    <section className="timeline-list" aria-labelledby={headingId}>
      <div className="timeline-list__head">
        <h2 id={headingId}>Dismantlings{state.period !== null && <> in {formatPeriod(state.period)}</>}</h2>
        <div className="timeline-list__controls">
          <div className="field">
            <label htmlFor={`${id}-period`}>Period</label>
            <select
              id={`${id}-period`}
              value={state.period ?? ''}
              onChange={(e) => onChange({ period: e.target.value || null })}
            >
              <option value="">All in range</option>
              {periodOptions.map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-sort`}>Sort by</label>
            <select
              id={`${id}-sort`}
              value={state.sort}
              onChange={(e) => onChange({ sort: SORT_KEYS.find((k) => k === e.target.value) ?? 'date' })}
            >
              {SORT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {SORT_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => void downloadEventsCsv(events, data)}
            disabled={events.length === 0}
          >
            Download the events (CSV)
          </button>
        </div>
      </div>
      {state.period !== null && (
        <p className="timeline-list__period">
          Showing events dated within {formatPeriod(state.period)}
          {granularityOfPeriod(state.period) !== 'year' &&
            periodSpan(state.period) !== null &&
            ' (events dated only to the year are left out)'}
          .{' '}
          <button type="button" className="button button--quiet" onClick={() => onChange({ period: null })}>
            Show all periods
          </button>
        </p>
      )}
      {selectedHidden && (
        <p className="timeline-list__hidden" role="note">
          The highlighted event is hidden by the current filters or dates.{' '}
          <button type="button" className="button button--quiet" onClick={onClear}>
            Show all events
          </button>
        </p>
      )}
      <p className="muted timeline-list__hint">
        Events dated only to a month or a year are listed when that whole month or year is within the dates
        chosen.
      </p>
      <EventList
        events={events}
        sources={data.sourcesById}
        links={data.links}
        selected={state.event}
        scrollTo={scrollTo}
        onSelect={onSelectEvent}
        labelledBy={headingId}
      />
    </section>
  );
}
