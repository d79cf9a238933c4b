import { EmptyChart } from '../../../charts/empty-chart';
import type { MessageId } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { useUrlState } from '../../../lib/url-state';
import { selectedSnapshot, type FightersData } from '../lib/fighters-data';
import { fightersCodec, type FightersState } from '../lib/fighters-url';
import { compositionSegments, outcomeSegments } from '../lib/series';
import { compositionSummary, outcomeSummary } from '../lib/summaries';
import { CompareFrame } from './compare-frame';
import { lazy, Suspense } from 'react';

// Last on the page and last in the deck: its code loads when it is shown, off the view's first load.
const DetentionFrame = lazy(() => import('./detention-frame').then((m) => ({ default: m.DetentionFrame })));
import { OverTimeFrame } from './over-time-frame';
import { SegmentsFrame } from './segments-frame';

export type FightersChartId =
  | 'fighters-composition'
  | 'fighters-outcomes'
  | 'fighters-over-time'
  | 'fighters-compare'
  | 'fighters-detention';

const SEGMENT_CHARTS = {
  'fighters-composition': { title: 'fighters.chart.composition.title', segments: compositionSegments, summary: compositionSummary },
  'fighters-outcomes': { title: 'fighters.chart.outcomes.title', segments: outcomeSegments, summary: outcomeSummary },
} as const satisfies Record<string, { title: MessageId; segments: unknown; summary: unknown }>;

/** One fighters chart in its frame, reading its state from the URL: used by the page, embeds and slides. */
export function FightersChart({ data, chartId }: { data: FightersData; chartId: FightersChartId }) {
  const t = useT();
  const [state, setState] = useUrlState(fightersCodec);
  const update = (fn: (s: FightersState) => FightersState) => setState(fn);
  const setView = (view: FightersState['view']) => setState((s) => ({ ...s, view }));
  const snapshot = selectedSnapshot(data, state);
  switch (chartId) {
    case 'fighters-composition':
    case 'fighters-outcomes': {
      const chart = SEGMENT_CHARTS[chartId];
      const title = t(chart.title);
      if (!snapshot) return <EmptyChart title={title} message={t('fighters.empty.noStatement')} />;
      return (
        <SegmentsFrame
          chartId={chartId}
          title={title}
          data={data}
          snapshot={snapshot}
          result={chart.segments(snapshot)}
          summary={chart.summary}
          view={state.view}
          onViewChange={setView}
        />
      );
    }
    case 'fighters-over-time':
      return <OverTimeFrame data={data} state={state} onChange={update} />;
    case 'fighters-compare':
      return <CompareFrame data={data} state={state} onChange={update} />;
    case 'fighters-detention':
      return (
        <Suspense fallback={<div className="skeleton" aria-busy="true" style={{ minHeight: 240 }} />}>
          <DetentionFrame data={data} />
        </Suspense>
      );
  }
}
