import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { CONTEXT_CATEGORIES, type Affiliation, type ContextCategory, type ContextEvent } from '../../../data/schema';
import { sourcesCitedBy } from '../../../data/sources';
import { comparePartialDates, formatPartialDate } from '../../../lib/dates';
import { AFFILIATION_COLOURS, CONTEXT_COLOURS } from '../lib/colours';
import {
  dismantlingsLegend,
  dismantlingsSummary,
  dismantlingsTable,
  affiliationShare,
  rangePresets,
  sahelSentence,
} from '../lib/dismantlings';
import type { PreparedEvent } from '../lib/filters';
import { AFFILIATION_LABELS, affiliationLabel, contextLabel } from '../lib/labels';
import { useT } from '../../../i18n/use-t';
import { EditorText } from './editor-text';
import { richText } from './rich-text';
import { formatMonth, type MonthSpan } from '../lib/periods';
import { overlaps } from '../lib/time-span';
import type { TimelineData } from '../lib/timeline-data';
import type { TimelineState } from '../lib/timeline-url';

const DismantlingsChart = lazy(() =>
  import('./dismantlings-chart').then((m) => ({ default: m.DismantlingsChart })),
);

const HEIGHT = 320;

interface Props {
  data: TimelineData;
  state: TimelineState;
  domain: MonthSpan;
  /** The events drawn (filters and range applied), in date order. */
  events: readonly PreparedEvent[];
  change: (patch: Partial<TimelineState>) => void;
  onSelectEvent: (id: string) => void;
}

/** The event timeline in its frame: range presets, the key, the context events of the range. */
export function DismantlingsFrame({ data, state, domain, events, change, onSelectEvent }: Props) {
  const t = useT();
  const cellEvents = useMemo(() => events.map((e) => e.event), [events]);
  const context = useMemo(
    () =>
      data.context
        .filter((c) => state.context.includes(c.category))
        .sort((a, b) => comparePartialDates(a.date, b.date)),
    [data.context, state.context],
  );
  const contextInRange = useMemo(() => context.filter((c) => overlaps(c.date, domain)), [context, domain]);
  const affiliations = useMemo(
    () => (Object.keys(AFFILIATION_LABELS) as Affiliation[]).filter((a) => cellEvents.some((e) => e.affiliation === a)),
    [cellEvents],
  );
  // t in the dependencies: a new function per language, so the texts follow it.
  const summary = useMemo(
    () => dismantlingsSummary(cellEvents, domain, contextInRange.length),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cellEvents, domain, contextInRange.length, t],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const table = useMemo(() => dismantlingsTable(cellEvents), [cellEvents, t]);
  // Over the whole bundle, not the filtered view: the trend is a fact about the data.
  const sahel = useMemo(
    () => sahelSentence(affiliationShare(data.events.map((e) => e.event), 'isis-sahel')),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.events, t],
  );
  const placed = cellEvents.some((e) => e.placed) || contextInRange.some((e) => e.placed);
  const followUps = cellEvents.filter((e) => e.followUpOf !== undefined).length;
  const sources = useMemo(
    () => sourcesCitedBy([...cellEvents, ...contextInRange], data.sourcesById),
    [cellEvents, contextInRange, data.sourcesById],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const presets = useMemo(() => rangePresets(data.extent), [data.extent, t]);
  const toggle = (category: ContextCategory) =>
    change({
      context: state.context.includes(category)
        ? state.context.filter((c) => c !== category)
        : CONTEXT_CATEGORIES.filter((c) => c === category || state.context.includes(c)),
    });

  return (
    <ChartFrame
      version={data.version}
      chartId="timeline-dismantlings"
      title={t('timeline.dismantlings.title')}
      subtitle={t('timeline.dismantlings.subtitle')}
      sources={sources}
      summary={summary}
      table={table}
      height={HEIGHT}
      legend={dismantlingsLegend(affiliations)}
      controls={
        <div className="toggle-group" role="group" aria-label={t('timeline.range.label')}>
          <span className="toggle-group__label" aria-hidden="true">
            {t('timeline.range.label')}
          </span>
          {presets.map((p) => (
            <button
              key={p.key}
              type="button"
              className="toggle"
              aria-pressed={state.from === p.from && state.to === p.to}
              onClick={() => change({ from: p.from, to: p.to, period: null })}
            >
              {p.label}
            </button>
          ))}
        </div>
      }
      notes={
        <>
          {sahel && <p className="dm-trend">{sahel}</p>}
          <DismantlingsKey affiliations={affiliations} placed={placed} />
          <p>
            {t('timeline.dismantlings.notes.howToRead')}
            {followUps > 0 && t('timeline.dismantlings.notes.followUps', { count: followUps })}
          </p>
          <fieldset className="timeline-context__categories">
            <legend>{t('timeline.context.onChart')}</legend>
            {CONTEXT_CATEGORIES.map((category) => (
              <label key={category} className="timeline-check">
                <input
                  type="checkbox"
                  checked={state.context.includes(category)}
                  onChange={() => toggle(category)}
                />
                <span
                  className="timeline-swatch"
                  style={{ borderColor: CONTEXT_COLOURS[category] }}
                  aria-hidden="true"
                />
                {contextLabel(category)}
              </label>
            ))}
          </fieldset>
          {contextInRange.length > 0 && <ContextList events={contextInRange} />}
        </>
      }
    >
      <DismantlingsChart
        events={cellEvents}
        context={context}
        domain={domain}
        selected={state.event}
        height={HEIGHT}
        onSelect={onSelectEvent}
        onRange={(start, end) =>
          change({
            from: start <= (data.extent?.start ?? start) && end >= (data.extent?.end ?? end) ? null : formatMonth(start),
            to: start <= (data.extent?.start ?? start) && end >= (data.extent?.end ?? end) ? null : formatMonth(end),
            period: null,
          })
        }
      />
    </ChartFrame>
  );
}

