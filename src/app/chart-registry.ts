import type { ChartDefinition } from '../charts/chart-definition';
import { COUNTERMEASURES_CHARTS } from '../features/countermeasures/countermeasures-charts';
import type { CountermeasuresChartId } from '../features/countermeasures/countermeasures-embeds';
import type { FightersChartId } from '../features/fighters/components/fighters-chart';
import { FIGHTERS_CHARTS, FIGHTERS_CHARTS_ADDED } from '../features/fighters/fighters-charts';
import type { TimelineChartId } from '../features/timeline/timeline-embeds';
import { TIMELINE_CHARTS, TIMELINE_CHARTS_ADDED } from '../features/timeline/timeline-charts';
import { t, type MessageId } from '../i18n/i18n';

/** Every chart id in the registry (the embed ids, a public contract). */
export type ChartId = FightersChartId | TimelineChartId | CountermeasuresChartId | 'region-compare';

/**
 * Each chart's title as a message, for the deck, embeds and their page titles.
 * The English messages are the features' own titles, word for word.
 */
export const CHART_TITLE_IDS: Record<ChartId, MessageId> = {
  'fighters-composition': 'charts.registry.fightersComposition',
  'fighters-outcomes': 'charts.registry.fightersOutcomes',
  'fighters-over-time': 'charts.registry.fightersOverTime',
  'fighters-compare': 'charts.registry.fightersCompare',
  'fighters-detention': 'charts.registry.fightersDetention',
  'region-compare': 'charts.registry.regionCompare',
  'timeline-events': 'charts.registry.timelineEvents',
  'timeline-cumulative': 'charts.registry.timelineCumulative',
  'timeline-dismantlings': 'charts.registry.timelineDismantlings',
  'timeline-map': 'charts.registry.timelineMap',
  'countermeasures-by-domain': 'charts.registry.countermeasuresByDomain',
  'countermeasures-matrix': 'charts.registry.countermeasuresMatrix',
};

function isChartId(id: string): id is ChartId {
  return Object.prototype.hasOwnProperty.call(CHART_TITLE_IDS, id);
}

/** A chart's title in the page's language (its own English title for an id the map lacks). */
export function chartTitle(chart: Pick<ChartDefinition, 'id' | 'title'>): string {
  return isChartId(chart.id) ? t(CHART_TITLE_IDS[chart.id]) : chart.title;
}

/**
 * The definition with a title read in the page's language each time it is asked for.
 * Copied by descriptor: the features' own title getters would read their view's
 * catalog area, which is not loaded on other pages, so they are never called here.
 */
function translated(chart: ChartDefinition): ChartDefinition {
  const { title: ownTitle, ...rest } = Object.getOwnPropertyDescriptors(chart);
  const copy = Object.defineProperties({}, rest) as ChartDefinition;
  return Object.defineProperty(copy, 'title', {
    get: () => (isChartId(chart.id) ? t(CHART_TITLE_IDS[chart.id]) : ((ownTitle?.get?.call(chart) as string | undefined) ?? String(ownTitle?.value))),
    enumerable: true,
  });
}

/**
 * Every chart that can be embedded or presented, in slide order: the features'
 * own lists joined. Embeds, `/present` and the prerender (through the embed
 * page's list of ids) read this one list. Slide numbers are links in people's
 * decks (`/present?slide=5`), so a new chart joins the end, never the middle;
 * `?slide=<chart id>` also works and does not move. Titles follow the page's
 * language (`chart.title` is read through the catalog, see CHART_TITLE_IDS).
 */
export const CHARTS: readonly ChartDefinition[] = [
  ...FIGHTERS_CHARTS,
  ...TIMELINE_CHARTS,
  ...COUNTERMEASURES_CHARTS,
  ...TIMELINE_CHARTS_ADDED,
  ...FIGHTERS_CHARTS_ADDED,
].map(translated);
