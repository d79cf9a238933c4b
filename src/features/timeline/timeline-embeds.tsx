import { EmptyChart } from '../../charts/empty-chart';
import { WithBundle } from '../../components/with-bundle';
import type { ContextCategory } from '../../data/schema';
import { CumulativeFrame } from './components/cumulative-frame';
import { EventsFrame } from './components/events-frame';
import { useTimelineActions } from './hooks/use-timeline-actions';
import { useTimelineState } from './hooks/use-timeline-state';
import { useTimelineView } from './hooks/use-timeline-view';
import { countActiveFilters } from './lib/filters';
import type { Granularity } from './lib/periods';
import { selectTimeline, type TimelineData } from './lib/timeline-data';
import type { Measure } from './lib/timeline-url';
import './timeline.css';

export type TimelineChartId = 'timeline-events' | 'timeline-cumulative';

function TimelineChart({ data, chartId }: { data: TimelineData; chartId: TimelineChartId }) {
  const [state, setState] = useTimelineState();
  const view = useTimelineView(data, state);
  const { change, onBrush, onSelectPeriod } = useTimelineActions(setState, view.aggregation?.buckets);
  if (chartId === 'timeline-cumulative') {
    return view.cumulative ? (
      <CumulativeFrame data={data} series={view.cumulative} filtered={countActiveFilters(view.filters) > 0} />
    ) : (
      <EmptyChart title="Documented dismantlings to date" message="This bundle has no dated cell dismantlings to chart." />
    );
  }
  return view.aggregation ? (
    <EventsFrame
      data={data}
      aggregation={view.aggregation}
      measure={state.measure}
      markers={view.markers}
      context={state.context}
      brush={view.brush}
      highlight={view.highlight}
      onGranularity={(by: Granularity) => change({ by })}
      onMeasure={(measure: Measure) => change({ measure })}
      onContext={(context: ContextCategory[]) => change({ context })}
      onBrush={onBrush}
      onSelect={onSelectPeriod}
    />
  ) : (
    <EmptyChart title="Cell dismantlings documented per period" message="This bundle has no dated cell dismantlings to chart." />
  );
}

/** A timeline chart on its own (embeds and slides), with the page's URL state and filters. */
export function TimelineEmbed({ chartId }: { chartId: TimelineChartId }) {
  return <WithBundle select={selectTimeline}>{(data) => <TimelineChart data={data} chartId={chartId} />}</WithBundle>;
}
