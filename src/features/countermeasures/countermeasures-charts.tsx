import { lazy } from 'react';
import type { ChartDefinition } from '../../charts/chart-definition';
import type { CountermeasuresChartId } from './countermeasures-embeds';

const CountermeasuresEmbed = lazy(() =>
  import('./countermeasures-embeds').then((m) => ({ default: m.CountermeasuresEmbed })),
);

function chart(id: CountermeasuresChartId, title: string, plot: ChartDefinition['plot']): ChartDefinition {
  return {
    id,
    title,
    view: '/countermeasures',
    plot,
    Component: () => <CountermeasuresEmbed chartId={id} />,
  };
}

/** The countermeasures view's charts, in slide order. The ids are a public contract. */
export const COUNTERMEASURES_CHARTS: readonly ChartDefinition[] = [
  chart('countermeasures-by-domain', 'Measures by domain, split by horizon', 'svg'),
  chart('countermeasures-matrix', 'Countermeasures by domain and horizon', 'html'),
];
