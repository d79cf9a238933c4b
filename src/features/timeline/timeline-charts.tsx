import { lazy } from 'react';
import type { ChartDefinition } from '../../charts/chart-definition';
import { t, type MessageId } from '../../i18n/i18n';
import type { TimelineChartId } from './timeline-embeds';

const TimelineEmbed = lazy(() => import('./timeline-embeds').then((m) => ({ default: m.TimelineEmbed })));

/** The title is read in the page's language each time it is asked for (the registry is built once, at load). */
function chart(id: TimelineChartId, title: MessageId): ChartDefinition {
  return {
    id,
    get title() {
      return t(title);
    },
    view: '/timeline',
    plot: 'svg',
    Component: () => <TimelineEmbed chartId={id} />,
  };
}

/** The timeline view's first charts, in slide order. The ids are a public contract. */
export const TIMELINE_CHARTS: readonly ChartDefinition[] = [
  chart('timeline-events', 'timeline.events.title'),
  chart('timeline-cumulative', 'timeline.cumulative.title'),
];

/**
 * Charts added after decks were linking to `/present?slide=N`: the registry
 * puts them after every older slide so those numbers keep their chart.
 */
export const TIMELINE_CHARTS_ADDED: readonly ChartDefinition[] = [
  chart('timeline-dismantlings', 'timeline.dismantlings.title'),
  chart('timeline-map', 'timeline.map.title'),
];
