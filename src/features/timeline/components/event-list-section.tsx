import { useId } from 'react';
import { periodSpan, periodsBetween, formatPeriod, granularityOfPeriod } from '../lib/periods';
import type { PreparedEvent } from '../lib/filters';
import { SORT_KEYS, SORT_LABELS } from '../lib/sort';
import type { TimelineData } from '../lib/timeline-data';
import type { TimelineState } from '../lib/timeline-url';
import { EventList } from './event-list';
import { siteHref } from '../../../lib/same-origin';
import { t } from '../../../i18n/i18n';
import { stripLocale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';

/** The events listed (filters, dates and period applied), every field, as a spreadsheet. */
export function downloadEventsCsv(events: readonly PreparedEvent[], data: TimelineData): Promise<void> {
  // The address as the router sees it (siteHref puts the page's language back in front).
  const address = siteHref(stripLocale(location.pathname), location.search);
  const selection = t('timeline.list.csvSelection', { shown: events.length, total: data.total, address });
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
  const t = useT();
  const id = useId();
  const periods = data.extent ? periodsBetween(data.extent, state.by) : [];
  const periodOptions =
    state.period !== null && !periods.includes(state.period) ? [state.period, ...periods] : periods;
  return (
    <section className="timeline-list" aria-labelledby={headingId}>
      <div className="timeline-list__head">
        <h2 id={headingId}>
          {state.period === null ? t('timeline.list.heading') : t('timeline.list.headingPeriod', { period: formatPeriod(state.period) })}
        </h2>
        <div className="timeline-list__controls">
          <div className="field">
            <label htmlFor={`${id}-period`}>{t('timeline.table.period')}</label>
            <select
              id={`${id}-period`}
              value={state.period ?? ''}
              onChange={(e) => onChange({ period: e.target.value || null })}
            >
              <option value="">{t('timeline.list.allInRange')}</option>
              {periodOptions.map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-sort`}>{t('timeline.list.sortBy')}</label>
            <select
              id={`${id}-sort`}
              value={state.sort}
              onChange={(e) => onChange({ sort: SORT_KEYS.find((k) => k === e.target.value) ?? 'date' })}
            >
              {SORT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(SORT_LABELS[k])}
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
            {t('timeline.list.download')}
          </button>
        </div>
      </div>
      {state.period !== null && (
        <p className="timeline-list__period">
          {t(
            granularityOfPeriod(state.period) !== 'year' && periodSpan(state.period) !== null
              ? 'timeline.list.periodShownNoYears'
              : 'timeline.list.periodShown',
            { period: formatPeriod(state.period) },
          )}{' '}
          <button type="button" className="button button--quiet" onClick={() => onChange({ period: null })}>
            {t('timeline.list.showAllPeriods')}
          </button>
        </p>
      )}
      {selectedHidden && (
        <p className="timeline-list__hidden" role="note">
          {t('timeline.list.selectedHidden')}{' '}
          <button type="button" className="button button--quiet" onClick={onClear}>
            {t('timeline.list.showAll')}
          </button>
        </p>
      )}
      <p className="muted timeline-list__hint">
        {t('timeline.list.hint')}
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
