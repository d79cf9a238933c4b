import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { ToggleGroup } from '../../../components/toggle-group';
import { formatPartialDate } from '../../../lib/dates';
import { CONTEXT_CATEGORIES, type ContextCategory } from '../../../data/schema';
import type { Aggregation } from '../lib/aggregate';
import { CONTEXT_COLOURS, seriesColour } from '../lib/colours';
import type { ContextMarker } from '../lib/context-markers';
import { contextLabel } from '../lib/labels';
import { GRANULARITIES, type Granularity, type MonthSpan } from '../lib/periods';
import { comparisonsByYear, eventsSummary, eventsTable, officialComparisons } from '../lib/summary';
import type { MessageId } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { formatCount } from '../../../lib/format';
import { EditorText } from './editor-text';
import { richText } from './rich-text';
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
const GRANULARITY_IDS: Record<Granularity, MessageId> = {
  month: 'timeline.events.granularity.month',
  quarter: 'timeline.events.granularity.quarter',
  year: 'timeline.events.granularity.year',
};
const MEASURE_IDS: Record<Measure, MessageId> = {
  cells: 'timeline.events.measure.cells',
  arrests: 'timeline.events.measure.arrests',
};
const GRANULARITY_WORDS: Record<Granularity, MessageId> = {
  month: 'timeline.events.granularityWord.month',
  quarter: 'timeline.events.granularityWord.quarter',
  year: 'timeline.events.granularityWord.year',
};

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
  const t = useT();
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
    // t: a new function per language, so the text follows it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown, aggregation, measure, comparisons, undated, t],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const table = useMemo(() => eventsTable(shown, aggregation), [shown, aggregation, t]);
  const granularityLabels = useMemo(
    () => Object.fromEntries(GRANULARITIES.map((g) => [g, t(GRANULARITY_IDS[g])])) as Record<Granularity, string>,
    [t],
  );
  const measureLabels = useMemo(
    () => Object.fromEntries(MEASURES.map((m) => [m, t(MEASURE_IDS[m])])) as Record<Measure, string>,
    [t],
  );
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
      title={measure === 'arrests' ? t('timeline.events.titleArrests') : t('timeline.events.title')}
      subtitle={t('timeline.events.subtitle', {
        series: seriesCount > 0 ? t('timeline.events.subtitleSeries', { count: seriesCount }) : '',
      })}
      sources={sources}
      summary={summary}
      table={table}
      height={HEIGHT}
      controls={
        <>
          <ToggleGroup
            label={t('timeline.events.groupBy')}
            visibleLabel={t('timeline.events.groupBy')}
            options={GRANULARITIES}
            labels={granularityLabels}
            value={aggregation.granularity}
            onChange={props.onGranularity}
          />
          <ToggleGroup
            label={t('timeline.events.barsShow')}
            visibleLabel={t('timeline.events.show')}
            options={MEASURES}
            labels={measureLabels}
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
                  <caption>{t('timeline.events.comparisons.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('timeline.events.comparisons.year')}</th>
                      <th scope="col" className="num">
                        {t('timeline.events.comparisons.documented')}
                      </th>
                      <th scope="col">{t('timeline.events.comparisons.official')}</th>
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
                              <OfficialComparison comparison={c} />
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
            <p>{t('timeline.events.notes.perYearOnly')}</p>
          )}
          {undated.total > 0 && (
            <p className="timeline-undated">
              {t('timeline.events.notes.undated', {
                count: undated.total,
                years: undated.list.map((u) => t('timeline.events.notes.undatedYear', { year: u.year, count: u.count })).join(t('timeline.list.comma')),
                granularity: t(GRANULARITY_WORDS[aggregation.granularity]),
              })}
            </p>
          )}
          <p>{t('timeline.events.notes.howToRead')}</p>
          <p>{t('timeline.events.notes.cells')}</p>
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

/** One official figure beside the documented count: the year and the count are read out, not shown (the row says them). */
function OfficialComparison({ comparison: c }: { comparison: ReturnType<typeof officialComparisons>[number] }) {
  const t = useT();
  return (
    <>
      <span className="visually-hidden">{t('timeline.events.comparisons.hiddenYear', { year: c.year })}</span>
      {richText(t, 'timeline.events.comparisons.entry', { series: c.series }, { official: <strong className="num">{c.official}</strong> })}
      <span className="visually-hidden">{t('timeline.events.comparisons.hiddenDocumented', { documented: c.documented })}</span>
    </>
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
  const t = useT();
  const download = () => {
    const selection = t('timeline.context.csvSelection', { shown: markers.length, total: data.context.length });
    void import('../lib/events-csv').then((csv) =>
      csv.downloadTimelineCsv('context', { context: markers.map((m) => m.event) }, data.sourcesById, selection, data.version),
    );
  };
  const unplaced = markers.filter((m) => m.period === null);
  return (
    <div className="timeline-context">
      <fieldset className="timeline-context__categories">
        <legend>{t('timeline.context.onChart')}</legend>
        {CONTEXT_CATEGORIES.map((category) => (
          <label key={category} className="timeline-check">
            <input type="checkbox" checked={context.includes(category)} onChange={() => onToggle(category)} />
            <span
              className="timeline-swatch"
              style={{ borderColor: CONTEXT_COLOURS[category] }}
              aria-hidden="true"
            />
            {contextLabel(category)}
          </label>
        ))}
      </fieldset>
      {markers.length > MAX_CHART_MARKERS && (
        <p className="muted">{t('timeline.context.tooMany', { count: formatCount(markers.length) })}</p>
      )}
      {markers.length > 0 && (
        <PagedList
          items={markers}
          pageSize={CONTEXT_PAGE}
          noun={t('timeline.context.noun')}
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
              <span className="visually-hidden">{t('timeline.context.number', { number: m.number })}</span>
              {richText(
                t,
                'timeline.context.item',
                {},
                {
                  date: <strong>{formatPartialDate(m.event.date, m.event.approximate)}</strong>,
                  title: <EditorText record={m.event} field="title" />,
                },
              )}
              {m.period === null && <span className="muted">{t('timeline.context.notAtGrouping')}</span>}
            </li>
          )}
        </PagedList>
      )}
      {unplaced.length > 0 && <p className="muted">{t('timeline.context.groupByYear')}</p>}
      {markers.length > 0 && (
        <p>
          <button type="button" className="button button--quiet" onClick={download}>
            {t('timeline.context.download')}
          </button>
        </p>
      )}
    </div>
  );
}
