import { lazy } from 'react';
import type { ChartDefinition } from '../../charts/chart-definition';
import type { FightersChartId } from './components/fighters-chart';

const RegionEmbed = lazy(() => import('./region-embed').then((m) => ({ default: m.RegionEmbed })));
const FightersEmbed = lazy(() => import('./fighters-embeds').then((m) => ({ default: m.FightersEmbed })));

function chart(id: FightersChartId, title: string, plot: ChartDefinition['plot']): ChartDefinition {
  return { id, title, view: '/fighters', plot, Component: () => <FightersEmbed chartId={id} /> };
}

/** The fighters view's charts, in slide order. The ids are a public contract. */
export const FIGHTERS_CHARTS: readonly ChartDefinition[] = [
  chart('fighters-composition', 'Who went: men, women and children', 'svg'),
  chart('fighters-outcomes', 'What became of them', 'svg'),
  chart('fighters-over-time', 'How the official figures changed', 'svg'),
  chart('fighters-compare', 'Sources disagree: two statements side by side', 'html'),
];

/**
 * Charts added after the deck's numbering was public: the registry puts them at
 * the end of the deck, so existing /present?slide=N links keep their chart.
 */
export const FIGHTERS_CHARTS_ADDED: readonly ChartDefinition[] = [
  chart('fighters-detention', 'Returnees, and Moroccans still held in camps abroad', 'html'),
  {
    id: 'region-compare',
    title: 'Morocco among its neighbours: how many went, by who counted',
    view: '/fighters',
    plot: 'svg',
    Component: () => <RegionEmbed />,
  },
];
