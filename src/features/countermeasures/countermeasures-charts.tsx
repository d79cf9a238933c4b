import { lazy } from 'react';
import type { ChartDefinition } from '../../charts/chart-definition';
import type { CountermeasuresChartId } from './countermeasures-embeds';
import { t } from '../../i18n/i18n';

const CountermeasuresEmbed = lazy(() =>
  import('./countermeasures-embeds').then((m) => ({ default: m.CountermeasuresEmbed })),
);

function chart(id: CountermeasuresChartId, title: () => string, plot: ChartDefinition['plot']): ChartDefinition {
  return {
    id,
    /** Read in the active language each time the registry is read (slides, embeds), never at module load. */
    get title() {
      return title();
    },
    view: '/countermeasures',
    plot,
    Component: () => <CountermeasuresEmbed chartId={id} />,
  };
}

/** The countermeasures view's charts, in slide order. The ids are a public contract. */
export const COUNTERMEASURES_CHARTS: readonly ChartDefinition[] = [
  chart('countermeasures-by-domain', () => t('countermeasures.byDomain.title'), 'svg'),
  chart('countermeasures-matrix', () => t('countermeasures.matrix.title', { dimension: 'domain' }), 'html'),
];