function DismantlingsKey({ affiliations, placed }: { affiliations: readonly Affiliation[]; placed: boolean }) {
  const t = useT();
  return (
    <ul className="dm-key" aria-label={t('timeline.key.label')}>
      {affiliations.map((a) => (
        <li key={a}>
          <span className="dm-key__dot" style={{ background: AFFILIATION_COLOURS[a] }} aria-hidden="true" />
          {affiliationLabel(a)}
        </li>
      ))}
      <li>
        <span className="dm-key__dot dm-key__dot--dashed" aria-hidden="true" />
        {t('timeline.dismantlings.key.approximate')}
      </li>
      <li>
        <span className="dm-key__dot dm-key__dot--hollow" aria-hidden="true" />
        {t('timeline.dismantlings.key.unstated')}
      </li>
      {placed && (
        <li>
          <span className="dm-key__dot dm-key__dot--placed" aria-hidden="true" />
          {t('timeline.dismantlings.key.placed')}
        </li>
      )}
      <li>
        <span className="dm-key__sizes" aria-hidden="true">
          <span style={{ width: 9, height: 9 }} />
          <span style={{ width: 15, height: 15 }} />
          <span style={{ width: 22, height: 22 }} />
        </span>
        {t('timeline.dismantlings.key.area')}
      </li>
    </ul>
  );
}

/** Every context event of the range with its number on the chart: the labels that did not fit are named here. */
function ContextList({ events }: { events: readonly ContextEvent[] }) {
  const t = useT();
  return (
    <ol className="timeline-context__list dm-context-list">
      {events.map((e, i) => (
        <li key={e.id}>
          <span className="timeline-badge" style={{ borderColor: CONTEXT_COLOURS[e.category] }} aria-hidden="true">
            {i + 1}
          </span>
          <span className="visually-hidden">{t('timeline.context.number', { number: i + 1 })}</span>
          <span>
            {richText(
              t,
              'timeline.context.datedItem',
              {},
              {
                date: (
                  <strong>
                    {formatPartialDate(e.date, e.approximate)}
                    {e.endDate && t('timeline.context.until', { date: formatPartialDate(e.endDate) })}
                  </strong>
                ),
                placed: e.placed ? <span className="muted">{t('timeline.count.placedSuffix')}</span> : null,
                title: <EditorText record={e} field="title" />,
              },
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
