import { EmptyChart } from '../../../charts/empty-chart';
import type { ContextCategory } from '../../../data/schema';
import type { useTimelineView } from '../hooks/use-timeline-view';
import type { Granularity } from '../lib/periods';
import type { TimelineData } from '../lib/timeline-data';
import type { Measure, TimelineState } from '../lib/timeline-url';
import { EventsFrame } from './events-frame';
import { useT } from '../../../i18n/use-t';

interface Props {
  data: TimelineData;
  state: TimelineState;
  view: ReturnType<typeof useTimelineView>;
  change: (patch: Partial<TimelineState>) => void;
  onBrush: (start: number, end: number) => void;
  onSelectPeriod: (period: string) => void;
}

/** The dismantlings chart wired to URL state, or why there is nothing to draw; the page and embeds share it. */
export function EventsSection({ data, state, view, change, onBrush, onSelectPeriod }: Props) {
  const t = useT();
  if (!view.aggregation) {
    return <EmptyChart title={t('timeline.events.title')} message={t('timeline.empty.noDatedDismantlings')} />;
  }
  return (
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
  );
}
