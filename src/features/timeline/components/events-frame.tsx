import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { ToggleGroup } from '../../../components/toggle-group';
import { formatPartialDate } from '../../../lib/dates';
import { CONTEXT_CATEGORIES, type ContextCategory } from '../../../data/schema';
import type { Aggregation } from '../lib/aggregate';
import { CONTEXT_COLOURS, seriesColour } from '../lib/colours';
import type { ContextMarker } from '../lib/context-markers';
import { CONTEXT_LABELS, plural } from '../lib/labels';
import { GRANULARITIES, type Granularity, type MonthSpan } from '../lib/periods';
import { comparisonsByYear, eventsSummary, eventsTable, officialComparisons } from '../lib/summary';
import { sourcesCitedBy } from '../../../data/sources';
import { PagedList } from '../../../components/paged-list';

/**
 * Context events numbered on the chart at most: past this, numbered badges
 * stacked in each bar are unreadable and drawing thousands of them froze the
 * tab; the key then lists them (a page at a time) and says why none are drawn.
 */
export const MAX_CHART_MARKERS = 120;
const CONTEXT_PAGE = 100;
import type { TimelineData } from '../lib/timeline-data';
import { MEASURES, type Measure } from '../lib/timeline-url';

const EventsChart = lazy(() => import('./events-chart').then((m) => ({ default: m.EventsChart })));

const HEIGHT = 380;
const NO_SERIES: Aggregation['series'] = [];
const NO_MARKERS: ContextMarker[] = [];
const GRANULARITY_LABELS: Record<Granularity, string> = { month: 'Month', quarter: 'Quarter', year: 'Year' };
const MEASURE_LABELS: Record<Measure, string> = { cells: 'Cells', arrests: 'People arrested' };

interface Props {
  data: TimelineData;
  aggregation: Aggregation;
  measure: Measure;
  markers: ContextMarker[];
  context: ContextCategory[];
  brush: [number, number];
  highlight: MonthSpan | null;
  onGranularity: (by: Granularity) => void;
  onMeasure: (measure: Measure) => void;
  onContext: (categories: ContextCategory[]) => void;
  onBrush: (start: number, end: number) => void;
  onSelect: (period: string) => void;
}

