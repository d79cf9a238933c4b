import { EmptyChart } from '../../charts/empty-chart';
import { WithBundle } from '../../components/with-bundle';
import { useT } from '../../i18n/use-t';
import { CumulativeFrame } from './components/cumulative-frame';
import { DismantlingsSection } from './components/dismantlings-section';
import { EventsSection } from './components/events-section';
import { MapSection } from './components/map-section';
import { useTimelineActions } from './hooks/use-timeline-actions';
import { useTimelineState } from './hooks/use-timeline-state';
import { useTimelineView } from './hooks/use-timeline-view';
import { countActiveFilters } from './lib/filters';
import { selectTimeline, type TimelineData } from './lib/timeline-data';
import './timeline.css';

export type TimelineChartId = 'timeline-dismantlings' | 'timeline-events' | 'timeline-cumulative' | 'timeline-map';

function TimelineChart({ data, chartId }: { data: TimelineData; chartId: TimelineChartId }) {
  const t = useT();
  const [state, setState] = useTimelineState();
  const view = useTimelineView(data, state);
  const { change, onBrush, onSelectPeriod, onSelectEvent } = useTimelineActions(setState, view.aggregation?.buckets);
  if (chartId === 'timeline-dismantlings') {
    return <DismantlingsSection data={data} state={state} view={view} change={change} onSelectEvent={onSelectEvent} />;
  }
  if (chartId === 'timeline-map') return <MapSection data={data} view={view} />;
  if (chartId === 'timeline-cumulative') {
    return view.cumulative ? (
      <CumulativeFrame data={data} series={view.cumulative} filtered={countActiveFilters(view.filters) > 0} />
    ) : (
      <EmptyChart title={t('timeline.cumulative.emptyTitle')} message={t('timeline.empty.noDatedDismantlings')} />
    );
  }
  return (
    <EventsSection
      data={data}
      state={state}
      view={view}
      change={change}
      onBrush={onBrush}
      onSelectPeriod={onSelectPeriod}
    />
  );
}

/** A timeline chart on its own (embeds and slides), with the page's URL state and filters. */
export function TimelineEmbed({ chartId }: { chartId: TimelineChartId }) {
  return (
    <WithBundle select={selectTimeline}>
      {(data) => <TimelineChart data={data} chartId={chartId} />}
    </WithBundle>
  );
}
