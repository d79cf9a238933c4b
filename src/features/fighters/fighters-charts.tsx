import { lazy } from 'react';
import type { ChartDefinition } from '../../charts/chart-definition';
import { t, type MessageId } from '../../i18n/i18n';
import type { FightersChartId } from './components/fighters-chart';

const RegionEmbed = lazy(() => import('./region-embed').then((m) => ({ default: m.RegionEmbed })));
const FightersEmbed = lazy(() => import('./fighters-embeds').then((m) => ({ default: m.FightersEmbed })));

/** The title is read when shown (embed and slide titles), so it is in the page's language. */
function chart(id: FightersChartId, title: MessageId, plot: ChartDefinition['plot']): ChartDefinition {
  return {
    id,
    get title() {
      return t(title);
    },
    view: '/fighters',
    plot,
    Component: () => <FightersEmbed chartId={id} />,
  };
}

/** The fighters view's charts, in slide order. The ids are a public contract. */
export const FIGHTERS_CHARTS: readonly ChartDefinition[] = [
  chart('fighters-composition', 'fighters.chart.composition.title', 'svg'),
  chart('fighters-outcomes', 'fighters.chart.outcomes.title', 'svg'),
  chart('fighters-over-time', 'fighters.chart.overTime.title', 'svg'),
  chart('fighters-compare', 'fighters.chart.compare.title', 'html'),
];

/**
 * Charts added after the deck's numbering was public: the registry puts them at
 * the end of the deck, so existing /present?slide=N links keep their chart.
 */
export const FIGHTERS_CHARTS_ADDED: readonly ChartDefinition[] = [
  chart('fighters-detention', 'fighters.chart.detention.title', 'html'),
  {
    id: 'region-compare',
    get title() {
      return t('fighters.chart.region.title');
    },
    view: '/fighters',
    plot: 'svg',
    Component: () => <RegionEmbed />,
  },
];