export function EventsFrame(props: Props) {
  const { data, aggregation, measure, markers, context, brush, highlight } = props;
  const shown = useMemo(() => aggregation.buckets.slice(brush[0], brush[1] + 1), [aggregation, brush]);
  const comparisons = useMemo(
    () => officialComparisons(shown, aggregation, measure),
    [shown, aggregation, measure],
  );
  // Only the year-only events of the years in view: the others are out of range anyway.
  const undated = useMemo(() => {
    const first = shown[0]?.key.slice(0, 4) ?? '';
    const last = shown[shown.length - 1]?.key.slice(0, 4) ?? '';
    const list = aggregation.undated.filter((u) => u.year >= first && u.year <= last);
    return { list, total: list.reduce((sum, u) => sum + u.count, 0) };
  }, [aggregation, shown]);
  const summary = useMemo(
    () => eventsSummary(shown, aggregation, measure, comparisons, undated.total),
    [shown, aggregation, measure, comparisons, undated],
  );
  const table = useMemo(() => eventsTable(shown, aggregation), [shown, aggregation]);
  const sources = useMemo(() => sourcesCitedBy([...data.perYear, ...data.context], data.sourcesById), [data]);
  const seriesCount = aggregation.series.length;
  const toggle = (category: ContextCategory) =>
    props.onContext(
      context.includes(category)
        ? context.filter((c) => c !== category)
        : CONTEXT_CATEGORIES.filter((c) => c === category || context.includes(c)),
    );

  return (
    <ChartFrame
      version={data.version}
      chartId="timeline-events"
      title={
        measure === 'arrests'
          ? 'People arrested in documented cell dismantlings'
          : 'Cell dismantlings documented per period'
      }
      subtitle={`Events compiled from press reports, state media and official texts, each sourced in the list below${seriesCount > 0 ? `; official yearly counts from ${plural(seriesCount, 'series', 'series')} (BCIJ, Interior Ministry and others), kept apart` : ''}.`}
      sources={sources}
      summary={summary}
      table={table}
      height={HEIGHT}
      controls={
        <>
          <ToggleGroup
            label="Group by"
            visibleLabel="Group by"
            options={GRANULARITIES}
            labels={GRANULARITY_LABELS}
            value={aggregation.granularity}
            onChange={props.onGranularity}
          />
          <ToggleGroup
            label="Bars show"
            visibleLabel="Show"
            options={MEASURES}
            labels={MEASURE_LABELS}
            value={measure}
            onChange={props.onMeasure}
          />
        </>
      }
      notes={
        <>
          {aggregation.granularity === 'year' ? (
            comparisons.length > 0 && (
              <div className="timeline-comparisons">
                <table className="chart-table">
                  <caption>
                    Official yearly counts beside the documented events (each series apart, as they conflict)
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Year</th>
                      <th scope="col" className="num">
                        Documented
                      </th>
                      <th scope="col">Official</th>
                    </tr>
                  </thead>
                  <tbody>
                    {comparisonsByYear(comparisons).map((y) => (
                      <tr key={y.year}>
                        <th scope="row">{y.year}</th>
                        <td className="num">{y.documented}</td>
                        <td>
                          {y.official.map((c, i) => (
                            <span key={c.series} className="timeline-official">
                              {i > 0 && '; '}
                              <span
                                className="timeline-dot"
                                style={{
                                  borderColor: seriesColour(c.series),
                                  background: seriesColour(c.series),
                                }}
                                aria-hidden="true"
                              />
                              <span className="visually-hidden">{`${c.year}: `}</span>
                              <strong className="num">{c.official}</strong> official ({c.series})
                              <span className="visually-hidden">{`, ${c.documented} documented`}</span>
                            </span>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          ) : (
            <p>
              Official counts are given per calendar year, so they are compared with documented events only
              when grouping by year.
            </p>
          )}
          {undated.total > 0 && (
            <p className="timeline-undated">
              {plural(undated.total, 'event is', 'events are')} dated only to the year (
              {undated.list.map((u) => `${u.year}: ${u.count}`).join(', ')}) and so in no{' '}
              {aggregation.granularity} bar; {undated.total === 1 ? 'it is' : 'they are'} in the year view and
              the list.
            </p>
          )}
          <p>
            Events dated to a month or a year sit in that month or year, never on a guessed day. Select a bar
            to list its events; drag the handles under the chart to set the range.
          </p>
          <p>
            “Cells” counts dismantlings of new cells: a follow-up operation on an earlier cell is not counted as a
            cell, but its arrests are counted. People arrested are those arrested in Morocco (at the operation,
            then later in the same case); arrests abroad in joint operations are in the tooltip and the table.
            A hollow official point with a broken ring is a year the editors placed for an undated page.
          </p>
          <ContextKey markers={markers} context={context} onToggle={toggle} data={data} />
        </>
      }
    >
      <EventsChart
        key={aggregation.granularity}
        buckets={aggregation.buckets}
        series={aggregation.granularity === 'year' ? aggregation.series : NO_SERIES}
        measure={measure}
        markers={markers.length > MAX_CHART_MARKERS ? NO_MARKERS : markers}
        brush={brush}
        highlight={highlight}
        height={HEIGHT}
        onBrush={props.onBrush}
        onSelect={props.onSelect}
      />
    </ChartFrame>
  );
}

function ContextKey({
  markers,
  context,
  onToggle,
  data,
}: {
  markers: ContextMarker[];
  context: ContextCategory[];
  onToggle: (category: ContextCategory) => void;
  data: TimelineData;
}) {
  const download = () => {
    const selection = `${markers.length} of ${data.context.length} context events (categories ticked, within the chart's range)`;
    void import('../lib/events-csv').then((csv) =>
      csv.downloadTimelineCsv('context', { context: markers.map((m) => m.event) }, data.sourcesById, selection, data.version),
    );
  };
  const unplaced = markers.filter((m) => m.period === null);
  return (
    <div className="timeline-context">
      <fieldset className="timeline-context__categories">
        <legend>Context events on the chart</legend>
        {CONTEXT_CATEGORIES.map((category) => (
          <label key={category} className="timeline-check">
            <input type="checkbox" checked={context.includes(category)} onChange={() => onToggle(category)} />
            <span
              className="timeline-swatch"
              style={{ borderColor: CONTEXT_COLOURS[category] }}
              aria-hidden="true"
            />
            {CONTEXT_LABELS[category]}
          </label>
        ))}
      </fieldset>
      {markers.length > MAX_CHART_MARKERS && (
        <p className="muted">
          {markers.length.toLocaleString('en-GB')} context events fall in this range: too many to number on
          the chart, so none are drawn there. Narrow the range or untick categories to mark them.
        </p>
      )}
      {markers.length > 0 && (
        <PagedList
          items={markers}
          pageSize={CONTEXT_PAGE}
          noun="context events"
          className="timeline-context__list"
          ordered
        >
          {(m) => (
            <li key={m.event.id}>
              <span
                className="timeline-badge"
                style={{ borderColor: CONTEXT_COLOURS[m.event.category] }}
                aria-hidden="true"
              >
                {m.number}
              </span>
              <span className="visually-hidden">{m.number}. </span>
              <strong>{formatPartialDate(m.event.date, m.event.approximate)}</strong>: {m.event.title}
              {m.period === null && (
                <span className="muted"> (not on the chart at this grouping: dated to the year)</span>
              )}
            </li>
          )}
        </PagedList>
      )}
      {unplaced.length > 0 && <p className="muted">Group by year to place events dated only to a year.</p>}
      {markers.length > 0 && (
        <p>
          <button type="button" className="button button--quiet" onClick={download}>
            Download the context events (CSV)
          </button>
        </p>
      )}
    </div>
  );
}
