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
import { AFFILIATION_LABELS, CONTEXT_LABELS } from '../lib/labels';
import { formatMonth, type MonthSpan } from '../lib/periods';
import { overlaps } from '../lib/time-span';
import type { TimelineData } from '../lib/timeline-data';
import type { TimelineState } from '../lib/timeline-url';

const DismantlingsChart = lazy(() =>
  import('./dismantlings-chart').then((m) => ({ default: m.DismantlingsChart })),
);

export const DISMANTLINGS_TITLE = 'Every documented cell dismantling, at its date';
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
  const summary = useMemo(
    () => dismantlingsSummary(cellEvents, domain, contextInRange.length),
    [cellEvents, domain, contextInRange.length],
  );
  const table = useMemo(() => dismantlingsTable(cellEvents), [cellEvents]);
  // Over the whole bundle, not the filtered view: the trend is a fact about the data.
  const sahel = useMemo(() => sahelSentence(affiliationShare(data.events.map((e) => e.event), 'isis-sahel')), [data.events]);
  const placed = cellEvents.some((e) => e.placed) || contextInRange.some((e) => e.placed);
  const followUps = cellEvents.filter((e) => e.followUpOf !== undefined).length;
  const sources = useMemo(
    () => sourcesCitedBy([...cellEvents, ...contextInRange], data.sourcesById),
    [cellEvents, contextInRange, data.sourcesById],
  );
  const presets = useMemo(() => rangePresets(data.extent), [data.extent]);
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
      title={DISMANTLINGS_TITLE}
      subtitle="Dismantlings compiled from press reports, state media and official texts, each with its sources; context events at their own dates."
      sources={sources}
      summary={summary}
      table={table}
      height={HEIGHT}
      legend={dismantlingsLegend(affiliations)}
      controls={
        <div className="toggle-group" role="group" aria-label="Range">
          <span className="toggle-group__label" aria-hidden="true">
            Range
          </span>
          {presets.map((p) => (
            <button
              key={p.label}
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
            A dot is a dismantling known to the day; a bar covers the month and a bracket the year when the
            source gives no more, so no day is guessed. Drag across the chart to zoom to those months; select
            a mark (or Tab to the chart and use the arrow keys, then Enter) to read the event and its sources.
            Area is people arrested in Morocco; arrests abroad in a joint operation are named in the event.
            {followUps > 0 &&
              ` ${followUps === 1 ? 'One mark is a follow-up operation' : `${followUps} marks are follow-up operations`} of an earlier cell: drawn at ${followUps === 1 ? 'its' : 'their'} own date, with ${followUps === 1 ? 'its' : 'their'} arrests, but not counted as a new cell.`}
          </p>
          <fieldset className="timeline-context__categories">
            <legend>Context events on the chart</legend>
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
                {CONTEXT_LABELS[category]}
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
  return (
    <ul className="dm-key" aria-label="Key">
      {affiliations.map((a) => (
        <li key={a}>
          <span className="dm-key__dot" style={{ background: AFFILIATION_COLOURS[a] }} aria-hidden="true" />
          {AFFILIATION_LABELS[a]}
        </li>
      ))}
      <li>
        <span className="dm-key__dot dm-key__dot--dashed" aria-hidden="true" />
        Approximate date (dashed, pale)
      </li>
      <li>
        <span className="dm-key__dot dm-key__dot--hollow" aria-hidden="true" />
        Number arrested not stated
      </li>
      {placed && (
        <li>
          <span className="dm-key__dot dm-key__dot--placed" aria-hidden="true" />
          Year placed by the editors (hollow bracket; undated page)
        </li>
      )}
      <li>
        <span className="dm-key__sizes" aria-hidden="true">
          <span style={{ width: 9, height: 9 }} />
          <span style={{ width: 15, height: 15 }} />
          <span style={{ width: 22, height: 22 }} />
        </span>
        Area: people arrested (1, 10, 30)
      </li>
    </ul>
  );
}

/** Every context event of the range with its number on the chart: the labels that did not fit are named here. */
function ContextList({ events }: { events: readonly ContextEvent[] }) {
  return (
    <ol className="timeline-context__list dm-context-list">
      {events.map((e, i) => (
        <li key={e.id}>
          <span className="timeline-badge" style={{ borderColor: CONTEXT_COLOURS[e.category] }} aria-hidden="true">
            {i + 1}
          </span>
          <span className="visually-hidden">{i + 1}. </span>
          <span>
            <strong>
              {formatPartialDate(e.date, e.approximate)}
              {e.endDate && ` to ${formatPartialDate(e.endDate)}`}
            </strong>
            {e.placed && <span className="muted"> (year placed by the editors)</span>}
            : {e.title}
          </span>
        </li>
      ))}
    </ol>
  );
}
