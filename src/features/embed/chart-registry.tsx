import { lazy, type ComponentType } from 'react';

export interface EmbedChart {
  id: string;
  title: string;
  /** The full view the chart belongs to. */
  view: string;
  Component: ComponentType;
}

const FightersEmbed = lazy(() => import('../fighters/fighters-embeds').then((m) => ({ default: m.FightersEmbed })));

const TimelineEmbed = lazy(() => import('../timeline/timeline-embeds').then((m) => ({ default: m.TimelineEmbed })));

function timeline(id: 'timeline-events' | 'timeline-cumulative') {
  return function TimelineChartEmbed() {
    return <TimelineEmbed chartId={id} />;
  };
}

const CountermeasuresEmbed = lazy(() =>
  import('../countermeasures/countermeasures-embeds').then((m) => ({ default: m.CountermeasuresEmbed })),
);

function countermeasures(id: 'countermeasures-by-domain' | 'countermeasures-matrix') {
  return function CountermeasuresChartEmbed() {
    return <CountermeasuresEmbed chartId={id} />;
  };
}

function fighters(id: 'fighters-composition' | 'fighters-outcomes' | 'fighters-over-time' | 'fighters-compare') {
  return function FightersChartEmbed() {
    return <FightersEmbed chartId={id} />;
  };
}

/** Every chart that can be embedded or presented, in slide order. The ids are a public contract. */
export const EMBED_CHARTS: EmbedChart[] = [
  { id: 'fighters-composition', title: 'Who went: men, women and children', view: '/fighters', Component: fighters('fighters-composition') },
  { id: 'fighters-outcomes', title: 'What became of them', view: '/fighters', Component: fighters('fighters-outcomes') },
  { id: 'fighters-over-time', title: 'How the official figures changed', view: '/fighters', Component: fighters('fighters-over-time') },
  { id: 'fighters-compare', title: 'Sources disagree: two statements side by side', view: '/fighters', Component: fighters('fighters-compare') },
  { id: 'timeline-events', title: 'Cell dismantlings documented per period', view: '/timeline', Component: timeline('timeline-events') },
  {
    id: 'timeline-cumulative',
    title: 'Documented dismantlings to date, beside official running totals',
    view: '/timeline',
    Component: timeline('timeline-cumulative'),
  },
  {
    id: 'countermeasures-by-domain',
    title: 'Measures by domain, split by horizon',
    view: '/countermeasures',
    Component: countermeasures('countermeasures-by-domain'),
  },
  {
    id: 'countermeasures-matrix',
    title: 'Countermeasures by domain and horizon',
    view: '/countermeasures',
    Component: countermeasures('countermeasures-matrix'),
  },
];

export function findChart(id: string): EmbedChart | undefined {
  return EMBED_CHARTS.find((c) => c.id === id);
}
