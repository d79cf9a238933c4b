import { lazy } from 'react';
import type { ChartDefinition } from '../../charts/chart-definition';
import type { TimelineChartId } from './timeline-embeds';

const TimelineEmbed = lazy(() => import('./timeline-embeds').then((m) => ({ default: m.TimelineEmbed })));

function chart(id: TimelineChartId, title: string): ChartDefinition {
  return { id, title, view: '/timeline', plot: 'svg', Component: () => <TimelineEmbed chartId={id} /> };
}

/** The timeline view's first charts, in slide order. The ids are a public contract. */
export const TIMELINE_CHARTS: readonly ChartDefinition[] = [
  chart('timeline-events', 'Cell dismantlings documented per period'),
  chart('timeline-cumulative', 'Documented dismantlings to date, beside official running totals'),
];

/**
 * Charts added after decks were linking to `/present?slide=N`: the registry
 * puts them after every older slide so those numbers keep their chart.
 */
export const TIMELINE_CHARTS_ADDED: readonly ChartDefinition[] = [
  chart('timeline-dismantlings', 'Every documented cell dismantling, at its date'),
  chart('timeline-map', 'Where cells were dismantled'),
];
